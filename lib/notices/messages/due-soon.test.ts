import { describe, expect, it } from 'vitest';
import { composeDueSoon } from './due-soon';

const context = { siteUrl: 'https://pack.tfc.example', organisationName: 'Together for Children' };
const measures = [
  { ref: 'KPI4', title: 'Assessments completed within 45 working days', status: 'draft' as const },
  { ref: 'SM14', title: 'Early help assessments', status: 'not_started' as const },
];

describe('the reminder before the due date', () => {
  it('lists what is not yet submitted, each linked to its entry', () => {
    const m = composeDueSoon({ recipientName: 'Jo Barnes', month: '2020-12', dueDate: '2020-12-29', workingDaysLeft: 3, measures }, context);
    expect(m.subject).toBe('Reminder: your December 2020 figures are due by Tuesday 29 December 2020');
    expect(m.text).toContain('Your figures for December 2020 are due in 3 working days, by Tuesday 29 December 2020.');
    expect(m.text).toContain('2 measures of yours are not yet submitted:');
    expect(m.text).toContain('- KPI4 Assessments completed within 45 working days (draft saved, not submitted)\n  https://pack.tfc.example/entries/2020-12/KPI4');
    expect(m.text).toContain('- SM14 Early help assessments (not started)\n  https://pack.tfc.example/entries/2020-12/SM14');
    expect(m.html).toContain('href="https://pack.tfc.example/entries/2020-12/SM14"');
    expect(m.html).toContain('href="https://pack.tfc.example/my-measures?month=2020-12"');
  });

  it('says how soon when it comes late, never "three" when it is one', () => {
    const m = composeDueSoon({ recipientName: 'Jo Barnes', month: '2020-12', dueDate: '2020-12-29', workingDaysLeft: 1, measures: measures.slice(0, 1) }, context);
    expect(m.text).toContain('are due on the next working day, by Tuesday 29 December 2020.');
    expect(m.text).toContain('1 measure of yours is not yet submitted:');
  });

  it('is a reminder, so it says how to turn reminders off', () => {
    const m = composeDueSoon({ recipientName: 'Jo Barnes', month: '2020-12', dueDate: '2020-12-29', workingDaysLeft: 3, measures }, context);
    expect(m.text).toContain('because you are the lead for these measures in December 2020 and they are not yet submitted.');
    expect(m.text).toContain('turn them off at https://pack.tfc.example/account/notices.');
    expect(m.html).toContain('<a href="https://pack.tfc.example/account/notices" style="color:#1d70b8;text-decoration:underline">https://pack.tfc.example/account/notices</a>');
  });
});
