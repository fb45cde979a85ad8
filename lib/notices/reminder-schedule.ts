// Which reminders one run of the daily reminders job should send. Pure: it is given the day, the
// months, what is not yet submitted and who wants reminders, and returns the messages it intends.
// It does not know what earlier runs sent. Each message carries a dedupe key that names what it is
// about, not when it was decided, and the outbox keeps one message per key; so a run that comes
// twice in a day, or every day of a reminder's window, sends each message once.
//
// The rules, all on working days in England and Wales (lib/notices/working-days.ts):
// - Nothing is sent on a weekend or bank holiday, and nothing about a month that is not open.
// - due_soon: to a lead with measures not yet submitted, once per month, on any working day from
//   the third working day before the due date until the day before due_today's day. A job that
//   missed the third day still sends it, once; it says how many working days are left.
// - due_today: on the due date; when that is not a working day, on the last working day before it
//   (a Friday for a Sunday due date), because a reminder after the due date would already be late.
// - overdue: to a lead, once per month, on the first working day after the due date on which the
//   month is open and they still have measures not yet submitted.
// - overdue_summary: to each administrator, once per working day while any open month has overdue
//   measures, with every such measure, whoever leads it (or nobody).
// - A lead or administrator with reminders turned off gets none of these; their measures still
//   appear in the administrators' summary.
import type { PeriodState } from '../auth/policy';
import type { NoticeOf } from './compose-notice';
import type { ReminderKind } from './kinds';
import type { OverdueMonth } from './messages/overdue-summary';
import type { OutstandingMeasure, OutstandingStatus } from './messages/words';
import { toMonthKey } from '../rating/months';
import { isWorkingDay, lastWorkingDayOnOrBefore, workingDaysAfter, workingDaysBefore } from './working-days';

/** How many working days before the due date the first reminder goes. */
export const DUE_SOON_WORKING_DAYS = 3;

/** `month` is "2020-11" (or the periods table's "2020-11-01"). */
export type ScheduledMonth = { month: string; dueDate: string; state: PeriodState };

export type Recipient = { userId: string; name: string; email: string; remindersOn: boolean };

/** An active measure's entry for an open month that is not submitted (none yet, a draft, or returned). */
export type OutstandingEntry = {
  month: string;
  ref: string;
  title: string;
  status: OutstandingStatus;
  /** The measure's lead; null when it has none. */
  leadUserId: string | null;
};

export type ReminderRun = {
  /** The council's today (todayInLondon()). */
  today: string;
  months: readonly ScheduledMonth[];
  /** In the order the messages should list them (the pack's order); rows of months not given are ignored. */
  outstanding: readonly OutstandingEntry[];
  /** Every lead `outstanding` names, with reminders off for anyone who should get none (an inactive account). */
  leads: readonly Recipient[];
  admins: readonly Recipient[];
};

type Addressed = { recipientUserId: string; recipientEmail: string; dedupeKey: string };

/** A message the run intends: the notice for composeNotice(), where it goes, and its dedupe key. */
export type IntendedReminder = { [K in ReminderKind]: NoticeOf<K> & Addressed }[ReminderKind];

const to = (person: Recipient, dedupeKey: string): Addressed => ({ recipientUserId: person.userId, recipientEmail: person.email, dedupeKey });

const asListed = ({ ref, title, status }: OutstandingEntry): OutstandingMeasure => ({ ref, title, status });

/** The reminder a lead is due about one month today, if any. */
function leadReminder(today: string, month: ScheduledMonth, lead: Recipient, measures: OutstandingMeasure[]): IntendedReminder | null {
  const { month: key, dueDate } = month;
  const base = { recipientName: lead.name, month: key, dueDate, measures };
  const dueTodayOn = lastWorkingDayOnOrBefore(dueDate);
  if (today === dueTodayOn) {
    return { kind: 'due_today', ...base, sentOn: today, ...to(lead, `due_today:${key}:${lead.userId}`) };
  }
  if (today >= workingDaysBefore(dueDate, DUE_SOON_WORKING_DAYS) && today < dueTodayOn) {
    return { kind: 'due_soon', ...base, workingDaysLeft: workingDaysAfter(today, dueDate), ...to(lead, `due_soon:${key}:${lead.userId}`) };
  }
  if (today > dueDate) return { kind: 'overdue', ...base, ...to(lead, `overdue:${key}:${lead.userId}`) };
  return null;
}

export function scheduleReminders(run: ReminderRun): IntendedReminder[] {
  const { today } = run;
  const leads = new Map(run.leads.map((lead) => [lead.userId, lead]));
  // A row naming a lead the caller did not give is a bug in the caller's query: say so on every
  // run, not only once the month is overdue and the summary needs the name.
  for (const row of run.outstanding) {
    if (row.leadUserId !== null && !leads.has(row.leadUserId)) {
      throw new Error(`${row.ref} in ${row.month} names lead ${row.leadUserId}, who is not among the leads given`);
    }
  }
  if (!isWorkingDay(today)) return [];
  // Months as "YYYY-MM", whether the caller read them as that or as the periods table's "YYYY-MM-01".
  const open = run.months
    .filter((m) => m.state === 'open')
    .map((m) => ({ ...m, month: toMonthKey(m.month) }))
    .toSorted((a, b) => a.month.localeCompare(b.month));
  const outstanding = run.outstanding.map((row) => ({ ...row, month: toMonthKey(row.month) }));

  const intended: IntendedReminder[] = [];
  const overdueMonths: OverdueMonth[] = [];
  for (const month of open) {
    const rows = outstanding.filter((row) => row.month === month.month);
    if (rows.length === 0) continue;
    for (const lead of run.leads) {
      if (!lead.remindersOn) continue;
      const theirs = rows.filter((row) => row.leadUserId === lead.userId).map(asListed);
      const reminder = theirs.length ? leadReminder(today, month, lead, theirs) : null;
      if (reminder) intended.push(reminder);
    }
    if (today > month.dueDate) {
      overdueMonths.push({
        month: month.month,
        dueDate: month.dueDate,
        measures: rows.map((row) => ({ ...asListed(row), leadName: row.leadUserId === null ? null : (leads.get(row.leadUserId)?.name ?? null) })),
      });
    }
  }

  if (overdueMonths.length) {
    for (const admin of run.admins) {
      if (!admin.remindersOn) continue;
      intended.push({
        kind: 'overdue_summary',
        recipientName: admin.name,
        sentOn: today,
        months: overdueMonths,
        ...to(admin, `overdue_summary:${today}:${admin.userId}`),
      });
    }
  }
  return intended;
}
