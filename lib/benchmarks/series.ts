// The benchmark series the pack compares a KPI with (product.md, "Benchmark point"). The database
// enum is built from this list, so a series is named in one place; each has a slug for addresses
// ("/admin/measures/KPI2/benchmarks/north-east-2019-09-30").
export const BENCHMARK_SERIES = ['North East', 'England', 'Statistical neighbours', 'Last year'] as const;
export type BenchmarkSeries = (typeof BENCHMARK_SERIES)[number];

export const seriesSlug = (series: BenchmarkSeries): string => series.toLowerCase().replace(/ /g, '-');

/** A series from the way a person or a file writes it ("north east", "England"), or null. */
export function readSeries(text: string): BenchmarkSeries | null {
  const wanted = text.trim().replace(/\s+/g, ' ').toLowerCase();
  return BENCHMARK_SERIES.find((series) => series.toLowerCase() === wanted) ?? null;
}

/** A point's address segment: its series and the last day it covers. */
export const pointSlug = (series: BenchmarkSeries, periodEnd: string): string => `${seriesSlug(series)}-${periodEnd}`;

/** The series and period end an address segment names, or null. */
export function readPointSlug(slug: string): { series: BenchmarkSeries; periodEnd: string } | null {
  const match = /^([a-z-]+)-(\d{4}-\d{2}-\d{2})$/.exec(slug);
  const series = match ? BENCHMARK_SERIES.find((s) => seriesSlug(s) === match[1]) : undefined;
  return match && series ? { series, periodEnd: match[2]! } : null;
}
