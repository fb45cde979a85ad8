// The rating layer: every Red, Amber, Green or Blue in the product comes from here, with its reason.
// No framework and no database, so the form preview in the browser, the server checks, the review
// page, the pack and the exports all call the same code.
import type { Rating } from './types';

export type * from './types';
export { rateValue, shownFigure, type RateValueInput } from './rate-value';
export {
  rateEntry,
  judgementAllowed,
  type EntryFigures,
  type EntryRating,
  type MeasureRules,
  type RateEntryInput,
  type RatedFigure,
  type RatedFigureKind,
  type TargetRules,
} from './rate-entry';
export { rateMeasureForMonth } from './rate-month';
export { DIRECTION_WORDS, directionOfTravel, directionsOfTravel, type Direction, type DirectionsOfTravel } from './direction';
export {
  formatAvailability,
  formatEntryFigure,
  formatFigure,
  formatFigureWithSecondary,
  formatThreshold,
  formatTolerance,
  formatYearToDate,
  ratingLabel,
  ratingLetter,
} from './format';
export {
  MONTH_PATTERN,
  addMonths,
  financialYearLabel,
  financialYearOf,
  financialYearOfMonth,
  firstDayOf,
  formatDateTime,
  formatLongDate,
  monthKey,
  monthLabel,
  monthName,
  parseMonth,
  shiftMonth,
  toMonthKey,
} from './months';
export { lookBackStart, ratingWindow } from './window';

/** Amber and Red need commentary and an improvement action before they can be submitted. */
export function needsCommentary(rating: Rating): boolean {
  return rating === 'amber' || rating === 'red';
}
