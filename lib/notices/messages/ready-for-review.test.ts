import { describe, expect, it } from 'vitest';
import { composeReadyForReview } from './ready-for-review';

describe('the notice that a month is ready for review', () => {
  it('tells the executive every entry is in, with a link to the review page', () => {
    const m = composeReadyForReview(
      { recipientName: 'Alex Morgan', month: '2020-11', measureCount: 32 },
      { siteUrl: 'https://pack.tfc.example', organisationName: 'Together for Children' },
    );
    expect(m.subject).toBe('November 2020 is ready for your review');
    expect(m.text).toContain('Every entry for November 2020 has been submitted: 32 measures. The month is ready for your review.');
    expect(m.text).toContain('Review November 2020:\nhttps://pack.tfc.example/review/2020-11');
    expect(m.html).toContain('href="https://pack.tfc.example/review/2020-11"');
    expect(m.text).toContain('because you review and sign off each month’s figures at Together for Children.');
    expect(m.text).toContain('cannot be turned off');
  });
});
