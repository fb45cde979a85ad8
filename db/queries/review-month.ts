// A month as the chief executive reviews it: the rated month, each measure with its rating the
// month before (for "moved a band"), and the month's flags. Five queries however many measures.
import { addMonths, firstDayOf, toMonthKey, type Rating } from '../../lib/rating';
import { signOffFlags } from '../../lib/review/sign-off-flags';
import type { Queryable } from '../client';
import { findPeriodByMonth } from './periods';
import { loadRatedMonth, type RatedMeasure, type RatedPeriod } from './rated-month';

export type ReviewedRow = RatedMeasure & { previousRating: Rating | null };

export async function loadReviewMonth(db: Queryable, period: RatedPeriod) {
  const previousPeriod = await findPeriodByMonth(db, firstDayOf(addMonths(toMonthKey(period.month), -1)));
  // Last month rated as it stood then (its own targets, its own history): the same rating its review showed.
  const [rows, previous] = await Promise.all([loadRatedMonth(db, period), previousPeriod ? loadRatedMonth(db, previousPeriod) : []]);
  const previousByMeasure = new Map(previous.map((row) => [row.measure.id, row.rating.rating]));
  const measures: ReviewedRow[] = rows.map((row) => ({ ...row, previousRating: previousByMeasure.get(row.measure.id) ?? null }));
  return { measures, flags: signOffFlags(measures) };
}
