// How far back a month's rating, its comparisons and its charts reach. Every query that reads a
// measure's history reads it from here, so no rating ever misses the month it needs.
import { addMonths, financialYearOfMonth, monthKey, toMonthKey } from './months';

/**
 * The first month (as "YYYY-MM") whose entries a month of `financialYear` may need: two months
 * before the previous financial year starts. That covers a three-month average in April (which
 * reaches back to February), the same month last year with its own three-month average, and the
 * whole of last year for "last year" on a trend chart.
 */
export function lookBackStart(financialYear: number): string {
  return addMonths(monthKey(financialYear - 1, 4), -2);
}

/** The months ("YYYY-MM", both ends included) whose entries rating `month` and comparing it need. */
export function ratingWindow(month: string): { from: string; through: string } {
  return { from: lookBackStart(financialYearOfMonth(month)), through: toMonthKey(month) };
}
