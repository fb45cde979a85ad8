import { describe, expect, it } from 'vitest';
import { composeDueToday } from './due-today';

const context = { siteUrl: 'https://pack.tfc.example', organisationName: 'Together for Children' };
const measures = [{ ref: 'KPI1', title: 'Contacts <b>decided</b> within 1 working day', status: 'returned' as const }];

describe('the reminder on the due date', () => {
  it('says the figures are due today', () => {
    const m = composeDueToday({ recipientName: 'Jo Barnes', month: '2020-11', dueDate: '2020-12-16', sentOn: '2020-12-16', measures }, context);
    expect(m.subject).toBe('Your November 2020 figures are due today');
    expect(m.text).toContain('Your figures for November 2020 are due today, Wednesday 16 December 2020.');
    expect(m.text).toContain('- KPI1 Contacts <b>decided</b> within 1 working day (returned to you)\n  https://pack.tfc.example/entries/2020-11/KPI1');
    expect(m.html).toContain('KPI1 Contacts &lt;b&gt;decided&lt;/b&gt; within 1 working day</a> (returned to you)');
    expect(m.text).toContain('turn them off at https://pack.tfc.example/account/notices');
  });

  it('sent on the last working day before a due date that is not one, it says so, not "today"', () => {
    const m = composeDueToday({ recipientName: 'Jo Barnes', month: '2021-02', dueDate: '2021-03-28', sentOn: '2021-03-26', measures }, context);
    expect(m.subject).toBe('Your February 2021 figures are due by Sunday 28 March 2021');
    expect(m.text).toContain('due by Sunday 28 March 2021. Today is the last working day before then.');
    expect(m.text).not.toContain('due today');
  });
});
