// What a published pack holds: the month as the committee saw it, every figure as printed, so a
// later change of target, figure or title never changes a published pack. Built from a rated month
// by the same rating layer as every other page; stored once per version with its content hash.
import { createHash } from 'node:crypto';
import { describeBasis } from '../measures/describe';
import {
  addMonths,
  financialYearLabel,
  formatEntryFigure,
  formatFigureWithSecondary,
  formatThreshold,
  formatTolerance,
  monthLabel,
  monthName,
  parseMonth,
  rateMeasureForMonth,
  ratingLabel,
  ratingLetter,
  toMonthKey,
  type Availability,
  type Direction,
  type EntryFigures,
  type JudgedRating,
  type Polarity,
  type Rating,
  type RatingBasis,
  type Unit,
} from '../rating';

/** Bumped when the shape changes, so a reader can tell old packs from new. */
export const SNAPSHOT_FORMAT = 1;

export type PackMeta = {
  organisation: string;
  title: string;
  /** "Jill Colbert, Chief Executive". */
  author: string;
  /** The date on the report ("2021-01-07"). */
  reportDate: string;
  purpose: string;
};

export type PackMeasure = {
  ref: string;
  title: string;
  group: 'kpi' | 'supporting';
  serviceArea: string;
  unit: Unit;
  ratePer: number | null;
  secondaryLabel: string | null;
  decimals: number;
  polarity: Polarity;
  basis: RatingBasis;
  basisText: string;
  source: string;
  dataLagNote: string | null;
  target: string | null;
  toleranceEdge: string | null;
  /** As printed: "65%", "-" where there is none. */
  targetText: string;
  toleranceText: string;
  availability: Availability | null;
  value: string | null;
  secondaryValue: string | null;
  ytdValue: string | null;
  ytdSecondaryValue: string | null;
  /** "89.1%", "73 (52)", "n/ava"; "-" where nothing was entered. */
  figureText: string;
  ytdText: string;
  rating: Rating;
  ratingLetter: string;
  ratingLabel: string;
  reason: string;
  judged: boolean;
  justification: string | null;
  direction: { sinceLastMonth: Direction | null; sinceLastYear: Direction | null };
  commentary: string | null;
  improvementAction: string | null;
};

export type ChartPoint = { month: string; value: string | null };
export type PackChart = {
  ref: string;
  thisYear: ChartPoint[];
  lastYear: ChartPoint[];
  target: string | null;
  toleranceEdge: string | null;
  benchmarks: { series: string; points: { label: string; periodEnd: string; value: string }[] }[];
};

export type PackSnapshot = {
  format: typeof SNAPSHOT_FORMAT;
  meta: PackMeta;
  /** "2020-10". */
  month: string;
  monthLabel: string;
  financialYear: number;
  financialYearLabel: string;
  /** The months the commentary covers: from the month after the previous pack to this one. */
  monthsCovered: { from: string; to: string; label: string };
  measures: PackMeasure[];
  /** The summary grid, April to March: a letter a month ("" after the pack's month). */
  grid: { months: string[]; rows: { ref: string; letters: string[] }[] };
  charts: PackChart[];
};

/** One measure of the month, as loadRatedMonth gives it. */
export type SnapshotSource = {
  measure: {
    ref: string;
    title: string;
    group: 'kpi' | 'supporting';
    serviceArea: string;
    unit: Unit;
    ratePer: number | null;
    secondaryLabel: string | null;
    decimals: number;
    polarity: Polarity;
    basis: RatingBasis;
    annualMonth: number | null;
    basisNote: string | null;
    source: string;
    dataLagNote: string | null;
  };
  target: { target: string | null; toleranceEdge: string | null };
  entry: {
    value: string | null;
    secondaryValue: string | null;
    ytdValue: string | null;
    ytdSecondaryValue: string | null;
    availability: Availability;
    commentary: string | null;
    improvementAction: string | null;
    judgedRating: JudgedRating | null;
    judgedJustification: string | null;
  } | null;
  history: readonly (EntryFigures & { secondaryValue?: string | null })[];
  rating: { rating: Rating; reason: string; judged: boolean };
  direction: { sinceLastMonth: Direction | null; sinceLastYear: Direction | null };
};

export type BenchmarkSource = { ref: string; series: string; periodLabel: string; periodEnd: string; value: string };

/** "August to October 2020", "December 2020 to January 2021", "October 2020". */
export function coveredLabel(from: string, to: string): string {
  const a = parseMonth(from)!;
  const b = parseMonth(to)!;
  if (a.year === b.year && a.month === b.month) return monthLabel(b);
  return a.year === b.year ? `${monthName(a.month)} to ${monthLabel(b)}` : `${monthLabel(a)} to ${monthLabel(b)}`;
}

/** April to March of a financial year, as "YYYY-MM". */
export const monthsOfYear = (financialYear: number): string[] =>
  Array.from({ length: 12 }, (_, i) => addMonths(`${financialYear}-04`, i));

