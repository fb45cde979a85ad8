import { describe, expect, it } from 'vitest';
import { whyMonthIsClosed } from './closed-month';

describe('why a month is closed', () => {
  it('says nothing while the month is open', () => {
    expect(whyMonthIsClosed({ month: '2020-11-01', state: 'open' })).toBeNull();
  });

  it('names the month and what happened to it', () => {
    expect(whyMonthIsClosed({ month: '2020-10-01', state: 'published' })).toBe(
      'October 2020 has been published, so its figures can no longer be changed.',
    );
    expect(whyMonthIsClosed({ month: '2020-09', state: 'approved' })).toBe(
      'September 2020 has been signed off, so its figures can no longer be changed.',
    );
    expect(whyMonthIsClosed({ month: '2020-11', state: 'in_review' })).toBe(
      'November 2020 is in review, so its figures can no longer be changed.',
    );
  });
});
