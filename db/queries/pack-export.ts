// What the operator's export reads: a published version of a month's pack as the committee saw it
// (the given version, or the latest), or with `draft` the month's current state, whatever its
// state, composed exactly as publishing would compose it now.
import { and, eq } from 'drizzle-orm';
import type { PackEdition } from '../../lib/packs/export/edition';
import { packMeta } from '../../lib/packs/meta';
import type { PackSnapshot } from '../../lib/packs/snapshot';
import { firstDayOf, monthLabel, MONTH_PATTERN } from '../../lib/rating';
import type { Queryable } from '../client';
import { publishedPacks } from '../schema';
import { composePackSnapshot } from './pack-snapshot';
import { latestPackOf } from './packs';
import { findPeriodByMonth } from './periods';

/** Where a published pack names the chief executive who signed it. */
export const DRAFT_AUTHOR = 'Not yet signed off';

export type LoadedPackEdition = { snapshot: PackSnapshot; edition: PackEdition; packId: number | null };

export async function loadPackEdition(
  db: Queryable,
  input: { month: string; version?: number; draft?: boolean },
): Promise<LoadedPackEdition | { error: string }> {
  if (!MONTH_PATTERN.test(input.month)) return { error: `"${input.month}" is not a month: give it as YYYY-MM, like 2020-10.` };
  if (input.draft && input.version !== undefined) return { error: 'A draft has no version: give a version or ask for the draft, not both.' };
  const period = await findPeriodByMonth(db, firstDayOf(input.month));
  if (!period) return { error: `No month ${input.month} exists.` };
  const label = monthLabel(input.month);

  if (input.draft) {
    // Nobody has signed it yet: today's date, and no signature where the chief executive's goes.
    const snapshot = await composePackSnapshot(db, period, (covered) => packMeta({ author: DRAFT_AUTHOR, reportDate: '' }, '', covered));
    return { snapshot, edition: { version: null, publishedAt: null }, packId: null };
  }

  const latest = await latestPackOf(db, period.id);
  if (!latest) return { error: `${label} has no published pack. Use --draft to export its current state.` };
  const pack =
    input.version === undefined || input.version === latest.version
      ? latest
      : await versionOf(db, period.id, input.version);
  if (!pack) return { error: `${label} has no version ${input.version}; the latest is version ${latest.version}.` };
  return {
    snapshot: pack.snapshot as PackSnapshot,
    edition: { version: pack.version, publishedAt: pack.publishedAt.toISOString() },
    packId: pack.id,
  };
}

async function versionOf(db: Queryable, periodId: number, version: number) {
  const [pack] = await db
    .select({ id: publishedPacks.id, version: publishedPacks.version, snapshot: publishedPacks.snapshot, publishedAt: publishedPacks.publishedAt })
    .from(publishedPacks)
    .where(and(eq(publishedPacks.periodId, periodId), eq(publishedPacks.version, version)));
  return pack ?? null;
}
