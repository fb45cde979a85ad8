// The review page's filters (`/review/2020-11?show=red-amber`): which measures the chief executive
// looks at. Applied on the server to the rated month, so the page sends only what is shown.
import type { Rating } from '../rating';
import { movedBand } from './sign-off-flags';

export const REVIEW_FILTERS = ['red-amber', 'not-submitted', 'returned', 'judged', 'moved'] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

export const FILTER_WORDS: Record<ReviewFilter, string> = {
  'red-amber': 'Red or Amber',
  'not-submitted': 'Not submitted',
  returned: 'Returned',
  judged: 'Judged ratings',
  moved: 'Moved a rating band since last month',
};

/** A measure of the month as the filters read it. */
export type FilterableMeasure = {
  entry: { status: 'draft' | 'submitted' | 'returned' } | null;
  rating: { rating: Rating; judged: boolean };
  previousRating?: Rating | null;
};

/** The filter asked for in the address, or null (everything) for none or anything unknown. */
export function parseReviewFilter(value: unknown): ReviewFilter | null {
  return typeof value === 'string' && (REVIEW_FILTERS as readonly string[]).includes(value) ? (value as ReviewFilter) : null;
}

export function matchesFilter(measure: FilterableMeasure, filter: ReviewFilter | null): boolean {
  switch (filter) {
    case null:
      return true;
    case 'red-amber':
      return measure.rating.rating === 'red' || measure.rating.rating === 'amber';
    case 'not-submitted':
      // Returned entries have their own filter; "not submitted" is what was never handed in.
      return !measure.entry || measure.entry.status === 'draft';
    case 'returned':
      return measure.entry?.status === 'returned';
    case 'judged':
      return measure.rating.judged;
    case 'moved':
      return movedBand(measure.previousRating, measure.rating.rating);
  }
}
