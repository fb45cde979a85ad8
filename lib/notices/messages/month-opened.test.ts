import { describe, expect, it } from 'vitest';
import { composeMonthOpened } from './month-opened';

const context = { siteUrl: 'https://pack.tfc.example', organisationName: 'Together for Children' };

describe('the notice that a month is open', () => {
  const message = composeMonthOpened(
    {
      recipientName: 'Sam Okafor',
      month: '2020-11',
      dueDate: '2020-12-16',
      measures: [
        { ref: 'KPI3', title: 'Re-referrals within 12 months' },
        { ref: 'SM6', title: 'Children in care with an up-to-date plan & review' },
      ],
    },
    context,
  );

  it('tells the lead which measures to fill in, by when, with a link to their month', () => {
    expect(message.subject).toBe('November 2020 is open: your figures are due by Wednesday 16 December 2020');
    expect(message.text).toContain('Dear Sam Okafor,');
    expect(message.text).toContain('your 2 measures by Wednesday 16 December 2020:');
    expect(message.text).toContain('- KPI3 Re-referrals within 12 months\n- SM6 Children in care with an up-to-date plan & review');
    expect(message.text).toContain('Enter your figures for November 2020:\nhttps://pack.tfc.example/my-measures?month=2020-11');
    expect(message.html).toContain('href="https://pack.tfc.example/my-measures?month=2020-11"');
    expect(message.html).toContain('<li style="margin:0 0 4px">SM6 Children in care with an up-to-date plan &amp; review</li>');
  });

  it('says why it was sent, and that it cannot be turned off', () => {
    expect(message.text).toContain('You are receiving this because you are the lead for these measures in November 2020.');
    expect(message.text).toContain('cannot be turned off');
    expect(message.text).toContain('ask an administrator of Performance Pack at Together for Children');
    expect(message.text).not.toContain('/account/notices');
  });

  it('is written without exclamation marks', () => {
    expect(message.text).not.toContain('!');
  });
});
