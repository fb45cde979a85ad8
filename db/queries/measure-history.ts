// One measure's page: its settings and definition, its targets for every year held, and every
// month of one financial year with the figures, the rating and its reason, the commentary and who
// entered it. Four queries however many months and years; each month is rated by lib/rating from
// the same window of history a rated month reads, so the ratings agree with the rest of the product.
import { and, asc, desc, eq, gte, lte } from 'drizzle-orm';
import { financialYearOfMonth, firstDayOf, lookBackStart, monthKey, rateMeasureForMonth } from '../../lib/rating';
import type { Queryable } from '../client';
import { entryFigureColumns, measureColumns, owner, updatedBy } from './rated-month';
import { annualTargets, entries, measures, periods } from '../schema';


export type MeasureHistoryScope = {
  /** Published months only: for people who may not see drafts or months not yet published. */
  publishedOnly: boolean;
  /** The financial year to show (2020 for 2020/21); the year of the latest month the person may see when absent. */
  financialYear?: number | null;
};

/**
 * The measure named by `ref` (retired or not) with its history for one financial year, or null
 * when there is no such measure.
 */
export async function loadMeasureHistory(db: Queryable, ref: string, scope: MeasureHistoryScope) {
  const [row] = await db
    .select({
      measure: { ...measureColumns, definition: measures.definition },
    })
    .from(measures)
    .leftJoin(owner, eq(owner.id, measures.ownerId))
    .where(eq(measures.ref, ref));
  if (!row) return null;
  const { measure } = row;

  const targets = await db
    .select({ financialYear: annualTargets.financialYear, target: annualTargets.target, toleranceEdge: annualTargets.toleranceEdge })
    .from(annualTargets)
    .where(eq(annualTargets.measureId, measure.id))
    .orderBy(desc(annualTargets.financialYear));

  // The months this person may see, newest first: they give the years to choose from and the months listed.
  const visiblePeriods = await db
    .select({ id: periods.id, month: periods.month, financialYear: periods.financialYear, state: periods.state })
    .from(periods)
    .where(scope.publishedOnly ? eq(periods.state, 'published') : undefined)
    .orderBy(desc(periods.month));
  const years = [...new Set(visiblePeriods.map((p) => p.financialYear))];
  const year = scope.financialYear && years.includes(scope.financialYear) ? scope.financialYear : (years[0] ?? null);
  if (year === null) return { measure, targets, year: null, years, months: [] };

  const yearTarget = targets.find((t) => t.financialYear === year) ?? null;
  const history = await db
    .select({
      month: periods.month,
      ...entryFigureColumns,
    })
    .from(entries)
    .innerJoin(periods, eq(periods.id, entries.periodId))
    .leftJoin(updatedBy, eq(updatedBy.id, entries.updatedById))
    .where(
      and(
        eq(entries.measureId, measure.id),
        // The rating window of the year's first month reaches back furthest (lib/rating's lookBackStart).
        gte(periods.month, firstDayOf(lookBackStart(year))),
        lte(periods.month, firstDayOf(monthKey(year + 1, 3))),
        scope.publishedOnly ? eq(periods.state, 'published') : undefined,
      ),
    )
    .orderBy(asc(periods.month));

  const months = visiblePeriods
    .filter((p) => financialYearOfMonth(p.month) === year)
    .reverse()
    .map((period) => {
      // Only what a rated month of this month would read: nothing after it.
      const upToMonth = history.filter((h) => h.month <= period.month);
      return {
        month: period.month,
        periodState: period.state,
        entry: history.find((h) => h.month === period.month) ?? null,
        rating: rateMeasureForMonth(measure, yearTarget, period.month, upToMonth),
      };
    });

  return { measure, targets, year, years, months };
}

export type MeasureHistory = NonNullable<Awaited<ReturnType<typeof loadMeasureHistory>>>;
export type MeasureHistoryMonth = MeasureHistory['months'][number];
