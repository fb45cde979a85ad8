// What a KPI's trend chart shows, worked out once from the pack's snapshot: the twelve months of the
// financial year, this year's and last year's figures by month, the target and its tolerance band,
// and where each benchmark point goes. The drawing, the summary and the table all read this, so
// they can never disagree about which figure belongs to which month.
import {
  addMonths,
  financialYearLabel,
  financialYearOfMonth,
  formatTolerance,
  parseMonth,
  type Polarity,
  type Unit,
} from '../../rating';
import type { PackChart, PackMeasure } from '../snapshot';
import { benchmarkOrder, benchmarkStyles, type SeriesStyle } from './chart-styles';

export type ChartContext = { month: string; monthLabel: string };

/** A figure as stored (for printing) and as a number (for drawing). */
export type Figure = { text: string; at: number };

export type BenchmarkPoint = { label: string; periodEnd: string; value: Figure };

export type BenchmarkSeries = {
  series: string;
  style: SeriesStyle;
  /** Every point, oldest first, for the table. */
  points: BenchmarkPoint[];
  /** The points whose period ends inside this financial year, by month slot (0 = April). */
  inYear: { slot: number; point: BenchmarkPoint }[];
  /**
   * Benchmarks lag: where none of a series' points ends inside this year, its latest point is
   * still shown, beside the year at the right edge, so the committee sees the latest comparison.
   */
  latest: BenchmarkPoint | null;
};

export type ChartModel = {
  ref: string;
  /** For element ids: "kpi1". */
  slug: string;
  unit: Unit;
  decimals: number;
  polarity: Polarity;
  /** The financial year's months, April to March ("2020-04" … "2021-03"). */
  months: string[];
  /** The slot of the pack's month (6 for October). */
  packSlot: number;
  yearLabel: string;
  lastYearLabel: string;
  thisYear: (Figure | null)[];
  lastYear: (Figure | null)[];
  target: Figure | null;
  /** The tolerance band's far edge, where the measure has a band (as the rating layer reads it). */
  toleranceEdge: Figure | null;
  benchmarks: BenchmarkSeries[];
};

const figure = (text: string | null | undefined): Figure | null => {
  if (text === null || text === undefined) return null;
  const at = Number(text);
  return text.trim() !== '' && Number.isFinite(at) ? { text, at } : null;
};

/** Months from `from` to `to` ("2020-04" to "2020-10" is 6). */
function monthsBetween(from: string, to: string): number {
  const a = parseMonth(from)!;
  const b = parseMonth(to)!;
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/** Values by month slot, April (0) to March (11), of the year starting at `start`. */
function bySlot(points: readonly { month: string; value: string | null }[], start: string): (Figure | null)[] {
  const slots: (Figure | null)[] = Array.from({ length: 12 }, () => null);
  for (const point of points) {
    if (!parseMonth(point.month)) continue;
    const slot = monthsBetween(start, point.month);
    if (slot >= 0 && slot < 12) slots[slot] = figure(point.value);
  }
  return slots;
}

export const chartSlug = (ref: string): string => ref.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'measure';

export function chartModel(chart: PackChart, measure: PackMeasure, context: ChartContext): ChartModel {
  const year = financialYearOfMonth(context.month);
  const start = `${year}-04`;
  const lastStart = `${year - 1}-04`;
  const months = Array.from({ length: 12 }, (_, i) => addMonths(start, i));
  const packSlot = monthsBetween(start, context.month);

  // The same rule as the rating layer: no band for an edge on the wrong side or no polarity.
  const hasBand = formatTolerance({ target: chart.target, tolerance: chart.toleranceEdge, polarity: measure.polarity, unit: measure.unit }) !== null;

  const ordered = [...chart.benchmarks].sort((a, b) => benchmarkOrder(a.series, b.series));
  const styles = benchmarkStyles(ordered.map((b) => b.series));
  const benchmarks = ordered.map((b, i): BenchmarkSeries => {
    const points = b.points
      .map((p) => ({ label: p.label, periodEnd: p.periodEnd, value: figure(p.value) }))
      .filter((p): p is BenchmarkPoint => p.value !== null && parseMonth(p.periodEnd) !== null)
      .sort((p, q) => (p.periodEnd < q.periodEnd ? -1 : p.periodEnd > q.periodEnd ? 1 : 0));
    const inYear = points
      .map((point) => ({ slot: monthsBetween(start, point.periodEnd), point }))
      .filter(({ slot }) => slot >= 0 && slot < 12);
    return { series: b.series, style: styles[i]!, points, inYear, latest: inYear.length === 0 ? (points.at(-1) ?? null) : null };
  });

  return {
    ref: chart.ref,
    slug: chartSlug(chart.ref),
    unit: measure.unit,
    decimals: measure.decimals,
    polarity: measure.polarity,
    months,
    packSlot,
    yearLabel: financialYearLabel(year),
    lastYearLabel: financialYearLabel(year - 1),
    // Only months up to the pack's own: a later figure is not part of this pack.
    thisYear: bySlot(chart.thisYear.filter((p) => parseMonth(p.month) !== null && monthsBetween(p.month, context.month) >= 0), start),
    lastYear: bySlot(chart.lastYear, lastStart),
    target: figure(chart.target),
    toleranceEdge: hasBand ? figure(chart.toleranceEdge) : null,
    benchmarks,
  };
}

/** Every value the value axis must hold: figures, target, tolerance edge and benchmarks drawn. */
export function valuesShown(model: ChartModel): number[] {
  const all = [...model.thisYear, ...model.lastYear, model.target, model.toleranceEdge];
  for (const b of model.benchmarks) {
    for (const { point } of b.inYear) all.push(point.value);
    if (b.latest) all.push(b.latest.value);
  }
  return all.filter((f): f is Figure => f !== null).map((f) => f.at);
}
