import { compareDecimals, parseDecimal, roundDecimal } from '../decimal';
import type { Polarity } from './types';

export type Direction = 'improved' | 'declined' | 'no change';

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
