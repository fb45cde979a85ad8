// Whether every entry of a month is submitted, asked by a save that has just submitted one: the
// moment a month becomes complete is when its executives are told it is ready for review.
import { sql } from 'drizzle-orm';
import type { Queryable, Transaction } from '../client';
import { rowsOf } from '../rows';

/**
 * Takes the month's completion question for the rest of the transaction. Saves of one month hold
 * its row only `for share`, so two leads submitting its last two entries at once would each see
 * the other's entry as not yet submitted, and nobody would be told. Under this lock the second
 * asks after the first has committed, and sees both. (Not the month's row `for update`: two
 * saves already sharing it would wait for each other for ever.)
 */
export async function lockMonthCompletion(tx: Transaction, periodId: number): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('month_completion'), ${periodId}::int)`);
}

export type MonthCompletion = {
  /** Active measures: every one is expected each month. */
  expected: number;
  /** Active measures with a submitted entry this month. */
  submitted: number;
  /**
   * The sum of the month's entries' versions. Every save of any of its entries moves it on, and
   * nothing moves it back, so it names the state the month is in: each time the month becomes
   * complete, it is a different number.
   */
  revision: number;
};

/** One query, however many measures. Null for an unknown month. */
export async function loadMonthCompletion(db: Queryable, periodId: number): Promise<MonthCompletion | null> {
  // Written out in full: drizzle leaves column names unqualified in a select from one table, which
  // the subqueries over entries and measures would read as ambiguous.
  const [row] = rowsOf<{ expected: number; submitted: number; revision: number }>(
    await db.execute(sql`
      select
        (select count(*)::int from measures where measures.active) as expected,
        (select count(*)::int from entries inner join measures on measures.id = entries.measure_id
          where entries.period_id = periods.id and measures.active and entries.status = 'submitted') as submitted,
        (select coalesce(sum(entries.version), 0)::int from entries where entries.period_id = periods.id) as revision
      from periods
      where periods.id = ${periodId}`),
  );
  return row ? { expected: Number(row.expected), submitted: Number(row.submitted), revision: Number(row.revision) } : null;
}
