// The threshold rule, and the only copy of it (product.md, "The rating layer").
import { compareDecimals, formatFixed, parseDecimal, roundDecimal } from '../decimal';
import { formatThreshold, formatTolerance } from './format';
import type { Polarity, RatingResult, Unit } from './types';

export type RateValueInput = {
  value: string | null | undefined;
  target: string | null | undefined;
  tolerance: string | null | undefined;
  polarity: Polarity;
  decimals: number;
  unit?: Unit;
};

/** Decimal places as a whole number from 0 to 10, whatever arrives. */
export function usableDecimals(decimals: number): number {
  if (!Number.isFinite(decimals)) return 0;
  return Math.min(10, Math.max(0, Math.trunc(decimals)));
}

/**
 * A value as the rating reads it and the pack prints it: rounded half away from zero to the
 * measure's decimals, with its unit ("24.0%", "339"). Null for anything that is not a number.
 */
export function shownFigure(value: string | null | undefined, decimals: number, unit?: Unit): string | null {
  const raw = parseDecimal(value);
  if (raw === null) return null;
  const places = usableDecimals(decimals);
  return `${formatFixed(roundDecimal(raw, places), places)}${unit === 'percent' ? '%' : ''}`;
}

/**
 * Rates one value against its target and tolerance edge. The value is rounded (half away from
 * zero) to the measure's decimals first, so a printed number and its colour never disagree.
 * Never throws: anything unreadable is reported in the reason.
 */
export function rateValue({ value, target, tolerance, polarity, decimals, unit }: RateValueInput): RatingResult {
  const places = usableDecimals(decimals);
  const t = parseDecimal(target);
  if (t === null) return { rating: 'none', reason: 'No target is set, so this measure is not rated.' };
  if (polarity === 'none') {
    return { rating: 'none', reason: 'Neither higher nor lower is set as better for this measure, so it is not rated.' };
  }
  const targetText = formatThreshold(target, unit)!;
  if (value === null || value === undefined || value.trim() === '') {
    return { rating: 'blue', reason: `No figure is available to rate against the ${targetText} target.` };
  }
  const raw = parseDecimal(value);
  if (raw === null) {
    return { rating: 'blue', reason: `"${value}" is not a number, so it cannot be rated.` };
  }

  const shown = roundDecimal(raw, places);
  const shownText = shownFigure(value, places, unit)!;
  // An edge on the wrong side of the target leaves no amber band.
  let edge = parseDecimal(tolerance);
  if (edge && compareDecimals(edge, t) === (polarity === 'higher' ? 1 : -1)) edge = null;
  const band = formatTolerance({ target, tolerance, polarity, unit });
  const bandText = band ? `the ${band} tolerance` : 'tolerance';

  const versusTarget = compareDecimals(shown, t);
  const better = polarity === 'higher' ? 1 : -1;
  if (versusTarget === 0) return { rating: 'green', reason: `${shownText} meets the ${targetText} target.` };
  const side = versusTarget === 1 ? 'above' : 'below';
  if (versusTarget === better) return { rating: 'green', reason: `${shownText} is ${side} the ${targetText} target.` };

  const withinTolerance = edge !== null && compareDecimals(shown, edge) !== better * -1;
  if (withinTolerance) {
    return { rating: 'amber', reason: `${shownText} is ${side} the ${targetText} target but within ${bandText}.` };
  }
  return {
    rating: 'red',
    reason: band
      ? `${shownText} is ${side} the ${targetText} target and outside ${bandText}.`
      : `${shownText} is ${side} the ${targetText} target, which has no tolerance band.`,
  };
}
