// Published packs: each version of a month as the committee saw it, and what publishing reads.
import { and, asc, desc, eq, isNotNull, lt, sql } from 'drizzle-orm';
import type { PackSnapshot } from '../../lib/packs/snapshot';
import type { Queryable } from '../client';
import { benchmarkPoints, entries, measures, periods, publishedPacks, users } from '../schema';

/** The newest version of a month's pack, or null before it was first published. */
export async function latestPackOf(db: Queryable, periodId: number) {
  const [pack] = await db
    .select()
    .from(publishedPacks)
    .where(eq(publishedPacks.periodId, periodId))
    .orderBy(desc(publishedPacks.version))
    .limit(1);
  return pack ? { ...pack, snapshot: pack.snapshot as PackSnapshot } : null;
}

/** The last month before this one that has a published pack ("2020-07-01"), or null. */
export async function previousPackMonth(db: Queryable, month: string): Promise<string | null> {
  const [row] = await db
    .select({ month: periods.month })
    .from(publishedPacks)
    .innerJoin(periods, eq(periods.id, publishedPacks.periodId))
    .where(lt(periods.month, month))
    .orderBy(desc(periods.month))
    .limit(1);
  return row?.month ?? null;
}

/** Every benchmark point of the active measures, for the pack's charts. */
export async function listBenchmarks(db: Queryable) {
  return db
    .select({
      ref: measures.ref,
      series: benchmarkPoints.series,
      periodLabel: benchmarkPoints.periodLabel,
      periodEnd: benchmarkPoints.periodEnd,
      value: benchmarkPoints.value,
    })
    .from(benchmarkPoints)
    .innerJoin(measures, eq(measures.id, benchmarkPoints.measureId))
    .where(eq(measures.active, true))
    .orderBy(asc(benchmarkPoints.periodEnd));
}

/** Everyone who submitted figures in the month: maker-checker reads it at sign-off. */
export async function listSubmitters(db: Queryable, periodId: number): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: entries.submittedById })
    .from(entries)
    .where(and(eq(entries.periodId, periodId), isNotNull(entries.submittedById)));
  return rows.flatMap((row) => (row.id ? [row.id] : []));
}

/** Every published version, newest month first, newest version first, with who published it. */
export async function listPublishedPacks(db: Queryable) {
  return db
    .select({
      id: publishedPacks.id,
      month: periods.month,
      version: publishedPacks.version,
      visibility: publishedPacks.visibility,
      publishedAt: publishedPacks.publishedAt,
      publishedBy: users.name,
      contentHash: publishedPacks.contentHash,
      changeNote: publishedPacks.changeNote,
      changes: publishedPacks.changes,
      measureCount: sql<number>`jsonb_array_length(${publishedPacks.snapshot} -> 'measures')`,
    })
    .from(publishedPacks)
    .innerJoin(periods, eq(periods.id, publishedPacks.periodId))
    .leftJoin(users, eq(users.id, publishedPacks.publishedById))
    .orderBy(desc(periods.month), desc(publishedPacks.version));
}

/**
 * Which published version an address names: one version of a month ("2020-10"), or its newest
 * when version is null; null when there is none. Only published_packs is read, so a draft or an
 * unpublished month is never found. Its content is not read here: a reader may not be allowed it.
 */
export async function findPublishedPackRef(db: Queryable, month: string, version: number | null) {
  const [pack] = await db
    .select({
      id: publishedPacks.id,
      periodId: publishedPacks.periodId,
      version: publishedPacks.version,
      visibility: publishedPacks.visibility,
      // Names a download's file; the rest of the snapshot is read only by someone allowed it.
      title: sql<string>`${publishedPacks.snapshot} -> 'meta' ->> 'title'`,
    })
    .from(publishedPacks)
    .innerJoin(periods, eq(periods.id, publishedPacks.periodId))
    .where(and(eq(periods.month, `${month}-01`), version === null ? undefined : eq(publishedPacks.version, version)))
    .orderBy(desc(publishedPacks.version))
    .limit(1);
  return pack ? { ...pack, month } : null;
}

/** A published version with everything the committee saw. */
export async function loadPublishedPack(db: Queryable, packId: number) {
  const [pack] = await db
    .select({
      id: publishedPacks.id,
      version: publishedPacks.version,
      visibility: publishedPacks.visibility,
      snapshot: publishedPacks.snapshot,
      contentHash: publishedPacks.contentHash,
      changeNote: publishedPacks.changeNote,
      changes: publishedPacks.changes,
      publishedAt: publishedPacks.publishedAt,
    })
    .from(publishedPacks)
    .where(eq(publishedPacks.id, packId));
  return pack ? { ...pack, snapshot: pack.snapshot as PackSnapshot } : null;
}
