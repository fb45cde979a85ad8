// What the entry page and the entry command read: one measure's month with everything around it.
// A fixed number of queries, however many measures. (A month's list of measures, with their
// figures and ratings, is rated-month.ts.)
import { aliasedTable, and, asc, eq, gte, lte } from 'drizzle-orm';
import { firstDayOf, ratingWindow } from '../../lib/rating';
import type { Queryable } from '../client';
import { annualTargets, entries, measures, periods, users } from '../schema';
import { latestNote } from './review-notes';

const updatedBy = aliasedTable(users, 'updated_by');
const owner = aliasedTable(users, 'owner');

/**
 * One measure's month for the entry form: the measure with its owner and the year's target, the
 * period, the entry (if any) and who last saved it, and every entry of the measure over the rating
 * window (lib/rating's `ratingWindow`: rolling averages, "same month last year").
 */
export async function loadEntryContext(db: Queryable, measureRef: string, month: string) {
  const [row] = await db
    .select({
      measure: measures,
      ownerName: owner.name,
      target: annualTargets.target,
      toleranceEdge: annualTargets.toleranceEdge,
      period: periods,
    })
    .from(measures)
    .innerJoin(periods, eq(periods.month, month))
    .leftJoin(owner, eq(owner.id, measures.ownerId))
    .leftJoin(annualTargets, and(eq(annualTargets.measureId, measures.id), eq(annualTargets.financialYear, periods.financialYear)))
    .where(eq(measures.ref, measureRef));
  if (!row) return null;

  const history = await db
    .select({
      entry: entries,
      month: periods.month,
      updatedByName: updatedBy.name,
      returnNote: latestNote(entries.id),
    })
    .from(entries)
    .innerJoin(periods, eq(periods.id, entries.periodId))
    .leftJoin(updatedBy, eq(updatedBy.id, entries.updatedById))
    .where(
      and(
        eq(entries.measureId, row.measure.id),
        gte(periods.month, firstDayOf(ratingWindow(row.period.month).from)),
        lte(periods.month, month),
      ),
    )
    .orderBy(asc(periods.month));

  const current = history.find((h) => h.month === month) ?? null;
  return { ...row, current, history };
}

export type EntryContextRow = NonNullable<Awaited<ReturnType<typeof loadEntryContext>>>;
