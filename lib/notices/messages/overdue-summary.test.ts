import { describe, expect, it } from 'vitest';
import { composeOverdueSummary } from './overdue-summary';

const context = { siteUrl: 'https://pack.tfc.example', organisationName: 'Together for Children' };

describe('the daily summary of overdue figures for administrators', () => {
  const m = composeOverdueSummary(
    {
      recipientName: 'Priya Shah',
      sentOn: '2021-01-04',
      months: [
        {
          month: '2020-11',
          dueDate: '2020-12-16',
          measures: [{ ref: 'KPI4', title: 'Assessments in time', status: 'draft', leadName: 'Sam <Okafor>' }],
        },
        {
          month: '2020-12',
          dueDate: '2020-12-29',
          measures: [
            { ref: 'KPI1', title: 'Contacts decided', status: 'not_started', leadName: 'Jo Barnes' },
            { ref: 'SM30', title: 'Agency social workers', status: 'not_started', leadName: null },
          ],
        },
      ],
    },
    context,
  );

  it('counts the overdue measures across months in the subject', () => {
    expect(m.subject).toBe('Overdue figures on Monday 4 January 2021: 3 measures in November 2020 and December 2020');
  });

  it('lists, per month, each overdue measure with its lead and where it stands', () => {
    expect(m.text).toContain(
      'November 2020: due by Wednesday 16 December 2020\n\n- KPI4 Assessments in time (lead: Sam <Okafor>; draft saved, not submitted)\n  https://pack.tfc.example/entries/2020-11/KPI4',
    );
    expect(m.text).toContain('- KPI1 Contacts decided (lead: Jo Barnes; not started)');
    expect(m.text).toContain('- SM30 Agency social workers (no lead; not started)');
    expect(m.html).toContain('(lead: Sam &lt;Okafor&gt;; draft saved, not submitted)');
    expect(m.html).toContain('<h2 style="margin:24px 0 8px;font-size:18px;line-height:1.3">December 2020: due by Tuesday 29 December 2020</h2>');
    expect(m.text).toContain('See every month’s progress:\nhttps://pack.tfc.example/admin/months');
  });

  it('says it goes to administrators and can be turned off', () => {
    expect(m.text).toContain('because you are an administrator of Performance Pack at Together for Children.');
    expect(m.text).toContain('turn them off at https://pack.tfc.example/account/notices');
  });
});
