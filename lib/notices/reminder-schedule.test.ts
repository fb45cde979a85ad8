import { describe, expect, it } from 'vitest';
import { composeNotice } from './compose-notice';
import { scheduleReminders, type OutstandingEntry, type Recipient, type ReminderRun, type ScheduledMonth } from './reminder-schedule';

const sam: Recipient = { userId: 'sam', name: 'Sam Okafor', email: 'lead.socialcare@tfc.example', remindersOn: true };
const jo: Recipient = { userId: 'jo', name: 'Jo Barnes', email: 'lead.earlyhelp@tfc.example', remindersOn: true };
const kim: Recipient = { userId: 'kim', name: 'Kim Reid', email: 'kim@tfc.example', remindersOn: false };
const priya: Recipient = { userId: 'priya', name: 'Priya Shah', email: 'admin@tfc.example', remindersOn: true };
const lee: Recipient = { userId: 'lee', name: 'Lee Hart', email: 'lee@tfc.example', remindersOn: false };

const row = (month: string, ref: string, leadUserId: string | null, status: OutstandingEntry['status'] = 'draft'): OutstandingEntry => ({
  month,
  ref,
  title: `Title of ${ref}`,
  status,
  leadUserId,
});

function run(today: string, months: ScheduledMonth[], outstanding: OutstandingEntry[]): ReminderRun {
  return { today, months, outstanding, leads: [sam, jo, kim], admins: [priya, lee] };
}

const keys = (r: ReminderRun) => scheduleReminders(r).map((m) => m.dedupeKey);

describe('reminders around Christmas 2020: December due on Tuesday 29 December (25 and 28 December are bank holidays)', () => {
  const december: ScheduledMonth = { month: '2020-12', dueDate: '2020-12-29', state: 'open' };
  const outstanding = [row('2020-12', 'KPI3', 'sam'), row('2020-12', 'KPI1', 'jo', 'not_started'), row('2020-12', 'SM30', 'kim')];

  it.each([
    ['2020-12-21', 'Monday, four working days before', []],
    ['2020-12-22', 'Tuesday, the third working day before', ['due_soon:2020-12:sam', 'due_soon:2020-12:jo']],
    ['2020-12-23', 'Wednesday, the job missed Tuesday', ['due_soon:2020-12:sam', 'due_soon:2020-12:jo']],
    ['2020-12-24', 'Thursday, the last working day before', ['due_soon:2020-12:sam', 'due_soon:2020-12:jo']],
    ['2020-12-25', 'Christmas Day', []],
    ['2020-12-26', 'Boxing Day, a Saturday', []],
    ['2020-12-27', 'Sunday', []],
    ['2020-12-28', 'the substitute Boxing Day', []],
    ['2020-12-29', 'the due date', ['due_today:2020-12:sam', 'due_today:2020-12:jo']],
    ['2020-12-30', 'the first working day after', ['overdue:2020-12:sam', 'overdue:2020-12:jo', 'overdue_summary:2020-12-30:priya']],
    ['2020-12-31', 'the next day', ['overdue:2020-12:sam', 'overdue:2020-12:jo', 'overdue_summary:2020-12-31:priya']],
    ['2021-01-01', "New Year's Day", []],
    ['2021-01-04', 'the Monday after', ['overdue:2020-12:sam', 'overdue:2020-12:jo', 'overdue_summary:2021-01-04:priya']],
  ])('%s (%s)', (today, _why, expected) => {
    expect(keys(run(today, [december], outstanding))).toEqual(expected);
  });

  it('tells each lead how many working days are left, skipping the holidays', () => {
    const left = (today: string) =>
      scheduleReminders(run(today, [december], outstanding)).map((m) => (m.kind === 'due_soon' ? m.workingDaysLeft : null));
    expect(left('2020-12-22')).toEqual([3, 3]);
    expect(left('2020-12-24')).toEqual([1, 1]);
  });

  it('sends each message once over the whole season, as the outbox keeps one message per key', () => {
    const sent = new Map<string, string>();
    for (let day = Date.parse('2020-12-14'); day <= Date.parse('2021-01-08'); day += 86_400_000) {
      const today = new Date(day).toISOString().slice(0, 10);
      // The job runs twice a day: the second run intends nothing the first did not.
      for (let runs = 0; runs < 2; runs += 1) {
        for (const m of scheduleReminders(run(today, [december], outstanding))) if (!sent.has(m.dedupeKey)) sent.set(m.dedupeKey, today);
      }
    }
    expect(Object.fromEntries(sent)).toEqual({
      'due_soon:2020-12:sam': '2020-12-22',
      'due_soon:2020-12:jo': '2020-12-22',
      'due_today:2020-12:sam': '2020-12-29',
      'due_today:2020-12:jo': '2020-12-29',
      'overdue:2020-12:sam': '2020-12-30',
      'overdue:2020-12:jo': '2020-12-30',
      // One summary a working day from the day after the due date: not on New Year's Day or the weekend.
      'overdue_summary:2020-12-30:priya': '2020-12-30',
      'overdue_summary:2020-12-31:priya': '2020-12-31',
      'overdue_summary:2021-01-04:priya': '2021-01-04',
      'overdue_summary:2021-01-05:priya': '2021-01-05',
      'overdue_summary:2021-01-06:priya': '2021-01-06',
      'overdue_summary:2021-01-07:priya': '2021-01-07',
      'overdue_summary:2021-01-08:priya': '2021-01-08',
    });
  });
});