const valueIn = (history: SnapshotSource['history'], month: string): string | null => {
  const entry = history.find((h) => toMonthKey(h.month) === month);
  return entry && entry.availability === 'available' ? entry.value : null;
};

export function buildPackSnapshot(input: {
  meta: PackMeta;
  month: string;
  financialYear: number;
  coveredFrom: string;
  measures: readonly SnapshotSource[];
  benchmarks?: readonly BenchmarkSource[];
}): PackSnapshot {
  const month = toMonthKey(input.month);
  const yearMonths = monthsOfYear(input.financialYear);
  const lastYearMonths = monthsOfYear(input.financialYear - 1);

  const measures: PackMeasure[] = input.measures.map(({ measure, target, entry, rating, direction }) => ({
    ref: measure.ref,
    title: measure.title,
    group: measure.group,
    serviceArea: measure.serviceArea,
    unit: measure.unit,
    ratePer: measure.ratePer,
    secondaryLabel: measure.secondaryLabel,
    decimals: measure.decimals,
    polarity: measure.polarity,
    basis: measure.basis,
    basisText: describeBasis(measure.basis, measure.annualMonth, measure.basisNote),
    source: measure.source,
    dataLagNote: measure.dataLagNote,
    target: target.target,
    toleranceEdge: target.toleranceEdge,
    targetText: formatThreshold(target.target, measure.unit) ?? '-',
    toleranceText:
      formatTolerance({ target: target.target, tolerance: target.toleranceEdge, polarity: measure.polarity, unit: measure.unit }) ?? '-',
    availability: entry?.availability ?? null,
    value: entry?.value ?? null,
    secondaryValue: entry?.secondaryValue ?? null,
    ytdValue: entry?.ytdValue ?? null,
    ytdSecondaryValue: entry?.ytdSecondaryValue ?? null,
    figureText: (entry ? formatEntryFigure(entry, measure.unit, measure.decimals) : null) ?? '-',
    // With no year-to-date figure, a month whose figure is not available has none to date either:
    // the reference pack prints "n/ava" in both columns (SM8, SM9).
    ytdText:
      formatFigureWithSecondary(entry?.ytdValue, entry?.ytdSecondaryValue, measure.unit, measure.decimals) ??
      (entry?.availability === 'not_available' ? formatEntryFigure(entry, measure.unit, measure.decimals) : null) ??
      '-',
    rating: rating.rating,
    ratingLetter: ratingLetter(rating.rating),
    ratingLabel: ratingLabel(rating.rating),
    reason: rating.reason,
    judged: rating.judged,
    justification: rating.judged ? (entry?.judgedJustification ?? null) : null,
    direction: { sinceLastMonth: direction.sinceLastMonth, sinceLastYear: direction.sinceLastYear },
    commentary: entry?.commentary ?? null,
    improvementAction: entry?.improvementAction ?? null,
  }));

  const grid = {
    months: yearMonths,
    rows: input.measures.map(({ measure, target, history }) => ({
      ref: measure.ref,
      letters: yearMonths.map((m) => (m <= month ? ratingLetter(rateMeasureForMonth(measure, target, m, history).rating) : '')),
    })),
  };

  const charts: PackChart[] = input.measures
    .filter(({ measure }) => measure.group === 'kpi')
    .map(({ measure, target, history }) => ({
      ref: measure.ref,
      thisYear: yearMonths.filter((m) => m <= month).map((m) => ({ month: m, value: valueIn(history, m) })),
      lastYear: lastYearMonths.map((m) => ({ month: m, value: valueIn(history, m) })),
      target: target.target,
      toleranceEdge: target.toleranceEdge,
      benchmarks: [...new Set((input.benchmarks ?? []).filter((b) => b.ref === measure.ref).map((b) => b.series))].map((series) => ({
        series,
        points: (input.benchmarks ?? [])
          .filter((b) => b.ref === measure.ref && b.series === series)
          .sort((a, b) => a.periodEnd.localeCompare(b.periodEnd))
          .map((b) => ({ label: b.periodLabel, periodEnd: b.periodEnd, value: b.value })),
      })),
    }));

  return {
    format: SNAPSHOT_FORMAT,
    meta: input.meta,
    month,
    monthLabel: monthLabel(month),
    financialYear: input.financialYear,
    financialYearLabel: financialYearLabel(input.financialYear),
    monthsCovered: { from: toMonthKey(input.coveredFrom), to: month, label: coveredLabel(input.coveredFrom, month) },
    measures,
    grid,
    charts,
  };
}

/** JSON with every object's keys in order, so the same pack always has the same bytes. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** SHA-256 of the canonical JSON: anyone can show a pack is the one that was published. */
export const contentHash = (snapshot: PackSnapshot): string => createHash('sha256').update(canonicalJson(snapshot)).digest('hex');
