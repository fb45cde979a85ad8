// Which value is rated, by the measure's basis, and where a judgement may stand.
import { formatFixed, meanDecimal, parseDecimal, type Decimal } from '../decimal';
import { ratingLabel } from './format';
import { financialYearOf, monthKey, monthLabel, monthName, parseMonth, shiftMonth } from './months';
import { rateValue, shownFigure, usableDecimals } from './rate-value';
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

/** Which figure a rating was worked out from. */
export type RatedFigureKind = 'month' | 'ytd' | 'quarter' | 'average';

/**
 * The figure a rating was worked out from, as it is printed beside the rating: fed back through
 * `rateValue` with the same target it gives the same colour (rate-entry.test.ts proves it).
 */
export type RatedFigure = {
  /** At the measure's decimals, with its unit: "24.0%", "339". */
  figure: string;
  /** What the figure is: "Year to date", "Quarter to September 2020", "Average of August to October 2020", "October 2020". */
  label: string;
  /** 'month' where it is the month's own figure (monthly and annual measures). */
  kind: RatedFigureKind;
};

export type EntryRating = RatingResult & {
  /** True where a person's judgement stands in place of the rule. */
  judged: boolean;
  /** The figure the rule rated; null where nothing was rated (Blue, not rated, or judged). */
  rated: RatedFigure | null;
};

type RuleResult = RatingResult & { rated: RatedFigure | null };

const blue = (reason: string): RuleResult => ({ rating: 'blue', reason, rated: null });

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
function rateByRule({ measure, target, month, entry, earlier = [] }: RateEntryInput): RuleResult {
  const when = parseMonth(month);
  if (!when) return blue(`"${month}" is not a month, so nothing can be rated.`);
  const label = monthLabel(when);
  const byMonth = new Map(earlier.flatMap((e) => {
    const m = parseMonth(e.month);
    return m ? [[monthKey(m.year, m.month), e] as const] : [];
  }));
  const find = (year: number, monthNumber: number) =>
    year === when.year && monthNumber === when.month ? entry : byMonth.get(monthKey(year, monthNumber));
  // The rule's answer, with the figure it read as printed, wherever it gave a colour.
  const rate = (value: string | null, figureLabel: string, kind: RatedFigureKind): RuleResult => {
    const result = rateValue({ value, target: target?.target, tolerance: target?.toleranceEdge, ...measure });
    const figure = shownFigure(value, measure.decimals, measure.unit);
    const coloured = result.rating !== 'blue' && result.rating !== 'none' && figure !== null;
    return { ...result, rated: coloured ? { figure, label: figureLabel, kind } : null };
  };

  if (!target?.target || measure.polarity === 'none') return rate(null, label, 'month');

  switch (measure.basis) {
    case 'monthly': {
      const value = usableValue(entry, 'value');
      return value === null ? blue(missingReason(entry, label)) : rate(value, label, 'month');
    }
    case 'ytd': {
      const value = usableValue(entry, 'ytdValue');
      if (value !== null) return prefixed('Year to date', rate(value, 'Year to date', 'ytd'));
      const reason = entry?.availability === 'available' || !entry
        ? `No year-to-date figure has been entered for ${label}.`
        : missingReason(entry, label);
      return blue(reason);
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
        if (value === null) return blue(missingReason(quarterEntry, quarterLabel));
        return prefixed(`For ${quarterLabel}`, rate(value, `Quarter to ${monthLabel(m)}`, 'quarter'));
      }
      return blue(`No quarter of the year has ended by ${label}.`);
    }
    case 'annual': {
      const due = measure.annualMonth ?? 3;
      if (when.month !== due) {
        return blue(`Rated once a year, in ${monthName(due)}; no figure is rated in ${label}.`);
      }
      const value = usableValue(entry, 'value');
      return value === null ? blue(missingReason(entry, label)) : rate(value, label, 'month');
    }
    case 'rolling3m': {
      const values: Decimal[] = [];
      for (let back = 2; back >= 0; back--) {
        const m = shiftMonth(when.year, when.month, -back);
        const value = parseDecimal(usableValue(find(m.year, m.month), 'value'));
        if (!value) {
          return blue(`The three-month average needs a figure for each of ${threeMonths(when)}; ${monthLabel(m)} has none.`);
        }
        values.push(value);
      }
      const places = usableDecimals(measure.decimals);
      const mean = meanDecimal(values, places)!;
      const average = `Average of ${threeMonths(when)}`;
      return prefixed(average, rate(formatFixed(mean, places), average, 'average'));
    }
  }
}

function threeMonths(when: { year: number; month: number }): string {
  const first = shiftMonth(when.year, when.month, -2);
  const firstYear = first.year === when.year ? '' : ` ${first.year}`;
  return `${monthName(first.month)}${firstYear} to ${monthName(when.month)} ${when.year}`;
}

function prefixed(prefix: string, result: RuleResult): RuleResult {
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
    return { rating: judged, reason: `Judged ${ratingLabel(judged)}: ${justification}`, judged: true, rated: null };
  }
  return { ...byRule, judged: false };
}

/** True where the rule allows a judged rating to stand for this month. */
export function judgementAllowed(input: RateEntryInput): boolean {
  const rating = rateByRule(input).rating;
  return rating === 'blue' || rating === 'none';
}
