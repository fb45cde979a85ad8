// Which value is rated, by the measure's basis, and where a judgement may stand.
import { formatFixed, meanDecimal, parseDecimal, type Decimal } from '../decimal';
import { ratingLabel } from './format';
import { financialYearOf, monthKey, monthLabel, monthName, parseMonth, shiftMonth } from './months';
import { rateValue, usableDecimals } from './rate-value';
import type { Availability, JudgedRating, Polarity, RatingBasis, RatingResult, Unit } from './types';

export type EntryFigures = {
  /** The month reported on: "2020-10" or "2020-10-01". */
  month: string;
  value: string | null;
  ytdValue?: string | null;
  availability: Availability;
  judgedRating?: JudgedRating | null;
  judgedJustification?: string | null;
};

export type MeasureRules = {
  unit: Unit;
  decimals: number;
  polarity: Polarity;
  basis: RatingBasis;
  /** For an annual measure, the month (1–12) its figure arrives. */
  annualMonth?: number | null;
};

export type TargetRules = { target: string | null; toleranceEdge: string | null } | null | undefined;

export type EntryRating = RatingResult & {
  /** True where a person's judgement stands in place of the rule. */
  judged: boolean;
};

export type RateEntryInput = {
  measure: MeasureRules;
  target: TargetRules;
  /** The month being rated. */
  month: string;
  /** This month's entry, if there is one. */
  entry: EntryFigures | null | undefined;
  /** Other months' entries (earlier months of the year, and before it for a rolling average). */
  earlier?: readonly EntryFigures[];
};

const QUARTER_ENDS = new Set([3, 6, 9, 12]);

function missingReason(entry: EntryFigures | null | undefined, when: string): string {
  switch (entry?.availability) {
    case 'not_available':
      return `No figure is available for ${when}.`;
    case 'not_applicable':
      return `The measure does not apply in ${when}.`;
    case 'not_due':
      return `No figure is due for ${when}.`;
    default:
      return `No figure has been entered for ${when}.`;
  }
}

function usableValue(entry: EntryFigures | null | undefined, field: 'value' | 'ytdValue'): string | null {
  if (!entry || entry.availability !== 'available') return null;
  return entry[field] ?? null;
}

/** Rates the measure for the month by the rule alone. */
function rateByRule({ measure, target, month, entry, earlier = [] }: RateEntryInput): RatingResult {
  const when = parseMonth(month);
  if (!when) return { rating: 'blue', reason: `"${month}" is not a month, so nothing can be rated.` };
  const label = monthLabel(when);
  const byMonth = new Map(earlier.flatMap((e) => {
    const m = parseMonth(e.month);
    return m ? [[monthKey(m.year, m.month), e] as const] : [];
  }));
  const find = (year: number, monthNumber: number) =>
    year === when.year && monthNumber === when.month ? entry : byMonth.get(monthKey(year, monthNumber));
  const rate = (value: string | null) =>
    rateValue({ value, target: target?.target, tolerance: target?.toleranceEdge, ...measure });

  if (!target?.target || measure.polarity === 'none') return rate(null);

  switch (measure.basis) {
    case 'monthly': {
      const value = usableValue(entry, 'value');
      return value === null ? { rating: 'blue', reason: missingReason(entry, label) } : rate(value);
    }
    case 'ytd': {
      const value = usableValue(entry, 'ytdValue');
      if (value !== null) return prefixed('Year to date', rate(value));
      const reason = entry?.availability === 'available' || !entry
        ? `No year-to-date figure has been entered for ${label}.`
        : missingReason(entry, label);
      return { rating: 'blue', reason };
    }
    case 'quarterly': {
      const fy = financialYearOf(when.year, when.month);
      for (let back = 0; back < 3; back++) {
        const m = shiftMonth(when.year, when.month, -back);
        if (financialYearOf(m.year, m.month) !== fy) break;
        if (!QUARTER_ENDS.has(m.month)) continue;
        const quarterLabel = `the quarter to ${monthLabel(m)}`;
        const quarterEntry = find(m.year, m.month);
        const value = usableValue(quarterEntry, 'value');
        if (value === null) return { rating: 'blue', reason: missingReason(quarterEntry, quarterLabel) };
        return prefixed(`For ${quarterLabel}`, rate(value));
      }
      return { rating: 'blue', reason: `No quarter of the year has ended by ${label}.` };
    }
    case 'annual': {
      const due = measure.annualMonth ?? 3;
      if (when.month !== due) {
        return { rating: 'blue', reason: `Rated once a year, in ${monthName(due)}; no figure is rated in ${label}.` };
      }
      const value = usableValue(entry, 'value');
      return value === null ? { rating: 'blue', reason: missingReason(entry, label) } : rate(value);
    }
    case 'rolling3m': {
      const values: Decimal[] = [];
      for (let back = 2; back >= 0; back--) {
        const m = shiftMonth(when.year, when.month, -back);
        const value = parseDecimal(usableValue(find(m.year, m.month), 'value'));
        if (!value) {
          return {
            rating: 'blue',
            reason: `The three-month average needs a figure for each of ${threeMonths(when)}; ${monthLabel(m)} has none.`,
          };
        }
        values.push(value);
      }
      const places = usableDecimals(measure.decimals);
      const mean = meanDecimal(values, places)!;
      return prefixed(`Average of ${threeMonths(when)}`, rate(formatFixed(mean, places)));
    }
  }
}

function threeMonths(when: { year: number; month: number }): string {
  const first = shiftMonth(when.year, when.month, -2);
  const firstYear = first.year === when.year ? '' : ` ${first.year}`;
  return `${monthName(first.month)}${firstYear} to ${monthName(when.month)} ${when.year}`;
}

function prefixed(prefix: string, result: RatingResult): RatingResult {
  if (result.rating === 'none' || result.rating === 'blue') return result;
  return { ...result, reason: `${prefix}: ${result.reason}` };
}

/**
 * The rating of one measure in one month, from its basis, with its reason. A judged rating (with
 * its justification) stands only where the rule gives Blue or no rating, and is marked as judged.
 */
export function rateEntry(input: RateEntryInput): EntryRating {
  const byRule = rateByRule(input);
  const judged = input.entry?.judgedRating;
  const justification = input.entry?.judgedJustification?.trim();
  if (judged && justification && (byRule.rating === 'blue' || byRule.rating === 'none')) {
    return { rating: judged, reason: `Judged ${ratingLabel(judged)}: ${justification}`, judged: true };
  }
  return { ...byRule, judged: false };
}

/** True where the rule allows a judged rating to stand for this month. */
export function judgementAllowed(input: RateEntryInput): boolean {
  const rating = rateByRule(input).rating;
  return rating === 'blue' || rating === 'none';
}
