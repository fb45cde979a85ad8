// KPI2's benchmarks, as the reference pack's chart draws them: Sunderland against the North East
// and England over rolling twelve months, "Oct 17 – Sep 18" to "Oct 18 – Sep 19" (its labels).
//
// The VALUES are ILLUSTRATIVE. The chart's numbers are not legible in the reference text; these are
// made up by this project to agree with what the pack says ("performance is now lower than the
// North East average": Sunderland's 339 is below the latest North East figure, and England's is
// lower still). They are not published statistics. The README says the same.
import type { BenchmarkSeries } from '../../lib/benchmarks/series';

type SeedPoint = { ref: string; series: BenchmarkSeries; periodLabel: string; periodEnd: string; value: string };

const PERIODS = [
  ['Oct 17 – Sep 18', '2018-09-30'],
  ['Jan 18 – Dec 18', '2018-12-31'],
  ['Apr 18 – Mar 19', '2019-03-31'],
  ['Jul 18 – Jun 19', '2019-06-30'],
  ['Oct 18 – Sep 19', '2019-09-30'],
] as const;

/** Rate of first-time entrants per 100,000, oldest period first. Illustrative: see the note at the top. */
const ILLUSTRATIVE: Record<'North East' | 'England', string[]> = {
  'North East': ['398', '386', '374', '362', '351'],
  England: ['238', '231', '226', '221', '216'],
};

export const benchmarks2019: SeedPoint[] = (Object.entries(ILLUSTRATIVE) as ['North East' | 'England', string[]][]).flatMap(([series, values]) =>
  PERIODS.map(([periodLabel, periodEnd], i) => ({ ref: 'KPI2', series, periodLabel, periodEnd, value: values[i]! })),
);
