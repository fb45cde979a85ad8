// A month's pack as it would be published now: the rated month, the benchmarks and the months
// covered since the previous pack, made into a snapshot. Publishing stores it; the seed stores the
// reference pack's two with it; an operator's draft export will read it too.
import type { PackMeta, PackSnapshot } from '../../lib/packs/snapshot';
import { buildPackSnapshot } from '../../lib/packs/snapshot';
import { addMonths, toMonthKey } from '../../lib/rating';
import type { Queryable } from '../client';
import type { Period } from '../schema';
import { listBenchmarks, previousPackMonth } from './packs';
import { loadRatedMonth } from './rated-month';

/** The words of a pack that are not figures, once the months it covers are known ("August to October 2020"). */
export type MetaFor = (covered: string) => PackMeta;

export async function composePackSnapshot(db: Queryable, period: Pick<Period, 'id' | 'month' | 'financialYear'>, metaFor: MetaFor): Promise<PackSnapshot> {
  const [rated, benchmarks, previousMonth] = await Promise.all([
    loadRatedMonth(db, period),
    listBenchmarks(db),
    previousPackMonth(db, period.month),
  ]);
  // From the month after the previous pack, within the financial year.
  const yearStart = `${period.financialYear}-04`;
  const afterPrevious = previousMonth ? addMonths(previousMonth, 1) : yearStart;
  const snapshot = buildPackSnapshot({
    meta: metaFor(''),
    month: toMonthKey(period.month),
    financialYear: period.financialYear,
    coveredFrom: afterPrevious > yearStart ? afterPrevious : yearStart,
    measures: rated,
    benchmarks: benchmarks.map((b) => ({ ...b, series: String(b.series) })),
  });
  return { ...snapshot, meta: metaFor(snapshot.monthsCovered.label) };
}
