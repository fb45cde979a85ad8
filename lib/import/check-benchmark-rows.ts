// Checking a benchmarks import against the catalogue, without a database: given the measures and
// the points already stored, every row is either planned (a new point, a change to the stored point
// with the same measure, series and period end, or unchanged) or a problem with its line and a
// sentence. Every problem is found, not only the first, so one round of corrections fixes the file.
// The rules are the point form's (lib/benchmarks/benchmark-schema.ts).
import { compareDecimals, parseDecimal } from '../decimal';
import type { FigureRules } from '../entries/figure';
import { checkPeriodEnd, readBenchmarkValue, readPeriodLabel } from '../benchmarks/benchmark-schema';
import { BENCHMARK_SERIES, readSeries, type BenchmarkSeries } from '../benchmarks/series';
import { formatFigure, formatLongDate } from '../rating';
import type { BenchmarksCsvRow } from './benchmarks-csv';
import type { ImportProblem } from './csv';

export type BenchmarkImportMeasure = FigureRules & { id: number; ref: string };

export type StoredPoint = { id: number; measureId: number; series: BenchmarkSeries; periodLabel: string; periodEnd: string; value: string };

export type PointChange = 'create' | 'update' | 'unchanged';

export type PlannedPoint = {
  line: number;
  ref: string;
  measureId: number;
  series: BenchmarkSeries;
  periodLabel: string;
  periodEnd: string;
  value: string;
  /** The value as the pack prints it, at the measure's decimals. */
  shown: string;
  change: PointChange;
  /** The stored point it changes or leaves alone, and its value as the pack prints it. */
  before: StoredPoint | null;
  beforeShown: string | null;
};

export type CheckedBenchmarks = { problems: ImportProblem[]; planned: PlannedPoint[] };

const SERIES_WORDS = BENCHMARK_SERIES.join(', ');
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export const pointKey = (measureId: number, series: string, periodEnd: string) => `${measureId}|${series}|${periodEnd}`;

function sameValue(a: string, b: string): boolean {
  const [x, y] = [parseDecimal(a), parseDecimal(b)];
  return !!x && !!y && compareDecimals(x, y) === 0;
}

export function checkBenchmarkRows(
  rows: readonly BenchmarksCsvRow[],
  catalogue: { measures: readonly BenchmarkImportMeasure[]; points: readonly StoredPoint[] },
  today: string,
): CheckedBenchmarks {
  const problems: ImportProblem[] = [];
  const planned: PlannedPoint[] = [];
  const measureByRef = new Map(catalogue.measures.map((m) => [m.ref.toUpperCase(), m]));
  const stored = new Map(catalogue.points.map((p) => [pointKey(p.measureId, p.series, p.periodEnd), p]));
  const firstLine = new Map<string, number>();

  for (const row of rows) {
    const rowProblems: string[] = [];
    const problem = (message: string) => rowProblems.push(message);
    const ref = row.measureRef.trim().toUpperCase();
    const measure = measureByRef.get(ref);
    const named = measure?.ref ?? (ref || 'the row');

    if (ref === '') problem('measure_ref is empty: give the measure’s reference, like KPI2');
    else if (!measure) problem(`there is no measure '${row.measureRef.trim()}': check its reference against the measures list`);

    const series = readSeries(row.series);
    if (!series) problem(`${named} series '${row.series}' is not one of ${SERIES_WORDS}`);

    const label = readPeriodLabel(row.periodLabel);
    if (!label.ok) problem(`${named} period_label: ${lowerFirst(label.error)}`);

    const endText = row.periodEnd.trim();
    let periodEnd: string | null = null;
    if (!DATE.test(endText)) problem(`${named} period_end '${row.periodEnd}' is not a date: write it as YYYY-MM-DD, like 2020-03-31`);
    else if (!isRealDate(endText)) problem(`${named} period_end '${row.periodEnd}' is not a real date`);
    else {
      const outside = checkPeriodEnd(endText, today);
      if (outside) problem(`${named} period_end '${row.periodEnd}': ${lowerFirst(outside)}`);
      else periodEnd = endText;
    }

    const value = measure ? readBenchmarkValue(row.value, measure) : null;
    if (value && !value.ok) problem(`${named} value '${row.value}': ${lowerFirst(value.error)}`);

    if (measure && series && periodEnd) {
      const key = pointKey(measure.id, series, periodEnd);
      const earlier = firstLine.get(key);
      if (earlier !== undefined) {
        problem(`${measure.ref} ${series} ending ${formatLongDate(periodEnd)} is also on line ${earlier}: give each point once`);
      } else firstLine.set(key, row.line);
    }

    if (rowProblems.length > 0 || !measure || !series || !label.ok || !periodEnd || !value?.ok) {
      for (const message of rowProblems) problems.push({ line: row.line, message });
      continue;
    }
    const before = stored.get(pointKey(measure.id, series, periodEnd)) ?? null;
    const unchanged = before !== null && before.periodLabel === label.value && sameValue(before.value, value.value);
    planned.push({
      line: row.line,
      ref: measure.ref,
      measureId: measure.id,
      series,
      periodLabel: label.value,
      periodEnd,
      value: value.value,
      shown: formatFigure(value.value, measure.unit, measure.decimals) ?? value.value,
      change: unchanged ? 'unchanged' : before ? 'update' : 'create',
      before,
      beforeShown: before ? (formatFigure(before.value, measure.unit, measure.decimals) ?? before.value) : null,
    });
  }
  return { problems, planned };
}
