// Annual targets as the administrator manages them: the years held, every active measure's target
// for a year (with whether the next year has one yet), and one measure's target with last year's
// figures to rate under it. A fixed number of queries however many measures.
import { aliasedTable, and, asc, count, eq, gte, lte } from 'drizzle-orm';
import type { EntryFigures } from '../../lib/rating';
import { firstDayOf, lookBackStart, monthKey, toMonthKey } from '../../lib/rating';
import type { Queryable } from '../client';
import { annualTargets, entries, measures, periods } from '../schema';

const nextYear = aliasedTable(annualTargets, 'next_year');
const previousYear = aliasedTable(annualTargets, 'previous_year');

export type TargetYear = { financialYear: number; targetsSet: number; months: number };

/** Every financial year with months or targets, newest first, with how many active measures have a target row and how many months it has. Two queries. */
export async function listTargetYears(db: Queryable): Promise<TargetYear[]> {
  const [targets, months] = await Promise.all([
    db
      .select({ financialYear: annualTargets.financialYear, n: count() })
      .from(annualTargets)
      .innerJoin(measures, and(eq(measures.id, annualTargets.measureId), eq(measures.active, true)))
      .groupBy(annualTargets.financialYear),
    db.select({ financialYear: periods.financialYear, n: count() }).from(periods).groupBy(periods.financialYear),
  ]);
  const years = new Map<number, TargetYear>();
  const yearOf = (financialYear: number) => years.get(financialYear) ?? years.set(financialYear, { financialYear, targetsSet: 0, months: 0 }).get(financialYear)!;
  for (const row of targets) yearOf(row.financialYear).targetsSet = Number(row.n);
  for (const row of months) yearOf(row.financialYear).months = Number(row.n);
  return [...years.values()].sort((a, b) => b.financialYear - a.financialYear);
}

/** The settings a target is checked and printed with. */
const targetMeasureColumns = {
  id: measures.id,
  ref: measures.ref,
  title: measures.title,
  unit: measures.unit,
  ratePer: measures.ratePer,
  decimals: measures.decimals,
  polarity: measures.polarity,
  basis: measures.basis,
  annualMonth: measures.annualMonth,
  active: measures.active,
};

/** Every active measure in display order with its target row for the year (null where none) and whether the next year has one. One query. */
export async function listTargetsForYear(db: Queryable, financialYear: number) {
  const rows = await db
    .select({
      measure: targetMeasureColumns,
      targetId: annualTargets.id,
      target: annualTargets.target,
      toleranceEdge: annualTargets.toleranceEdge,
      nextYearId: nextYear.id,
    })
    .from(measures)
    .leftJoin(annualTargets, and(eq(annualTargets.measureId, measures.id), eq(annualTargets.financialYear, financialYear)))
    .leftJoin(nextYear, and(eq(nextYear.measureId, measures.id), eq(nextYear.financialYear, financialYear + 1)))
    .where(eq(measures.active, true))
    .orderBy(asc(measures.displayOrder), asc(measures.ref));
  return rows.map(({ measure, targetId, target, toleranceEdge, nextYearId }) => ({
    measure,
    saved: targetId === null ? null : { target, toleranceEdge },
    nextYearSet: nextYearId !== null,
  }));
}

export type YearTargets = Awaited<ReturnType<typeof listTargetsForYear>>;

/**
 * One measure's target for the year (null where none is set), the year before's, and the previous
 * financial year's figures, to rate under a new target: the months with an entry, and every entry
 * a rating of those months reads. Two queries; null when there is no such measure.
 */
export async function loadTargetForm(db: Queryable, ref: string, financialYear: number) {
  const [row] = await db
    .select({
      measure: targetMeasureColumns,
      targetId: annualTargets.id,
      target: annualTargets.target,
      toleranceEdge: annualTargets.toleranceEdge,
      previousId: previousYear.id,
      previousTarget: previousYear.target,
      previousEdge: previousYear.toleranceEdge,
    })
    .from(measures)
    .leftJoin(annualTargets, and(eq(annualTargets.measureId, measures.id), eq(annualTargets.financialYear, financialYear)))
    .leftJoin(previousYear, and(eq(previousYear.measureId, measures.id), eq(previousYear.financialYear, financialYear - 1)))
    .where(eq(measures.ref, ref));
  if (!row) return null;

  const lastYear = financialYear - 1;
  const history = await db
    .select({
      month: periods.month,
      financialYear: periods.financialYear,
      value: entries.value,
      ytdValue: entries.ytdValue,
      availability: entries.availability,
    })
    .from(entries)
    .innerJoin(periods, eq(periods.id, entries.periodId))
    .where(
      and(
        eq(entries.measureId, row.measure.id),
        // Rating last year's first month may reach back before it (a three-month average).
        gte(periods.month, firstDayOf(lookBackStart(lastYear))),
        lte(periods.month, firstDayOf(monthKey(financialYear, 3))),
      ),
    )
    .orderBy(asc(periods.month));

  // Judgements are left out: the question is what the rule makes of the figures under the new target.
  const lastYearEntries: EntryFigures[] = history.map(({ month, value, ytdValue, availability }) => ({ month: toMonthKey(month), value, ytdValue, availability }));
  return {
    measure: row.measure,
    saved: row.targetId === null ? null : { target: row.target, toleranceEdge: row.toleranceEdge },
    previous: row.previousId === null ? null : { target: row.previousTarget, toleranceEdge: row.previousEdge },
    lastYear: {
      financialYear: lastYear,
      months: history.filter((h) => h.financialYear === lastYear).map((h) => toMonthKey(h.month)),
      entries: lastYearEntries,
    },
  };
}

export type TargetForm = NonNullable<Awaited<ReturnType<typeof loadTargetForm>>>;
