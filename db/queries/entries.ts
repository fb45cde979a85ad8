// What the entry pages and the entry command read: one measure's month with everything around it,
// and a lead's list for the open month. A fixed number of queries, however many measures.
import { aliasedTable, and, asc, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Queryable } from '../client';
import { annualTargets, entries, measures, periods, reviewNotes, users } from '../schema';

/** The month open for entry (the earliest, if ever more than one is open). */
export async function findOpenPeriod(db: Queryable) {
  const [period] = await db.select().from(periods).where(eq(periods.state, 'open')).orderBy(asc(periods.month)).limit(1);
  return period ?? null;
}

export async function findPeriodByMonth(db: Queryable, month: string) {
  const [period] = await db.select().from(periods).where(eq(periods.month, month));
  return period ?? null;
}

const updatedBy = aliasedTable(users, 'updated_by');
const owner = aliasedTable(users, 'owner');

/** The latest note the executive left on an entry, if any. */
const latestNote = (entryId: typeof entries.id) =>
  sql<string | null>`(select ${reviewNotes.note} from ${reviewNotes} where ${reviewNotes.entryId} = ${entryId} order by ${reviewNotes.createdAt} desc limit 1)`;

/**
 * One measure's month for the entry form: the measure with its owner and the year's target, the
 * period, the entry (if any) and who last saved it, and every entry of the measure from February
 * of the year before the financial year (for rolling averages and "same month last year").
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
        gte(periods.month, `${row.period.financialYear - 1}-02-01`),
        lte(periods.month, month),
      ),
    )
    .orderBy(asc(periods.month));

  const current = history.find((h) => h.month === month) ?? null;
  return { ...row, current, history };
}

export type EntryContextRow = NonNullable<Awaited<ReturnType<typeof loadEntryContext>>>;

/**
 * The measures a person enters for a period, with this month's entry: their own (a lead), or every
 * active measure (an administrator, entering on a lead's behalf).
 */
export async function listMeasuresForEntry(db: Queryable, period: { id: number; financialYear: number }, ownerId: string | null) {
  return db
    .select({
      id: measures.id,
      ref: measures.ref,
      title: measures.title,
      unit: measures.unit,
      decimals: measures.decimals,
      secondaryLabel: measures.secondaryLabel,
      polarity: measures.polarity,
      basis: measures.basis,
      annualMonth: measures.annualMonth,
      target: annualTargets.target,
      toleranceEdge: annualTargets.toleranceEdge,
      ownerName: owner.name,
      entryId: entries.id,
      status: entries.status,
      value: entries.value,
      secondaryValue: entries.secondaryValue,
      availability: entries.availability,
      updatedAt: entries.updatedAt,
      returnNote: latestNote(entries.id),
    })
    .from(measures)
    .leftJoin(owner, eq(owner.id, measures.ownerId))
    .leftJoin(annualTargets, and(eq(annualTargets.measureId, measures.id), eq(annualTargets.financialYear, period.financialYear)))
    .leftJoin(entries, and(eq(entries.measureId, measures.id), eq(entries.periodId, period.id)))
    .where(and(eq(measures.active, true), ownerId ? eq(measures.ownerId, ownerId) : undefined))
    .orderBy(desc(sql`coalesce(${entries.status} = 'returned', false)`), asc(measures.displayOrder));
}
