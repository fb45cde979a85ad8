// A measure's year so far as a sparkline: where to draw each month's figure on a small drawing, and
// the same figures in words for someone who cannot see it. Numbers here only place marks; every
// figure a person reads is the string the pack prints.
import { linearScale } from '../packs/document/chart-scale';
import { addMonths, financialYearOfMonth, formatEntryFigure, monthName, parseMonth, toMonthKey, type Availability, type Unit } from '../rating';

/** A month's entry as the sparkline reads it ("YYYY-MM" or "YYYY-MM-01" month). */
export type SparklineEntry = { month: string; value: string | null; secondaryValue?: string | null; availability: Availability };

export type SparklineMark = { month: string; x: number; y: number };

export type Sparkline = {
  width: number;
  height: number;
  /** The line through the months with a figure, broken where a month has none ("M… L…"). */
  path: string;
  /** A dot for each month with a figure; the last is the month itself where it has one. */
  marks: SparklineMark[];
  /** "April 88.1%, May 90.2%, June no figure": every month of the year so far, in words. */
  words: string;
  /** Months of the year so far that have a figure. */
  plotted: number;
};

const WIDTH = 96;
const HEIGHT = 24;
const PAD = 3;

/** The months of the financial year from April through `month`, as "YYYY-MM". */
export function yearSoFar(month: string): string[] {
  const through = toMonthKey(month);
  const april = `${financialYearOfMonth(through)}-04`;
  const months: string[] = [];
  for (let m = april; m <= through; m = addMonths(m, 1)) months.push(m);
  return months;
}

const numberOf = (entry: SparklineEntry | undefined): number | null => {
  if (!entry || entry.availability !== 'available' || entry.value === null) return null;
  const value = Number(entry.value);
  return Number.isFinite(value) ? value : null;
};

const round = (n: number) => Math.round(n * 10) / 10;

export function sparkline(
  month: string,
  entries: readonly SparklineEntry[],
  measure: { unit: Unit; decimals: number },
): Sparkline {
  const months = yearSoFar(month);
  const byMonth = new Map(entries.map((e) => [toMonthKey(e.month), e]));
  const values = months.map((m) => numberOf(byMonth.get(m)));
  const shown = values.filter((v): v is number => v !== null);
  const low = Math.min(...shown);
  const high = Math.max(...shown);
  // A flat line sits in the middle rather than on an edge.
  const y = shown.length ? linearScale(low === high ? [low - 1, high + 1] : [low, high], [HEIGHT - PAD, PAD]) : () => HEIGHT / 2;
  const x = linearScale([0, Math.max(months.length - 1, 1)], [PAD, WIDTH - PAD]);

  const marks: SparklineMark[] = [];
  let path = '';
  let drawing = false;
  values.forEach((value, i) => {
    if (value === null) {
      drawing = false;
      return;
    }
    const mark = { month: months[i]!, x: round(x(i)), y: round(y(value)) };
    marks.push(mark);
    path += `${drawing ? 'L' : 'M'}${mark.x} ${mark.y}`;
    drawing = true;
  });

  const words = months
    .map((m) => {
      const entry = byMonth.get(m);
      const figure = entry ? formatEntryFigure(entry, measure.unit, measure.decimals) : null;
      return `${monthName(parseMonth(m)!.month)} ${figure ?? 'no figure'}`;
    })
    .join(', ');
  return { width: WIDTH, height: HEIGHT, path, marks, words, plotted: marks.length };
}
