import { describe, expect, it } from 'vitest';
import { matchesFilter, parseReviewFilter, REVIEW_FILTERS, type FilterableMeasure } from './review-filters';

const measure = (over: Partial<FilterableMeasure> = {}): FilterableMeasure => ({
  entry: { status: 'submitted' },
  rating: { rating: 'green', judged: false },
  previousRating: null,
  ...over,
});

describe('the review filters', () => {
  it('reads only the filters it knows from the address', () => {
    for (const filter of REVIEW_FILTERS) expect(parseReviewFilter(filter)).toBe(filter);
    expect(parseReviewFilter('everything')).toBeNull();
    expect(parseReviewFilter(['red-amber', 'moved'])).toBeNull();
    expect(parseReviewFilter(undefined)).toBeNull();
  });

  it('shows everything without a filter', () => {
    expect(matchesFilter(measure({ entry: null }), null)).toBe(true);
  });

  it('picks Red and Amber, not Blue or Green', () => {
    expect(matchesFilter(measure({ rating: { rating: 'red', judged: false } }), 'red-amber')).toBe(true);
    expect(matchesFilter(measure({ rating: { rating: 'amber', judged: false } }), 'red-amber')).toBe(true);
    expect(matchesFilter(measure({ rating: { rating: 'blue', judged: false } }), 'red-amber')).toBe(false);
    expect(matchesFilter(measure(), 'red-amber')).toBe(false);
  });

  it('tells not submitted (none or a draft) from returned', () => {
    expect(matchesFilter(measure({ entry: null }), 'not-submitted')).toBe(true);
    expect(matchesFilter(measure({ entry: { status: 'draft' } }), 'not-submitted')).toBe(true);
    expect(matchesFilter(measure({ entry: { status: 'returned' } }), 'not-submitted')).toBe(false);
    expect(matchesFilter(measure({ entry: { status: 'returned' } }), 'returned')).toBe(true);
    expect(matchesFilter(measure(), 'returned')).toBe(false);
  });

  it('picks judged ratings', () => {
    expect(matchesFilter(measure({ rating: { rating: 'green', judged: true } }), 'judged')).toBe(true);
    expect(matchesFilter(measure(), 'judged')).toBe(false);
  });

  it('counts a move between Red, Amber and Green, not to or from Blue', () => {
    expect(matchesFilter(measure({ previousRating: 'amber' }), 'moved')).toBe(true);
    expect(matchesFilter(measure({ previousRating: 'green' }), 'moved')).toBe(false);
    expect(matchesFilter(measure({ previousRating: 'blue' }), 'moved')).toBe(false);
    expect(matchesFilter(measure({ previousRating: null }), 'moved')).toBe(false);
  });
});
