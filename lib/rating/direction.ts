import { compareDecimals, parseDecimal, roundDecimal } from '../decimal';
import { addMonths, toMonthKey } from './months';
import type { Availability, Polarity } from './types';

export type Direction = 'improved' | 'declined' | 'no change';

/** A direction in words, as the review page and the pack's exports write it. */
export const DIRECTION_WORDS: Record<Direction, string> = { improved: 'Improved', declined: 'Declined', 'no change': 'No change' };

/**
 * Direction of travel from an earlier figure to this one, with the measure's polarity, comparing
 * the figures as shown. Null where there is nothing to compare or no better direction.
 */
export function directionOfTravel({
  current,
  previous,
  polarity,
  decimals,
}: {
  current: string | null | undefined;
  previous: string | null | undefined;
  polarity: Polarity;
  decimals: number;
}): Direction | null {
  const now = parseDecimal(current);
  const before = parseDecimal(previous);
  if (!now || !before || polarity === 'none') return null;
  const change = compareDecimals(roundDecimal(now, decimals), roundDecimal(before, decimals));
  if (change === 0) return 'no change';
  return (change === 1) === (polarity === 'higher') ? 'improved' : 'declined';
}

export type DirectionsOfTravel = {
  /** Against the month before. */
  sinceLastMonth: Direction | null;
  /** Against the same month a year before. */
  sinceLastYear: Direction | null;
};

/**
 * A month's direction of travel against last month and the same month last year, from the
 * measure's entries (any order; "YYYY-MM" or "YYYY-MM-01" months). Compares the month's own
 * figure where both months have one available.
 */
export function directionsOfTravel(
  measure: { polarity: Polarity; decimals: number },
  month: string,
  measureEntries: readonly { month: string; value: string | null; availability: Availability }[],
): DirectionsOfTravel {
  const figureOf = (key: string) => {
    const entry = measureEntries.find((e) => toMonthKey(e.month) === key);
    return entry?.availability === 'available' ? entry.value : null;
  };
  const current = figureOf(toMonthKey(month));
  const against = (by: number) =>
    directionOfTravel({ current, previous: figureOf(addMonths(month, by)), polarity: measure.polarity, decimals: measure.decimals });
  return { sinceLastMonth: against(-1), sinceLastYear: against(-12) };
}
