// What `npm run reminders` says: the sentences the script test does not reach (today's date from
// the clock, no reminders due, a mail server that refuses), and its arguments.
import { describe, expect, it } from 'vitest';
import type { RemindersReport } from '../lib/notices/run-reminders';
import { isCalendarDate, parseRemindersArgs, UsageError } from './reminders-args';
import { deliverySentences, remindersSentences } from './reminders-report';

const report = (over: Partial<RemindersReport>): RemindersReport => ({ today: '2020-12-29', notWorkingDay: null, reminders: [], intended: 0, new: 0, ...over });

describe('what npm run reminders says', () => {
  it('names today as today when the date is the clock’s', () => {
    expect(remindersSentences(report({ intended: 12, new: 12 }), { dryRun: false, given: false })).toEqual([
      '12 reminders due today, Tuesday 29 December 2020: 12 new, 0 already sent or queued.',
    ]);
    expect(remindersSentences(report({ intended: 1, new: 0 }), { dryRun: false, given: true })).toEqual([
      '1 reminder due on Tuesday 29 December 2020: 0 new, 1 already sent or queued.',
    ]);
    expect(remindersSentences(report({}), { dryRun: false, given: false })).toEqual(['No reminders are due today, Tuesday 29 December 2020.']);
    expect(remindersSentences(report({ today: '2020-12-25', notWorkingDay: 'Christmas Day, a bank holiday' }), { dryRun: true, given: false })).toEqual([
      'No reminders today, Friday 25 December 2020: it is not a working day (Christmas Day, a bank holiday). Nothing was written (--dry-run).',
    ]);
  });

  it('says what the mail server took, what stays to be tried again and what it refused for good', () => {
    expect(deliverySentences({ sent: 1, retrying: 2, failed: 1, held: 0 }, true)).toEqual([
      'Sent 1 message from the outbox.',
      "2 messages could not be sent yet and stay in the outbox, to be tried again by the server's mail worker or the next run.",
      '1 message refused for good by the mail server: the outbox page says why.',
    ]);
    expect(deliverySentences({ sent: 0, retrying: 0, failed: 0, held: 0 }, true)).toEqual(['Nothing was waiting in the outbox to send.']);
    expect(deliverySentences({ sent: 0, retrying: 0, failed: 0, held: 1 }, false)).toEqual([
      '1 message held in the outbox, not sent: no mail server is configured (SMTP_URL, MAIL_FROM).',
    ]);
  });
});

describe('the arguments of npm run reminders', () => {
  it('takes a real date and --dry-run, and nothing else', () => {
    expect(parseRemindersArgs([])).toEqual({ help: false, date: null, dryRun: false });
    expect(parseRemindersArgs(['--date', '2020-12-29', '--dry-run'])).toEqual({ help: false, date: '2020-12-29', dryRun: true });
    expect(() => parseRemindersArgs(['--date', '29/12/2020'])).toThrow(UsageError);
    expect(() => parseRemindersArgs(['--month', '2020-11'])).toThrow(UsageError);
    expect([isCalendarDate('2020-02-29'), isCalendarDate('2021-02-29'), isCalendarDate('2020-12-32'), isCalendarDate('2020-1-01')]).toEqual([true, false, false, false]);
  });
});
