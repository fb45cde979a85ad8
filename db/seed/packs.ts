// The packs the committee saw in 2020/21 before the demo's November: July (illustrative: the
// reference gives only its grid letters) and October 2020 exactly as the reference pack has it,
// each published as version 1, public. The months after July are "August to October 2020".
import { toMonthKey } from '../../lib/rating';
import { contentHash } from '../../lib/packs/snapshot';
import { packMeta } from '../../lib/packs/meta';
import type { Transaction } from '../client';
import { composePackSnapshot } from '../queries/pack-snapshot';
import { publishedPacks, type Period } from '../schema';

/** Who signed each seeded pack, and its date. October's are the reference pack's own. */
const SIGNED: Record<string, { author: string; reportDate: string }> = {
  '2020-07': { author: 'Jill Colbert, Chief Executive', reportDate: '2020-10-08' },
  '2020-10': { author: 'Jill Colbert, Chief Executive', reportDate: '2021-01-07' },
};

/** Publishes version 1 of each month given, oldest first (each pack's months covered follow the one before). */
export async function seedPublishedPacks(tx: Transaction, months: readonly Pick<Period, 'id' | 'month' | 'financialYear'>[]): Promise<number> {
  let made = 0;
  for (const period of [...months].sort((a, b) => a.month.localeCompare(b.month))) {
    const signed = SIGNED[toMonthKey(period.month)] ?? { author: '', reportDate: '' };
    const snapshot = await composePackSnapshot(tx, period, (covered) => packMeta(signed, 'The chief executive', covered));
    const inserted = await tx
      .insert(publishedPacks)
      .values({ periodId: period.id, version: 1, snapshot, contentHash: contentHash(snapshot), visibility: 'public', publishedAt: new Date(`${signed.reportDate || toMonthKey(period.month) + '-28'}T09:00:00Z`) })
      .onConflictDoNothing({ target: [publishedPacks.periodId, publishedPacks.version] })
      .returning({ id: publishedPacks.id });
    made += inserted.length;
  }
  return made;
}
