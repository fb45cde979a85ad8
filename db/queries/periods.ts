import { and, asc, desc, eq, gte, lte } from 'drizzle-orm';
import type { Queryable } from '../client';
import { entries, measures, periods } from '../schema';

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

/**
 * Every entry of the active measures (or of one owner's) from two months before the financial year
 * up to and including `throughMonth`: enough to rate any basis (a three-month average in April
 * reaches back to February). One query however many measures.
 */
export async function listEntriesForRating(
  db: Queryable,
  financialYear: number,
  throughMonth: string,
  { ownerId }: { ownerId?: string | null } = {},
) {
  return db
    .select({
      measureId: entries.measureId,
      month: periods.month,
      value: entries.value,
      ytdValue: entries.ytdValue,
      availability: entries.availability,
      judgedRating: entries.judgedRating,
      judgedJustification: entries.judgedJustification,
    })
    .from(entries)
    .innerJoin(periods, eq(periods.id, entries.periodId))
    .innerJoin(measures, eq(measures.id, entries.measureId))
    .where(
      and(
        gte(periods.month, `${financialYear}-02-01`),
        lte(periods.month, throughMonth),
        eq(measures.active, true),
        ownerId ? eq(measures.ownerId, ownerId) : undefined,
      ),
    )
    .orderBy(asc(periods.month));
}

export type EntryForRating = Awaited<ReturnType<typeof listEntriesForRating>>[number];
