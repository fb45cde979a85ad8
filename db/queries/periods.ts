// Periods: the months of the year, each open, in review, approved or published.
import { asc, desc, eq } from 'drizzle-orm';
import type { Queryable } from '../client';
import { periods } from '../schema';

/** The most recent period the committee has seen, or null before anything is published. */
export async function latestPublishedPeriod(db: Queryable) {
  const [period] = await db
    .select()
    .from(periods)
    .where(eq(periods.state, 'published'))
    .orderBy(desc(periods.month))
    .limit(1);
  return period ?? null;
}

/** The latest period of all, whatever its state, or null on an empty database. */
export async function latestPeriod(db: Queryable) {
  const [period] = await db.select().from(periods).orderBy(desc(periods.month)).limit(1);
  return period ?? null;
}

/** The month open for entry (the earliest, if ever more than one is open). */
export async function findOpenPeriod(db: Queryable) {
  const [period] = await db.select().from(periods).where(eq(periods.state, 'open')).orderBy(asc(periods.month)).limit(1);
  return period ?? null;
}

/** The period of a month, given as its first day ("2020-10-01"). */
export async function findPeriodByMonth(db: Queryable, month: string) {
  const [period] = await db.select().from(periods).where(eq(periods.month, month));
  return period ?? null;
}

/** True if any month of the financial year (by its first calendar year) is held: one indexed lookup. */
export async function hasPeriodsInYear(db: Queryable, financialYear: number): Promise<boolean> {
  const [period] = await db.select({ id: periods.id }).from(periods).where(eq(periods.financialYear, financialYear)).limit(1);
  return !!period;
}