describe('reminders around Easter 2021: March due on Tuesday 6 April (2 and 5 April are bank holidays)', () => {
  const march: ScheduledMonth = { month: '2021-03', dueDate: '2021-04-06', state: 'open' };
  const outstanding = [row('2021-03', 'KPI4', 'sam', 'not_started')];

  it.each([
    ['2021-03-29', []],
    ['2021-03-30', ['due_soon:2021-03:sam']],
    ['2021-04-01', ['due_soon:2021-03:sam']],
    ['2021-04-02', []],
    ['2021-04-05', []],
    ['2021-04-06', ['due_today:2021-03:sam']],
    ['2021-04-07', ['overdue:2021-03:sam', 'overdue_summary:2021-04-07:priya']],
  ])('%s', (today, expected) => {
    expect(keys(run(today, [march], outstanding))).toEqual(expected);
  });
});

describe('a due date that is not a working day', () => {
  it('on a Sunday: "due today" comes on the Friday before, and overdue on the Monday', () => {
    const february: ScheduledMonth = { month: '2021-02', dueDate: '2021-03-28', state: 'open' };
    const outstanding = [row('2021-02', 'KPI3', 'sam')];
    const on = (today: string) => keys(run(today, [february], outstanding));
    expect(on('2021-03-23')).toEqual([]);
    expect(on('2021-03-24')).toEqual(['due_soon:2021-02:sam']);
    expect(on('2021-03-25')).toEqual(['due_soon:2021-02:sam']);
    expect(on('2021-03-26')).toEqual(['due_today:2021-02:sam']);
    expect(on('2021-03-28')).toEqual([]);
    expect(on('2021-03-29')).toEqual(['overdue:2021-02:sam', 'overdue_summary:2021-03-29:priya']);
    const [friday] = scheduleReminders(run('2021-03-26', [february], outstanding));
    expect(friday).toMatchObject({ kind: 'due_today', sentOn: '2021-03-26', dueDate: '2021-03-28' });
  });

  it('on Easter Monday: "due today" comes on the Thursday before, and overdue on the Tuesday', () => {
    const march: ScheduledMonth = { month: '2021-03', dueDate: '2021-04-05', state: 'open' };
    const outstanding = [row('2021-03', 'KPI3', 'sam')];
    const on = (today: string) => keys(run(today, [march], outstanding));
    expect(on('2021-03-29')).toEqual([]);
    expect(on('2021-03-30')).toEqual(['due_soon:2021-03:sam']);
    expect(on('2021-03-31')).toEqual(['due_soon:2021-03:sam']);
    expect(on('2021-04-01')).toEqual(['due_today:2021-03:sam']);
    expect(on('2021-04-06')).toEqual(['overdue:2021-03:sam', 'overdue_summary:2021-04-06:priya']);
  });
});

