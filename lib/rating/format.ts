// How figures, bands and ratings are written, as the pack prints them.
import { formatFixed, formatPlain, parseDecimal, significantPlaces, stepDecimal, compareDecimals } from '../decimal';
import type { Availability, Polarity, Rating, Unit } from './types';

const suffix = (unit: Unit | undefined) => (unit === 'percent' ? '%' : '');

/** A figure at the measure's decimals: "94.5%", "339", "0.05%". Null or unreadable gives null. */
export function formatFigure(value: string | null | undefined, unit: Unit | undefined, decimals: number): string | null {
  const d = parseDecimal(value);
  return d ? `${formatFixed(d, decimals)}${suffix(unit)}` : null;
}

/** A count with its secondary count in brackets: "73 (52)". */
export function formatFigureWithSecondary(
  value: string | null | undefined,
  secondary: string | null | undefined,
  unit: Unit | undefined,
  decimals: number,
): string | null {
  const main = formatFigure(value, unit, decimals);
  const second = formatFigure(secondary, unit, decimals);
  if (main === null) return null;
  return second === null ? main : `${main} (${second})`;
}

/**
 * What an entry shows as its figure: "94.5%", "73 (52)", or the pack's mark for a missing one
 * ("n/ava", "n/a", "-"). Null for an available figure not yet entered.
 */
export function formatEntryFigure(
  entry: { value: string | null; secondaryValue?: string | null; availability: Availability },
  unit: Unit | undefined,
  decimals: number,
): string | null {
  if (entry.availability !== 'available') return formatAvailability(entry.availability);
  return formatFigureWithSecondary(entry.value, entry.secondaryValue, unit, decimals);
}

/**
 * An entry's year-to-date figure with its secondary count: "433 (247)", "24.0%". Null where it has
 * none. A year-to-date figure is shown whatever the month's availability: SM16's 100% stands in a
 * month with no figure of its own.
 */
export function formatYearToDate(
  entry: { ytdValue?: string | null; ytdSecondaryValue?: string | null },
  unit: Unit | undefined,
  decimals: number,
): string | null {
  return formatFigureWithSecondary(entry.ytdValue, entry.ytdSecondaryValue, unit, decimals);
}

/** A target or edge as written, without trailing zeros: "65%", "402.9". */
export function formatThreshold(value: string | null | undefined, unit?: Unit): string | null {
  const d = parseDecimal(value);
  return d ? `${formatPlain(d)}${suffix(unit)}` : null;
}

/** How the pack writes a missing figure. */
export function formatAvailability(availability: Availability): string {
  switch (availability) {
    case 'not_available':
      return 'n/ava';
    case 'not_applicable':
      return 'n/a';
    case 'not_due':
    case 'available':
      return '-';
  }
}

/**
 * The tolerance band as the pack prints it: from the far edge to one step short of the target
 * ("62% – 64.9%" for higher is better), or from one step past the target to the edge ("375.1 – 402.9"
 * for lower is better). The step is a tenth, or finer where the target or edge is written finer.
 * Null where there is no band.
 */
export function formatTolerance({
  target,
  tolerance,
  polarity,
  unit,
}: {
  target: string | null | undefined;
  tolerance: string | null | undefined;
  polarity: Polarity;
  unit?: Unit;
}): string | null {
  const t = parseDecimal(target);
  const edge = parseDecimal(tolerance);
  if (!t || !edge || polarity === 'none') return null;
  const places = Math.max(1, significantPlaces(t), significantPlaces(edge));
  const s = suffix(unit);
  if (polarity === 'higher') {
    if (compareDecimals(edge, t) >= 0) return null;
    return `${formatPlain(edge)}${s} – ${formatPlain(stepDecimal(t, -1, places))}${s}`;
  }
  if (compareDecimals(edge, t) <= 0) return null;
  return `${formatPlain(stepDecimal(t, 1, places))}${s} – ${formatPlain(edge)}${s}`;
}

const LABELS: Record<Rating, string> = { red: 'Red', amber: 'Amber', green: 'Green', blue: 'Blue', none: 'Not rated' };
const LETTERS: Record<Rating, string> = { red: 'R', amber: 'A', green: 'G', blue: 'B', none: '–' };

export const ratingLabel = (rating: Rating): string => LABELS[rating];
/** The letter of the summary grid: R, A, G, B, or "–" for a measure with no target. */
export const ratingLetter = (rating: Rating): string => LETTERS[rating];
