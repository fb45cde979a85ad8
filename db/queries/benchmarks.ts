// What the benchmarks administration reads: a measure with its points (newest period first), one
// point by its series and period end, and, for an import, the measures and the points stored for
// the measures a file names, with the preview of what importing it would do. A fixed number of
// queries however many rows.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { BenchmarkSeries } from '../../lib/benchmarks/series';
import { parseBenchmarksCsv } from '../../lib/import/benchmarks-csv';
import { checkBenchmarkRows, type PlannedPoint, type PointChange, type StoredPoint } from '../../lib/import/check-benchmark-rows';
import type { ImportProblem } from '../../lib/import/csv';
import { todayInLondon } from '../../lib/dates';
import type { Queryable } from '../client';
import { benchmarkPoints, measures } from '../schema';

const measureColumns = {
  id: measures.id,
  ref: measures.ref,
  title: measures.title,
  unit: measures.unit,
  ratePer: measures.ratePer,
  decimals: measures.decimals,
  active: measures.active,
};

const pointColumns = {
  id: benchmarkPoints.id,
  measureId: benchmarkPoints.measureId,
  series: benchmarkPoints.series,
  periodLabel: benchmarkPoints.periodLabel,
  periodEnd: benchmarkPoints.periodEnd,
  value: benchmarkPoints.value,
};

/** A measure by its reference, with every benchmark point, newest period first within each series. */
export async function loadMeasureBenchmarks(db: Queryable, ref: string) {
  const [measure] = await db.select(measureColumns).from(measures).where(eq(measures.ref, ref));
  if (!measure) return null;
  const points = await db
    .select(pointColumns)
    .from(benchmarkPoints)
    .where(eq(benchmarkPoints.measureId, measure.id))
    .orderBy(asc(benchmarkPoints.series), desc(benchmarkPoints.periodEnd));
  return { measure, points: points as StoredPoint[] };
}

export type MeasureBenchmarks = NonNullable<Awaited<ReturnType<typeof loadMeasureBenchmarks>>>;

/** One point of a measure, by its series and the last day it covers (as its address names it). */
export async function findBenchmarkPoint(db: Queryable, ref: string, series: BenchmarkSeries, periodEnd: string) {
  const [row] = await db
    .select({ measure: measureColumns, point: pointColumns })
    .from(benchmarkPoints)
    .innerJoin(measures, eq(measures.id, benchmarkPoints.measureId))
    .where(and(eq(measures.ref, ref), eq(benchmarkPoints.series, series), eq(benchmarkPoints.periodEnd, periodEnd)));
  return row ? { measure: row.measure, point: row.point as StoredPoint } : null;
}

/** Every measure, and the stored points of the measures `refs` names (locked, inside an import's transaction). */
export async function loadBenchmarkCatalogue(db: Queryable, refs: readonly string[], lock: boolean) {
  const measureRows = await db.select(measureColumns).from(measures);
  const wanted = new Set(refs.map((r) => r.trim().toUpperCase()));
  const ids = measureRows.filter((m) => wanted.has(m.ref.toUpperCase())).map((m) => m.id);
  if (ids.length === 0) return { measures: measureRows, points: [] as StoredPoint[] };
  const query = db.select(pointColumns).from(benchmarkPoints).where(inArray(benchmarkPoints.measureId, ids));
  const points = lock ? await query.for('update') : await query;
  return { measures: measureRows, points: points as StoredPoint[] };
}

export type BenchmarkImportCounts = { rows: number; created: number; updated: number; unchanged: number };

const COUNTED: Record<PointChange, Exclude<keyof BenchmarkImportCounts, 'rows'>> = { create: 'created', update: 'updated', unchanged: 'unchanged' };

export function countPointChanges(rows: readonly PlannedPoint[]): BenchmarkImportCounts {
  const counts: BenchmarkImportCounts = { rows: rows.length, created: 0, updated: 0, unchanged: 0 };
  for (const row of rows) counts[COUNTED[row.change]]++;
  return counts;
}

export type BenchmarksImportPlan = { problems: ImportProblem[]; rows: PlannedPoint[]; counts: BenchmarkImportCounts };

/** What importing the file would do, row by row, without writing; the import command runs the same checks in its transaction. */
export async function planBenchmarksImport(db: Queryable, csv: string, lock = false, today = todayInLondon()): Promise<BenchmarksImportPlan> {
  const parsed = parseBenchmarksCsv(csv);
  if (!parsed.ok) return { problems: parsed.problems, rows: [], counts: countPointChanges([]) };
  const catalogue = await loadBenchmarkCatalogue(db, parsed.rows.map((r) => r.measureRef), lock);
  const { problems, planned } = checkBenchmarkRows(parsed.rows, catalogue, today);
  return { problems, rows: planned, counts: countPointChanges(planned) };
}