describe('who gets a reminder', () => {
  const november: ScheduledMonth = { month: '2020-11-01', dueDate: '2020-12-16', state: 'open' };

  it('only leads with measures not yet submitted, listing only theirs, in the order given', () => {
    const reminders = scheduleReminders(run('2020-12-16', [november], [row('2020-11', 'KPI4', 'sam'), row('2020-11', 'KPI3', 'sam', 'returned')]));
    expect(reminders).toEqual([
      {
        kind: 'due_today',
        recipientUserId: 'sam',
        recipientEmail: 'lead.socialcare@tfc.example',
        dedupeKey: 'due_today:2020-11:sam',
        recipientName: 'Sam Okafor',
        month: '2020-11',
        dueDate: '2020-12-16',
        sentOn: '2020-12-16',
        measures: [
          { ref: 'KPI4', title: 'Title of KPI4', status: 'draft' },
          { ref: 'KPI3', title: 'Title of KPI3', status: 'returned' },
        ],
      },
    ]);
  });

  it('nobody with reminders off; their overdue measures still reach the administrators, as do measures without a lead', () => {
    const outstanding = [row('2020-11', 'SM30', 'kim', 'not_started'), row('2020-11', 'SM31', null, 'not_started')];
    const reminders = scheduleReminders(run('2020-12-17', [november], outstanding));
    expect(reminders.map((m) => m.dedupeKey)).toEqual(['overdue_summary:2020-12-17:priya']);
    expect(reminders[0]).toMatchObject({
      kind: 'overdue_summary',
      recipientEmail: 'admin@tfc.example',
      sentOn: '2020-12-17',
      months: [
        {
          month: '2020-11',
          dueDate: '2020-12-16',
          measures: [
            { ref: 'SM30', title: 'Title of SM30', status: 'not_started', leadName: 'Kim Reid' },
            { ref: 'SM31', title: 'Title of SM31', status: 'not_started', leadName: null },
          ],
        },
      ],
    });
  });

  it('summarises every overdue open month for administrators, and nothing about a month in review', () => {
    const october: ScheduledMonth = { month: '2020-10', dueDate: '2020-11-13', state: 'in_review' };
    const december: ScheduledMonth = { month: '2020-12', dueDate: '2021-01-15', state: 'open' };
    const september: ScheduledMonth = { month: '2020-09', dueDate: '2020-10-15', state: 'open' };
    const outstanding = [row('2020-10', 'KPI1', 'jo', 'returned'), row('2020-11', 'KPI1', 'jo'), row('2020-09', 'KPI4', 'sam'), row('2020-12', 'KPI2', 'jo')];
    const reminders = scheduleReminders(run('2020-12-17', [october, december, november, september], outstanding));
    expect(reminders.map((m) => m.dedupeKey)).toEqual(['overdue:2020-09:sam', 'overdue:2020-11:jo', 'overdue_summary:2020-12-17:priya']);
    const summary = reminders.at(-1);
    expect(summary?.kind === 'overdue_summary' && summary.months.map((m) => m.month)).toEqual(['2020-09', '2020-11']);
  });

  it('nothing at all when every entry is submitted', () => {
    expect(scheduleReminders(run('2020-12-17', [november], []))).toEqual([]);
  });

  it('refuses a measure whose lead was not given, rather than leave them out of every message', () => {
    expect(() => scheduleReminders(run('2020-12-17', [november], [row('2020-11', 'KPI4', 'someone-else')]))).toThrow(/not among the leads given/);
  });

  it('intends messages the composer can write as they stand', () => {
    const [reminder] = scheduleReminders(run('2020-12-14', [november], [row('2020-11', 'KPI4', 'sam')]));
    const message = composeNotice(reminder!, { siteUrl: 'https://pack.tfc.example', organisationName: 'Together for Children' });
    expect(message.subject).toBe('Reminder: your November 2020 figures are due by Wednesday 16 December 2020');
    expect(message.text).toContain('are due in 2 working days, by Wednesday 16 December 2020.');
    expect(message.text).toContain('https://pack.tfc.example/entries/2020-11/KPI4');
  });
});
