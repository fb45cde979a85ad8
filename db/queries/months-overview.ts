// Every month at a glance, for the performance team: its state, when its figures are due, how many
// of the active measures have a submitted entry, and how many are overdue. Two queries however
// many months and measures: the active measures counted once, the entries counted per month.
import { count, desc, eq, sql } from 'drizzle-orm';
import type { PeriodState } from '../../lib/auth/policy';
import { monthLabel, toMonthKey } from '../../lib/rating';
import type { Queryable } from '../client';
import { entries, measures, periods } from '../schema';

export type MonthOverview = {
  /** "2020-12" */
  month: string;
  /** "December 2020" */
  label: string;
  state: PeriodState;
  /** An earlier year's figures loaded with --history: shown as "Imported history", never reviewed. */
  importedHistory: boolean;
  /** "2021-01-10" */
  dueDate: string;
  /** Active measures with a submitted entry this month. */
  submitted: number;
  /** Active measures: every one of them is expected each month. */
  expected: number;
  /**
   * Active measures still without a submitted entry once the due date has passed, while the month
   * is open; null when the question does not arise (not open, or not due yet).
   */
  overdue: number | null;
};

/**
 * Every period, newest first. `today` ("2021-01-11", the council's date) decides what is overdue:
 * a month is overdue from the day after its due date.
 */
export async function loadMonthsOverview(db: Queryable, today: string): Promise<MonthOverview[]> {
  const [rows, [active]] = await Promise.all([
    db
      .select({
        month: periods.month,
        state: periods.state,
        importedAt: periods.importedAt,
        dueDate: periods.dueDate,
        submitted: sql<number>`(count(${entries.id}) filter (where ${entries.status} = 'submitted' and ${measures.active}))::int`,
      })
      .from(periods)
      .leftJoin(entries, eq(entries.periodId, periods.id))
      .leftJoin(measures, eq(measures.id, entries.measureId))
      .groupBy(periods.id)
      .orderBy(desc(periods.month)),
    db.select({ expected: count() }).from(measures).where(eq(measures.active, true)),
  ]);
  const expected = active?.expected ?? 0;
  return rows.map((row) => ({
    month: toMonthKey(row.month),
    label: monthLabel(row.month),
    state: row.state,
    importedHistory: row.importedAt !== null,
    dueDate: row.dueDate,
    submitted: row.submitted,
    expected,
    overdue: row.state === 'open' && row.dueDate < today ? Math.max(expected - row.submitted, 0) : null,
  }));
}
