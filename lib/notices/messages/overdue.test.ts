import { describe, expect, it } from 'vitest';
import { composeOverdue } from './overdue';

const context = { siteUrl: 'https://pack.tfc.example', organisationName: 'Together for Children' };

describe('the overdue notice to a lead', () => {
  it('says when the figures were due, lists what is missing and asks for it', () => {
    const m = composeOverdue(
      {
        recipientName: 'Sam Okafor',
        month: '2021-03',
        dueDate: '2021-04-06',
        measures: [
          { ref: 'KPI3', title: 'Re-referrals', status: 'draft' },
          { ref: 'KPI4', title: 'Assessments in time', status: 'not_started' },
        ],
      },
      context,
    );
    expect(m.subject).toBe('Your March 2021 figures are overdue');
    expect(m.text).toContain('Your figures for March 2021 were due by Tuesday 6 April 2021. 2 measures of yours are not yet submitted:');
    expect(m.text).toContain('https://pack.tfc.example/entries/2021-03/KPI4');
    expect(m.text).toContain('Please submit them as soon as you can.');
    expect(m.text).toContain('turn them off at https://pack.tfc.example/account/notices');
  });

  it('speaks of one measure as "it"', () => {
    const m = composeOverdue({ recipientName: 'Sam Okafor', month: '2021-03', dueDate: '2021-04-06', measures: [{ ref: 'KPI3', title: 'Re-referrals', status: 'draft' }] }, context);
    expect(m.text).toContain('1 measure of yours is not yet submitted:');
    expect(m.text).toContain('Please submit it as soon as you can.');
  });
});
