// One run of the daily reminders job (`npm run reminders`): read what is outstanding, decide the
// day's reminders (reminder-schedule.ts), put them in words and write them to the outbox, all in
// one transaction. The outbox keeps one message per dedupe key, so a second run on the same day,
// or a run on every day of a reminder's window, writes nothing it wrote before. Sending is the
// mail worker's (lib/mail/worker.ts).
import { inArray } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { enqueueMessages } from '../../db/queries/outbox';
import { loadReminderRun } from '../../db/queries/reminder-run';
import { outboxMessages } from '../../db/schema';
import { composeNotice, type NoticeContext } from './compose-notice';
import type { ReminderKind } from './kinds';
import { scheduleReminders } from './reminder-schedule';
import { whyNotWorkingDay } from './working-days';

export type RunRemindersOptions = NoticeContext & {
  /** The council's date the run acts on ("2020-12-29"): todayInLondon(), or a date to check. */
  today: string;
  /** Decide and compose, and say what would be new, writing nothing. */
  dryRun?: boolean;
};

/** One reminder the run intends, as the operator reads it. */
export type PlannedReminder = {
  kind: ReminderKind;
  recipientName: string;
  recipientEmail: string;
  subject: string;
  dedupeKey: string;
  /** Written by an earlier run (sent, queued or held): this run does not write it again. */
  alreadyInOutbox: boolean;
};

export type RemindersReport = {
  today: string;
  /** Why `today` is not a working day ("Saturday", "Christmas Day, a bank holiday"), when it is not: then nothing is due. */
  notWorkingDay: string | null;
  reminders: PlannedReminder[];
  /** How many the schedule intends today. */
  intended: number;
  /** How many of them this run wrote to the outbox (with dryRun, would write). */
  new: number;
};

export async function runReminders(db: Database, { today, siteUrl, organisationName, dryRun = false }: RunRemindersOptions): Promise<RemindersReport> {
  const context: NoticeContext = { siteUrl, organisationName };
  return db.transaction(async (tx) => {
    const intended = scheduleReminders(await loadReminderRun(tx, today));
    const messages = intended.map((reminder) => ({ reminder, ...composeNotice(reminder, context) }));
    const keys = messages.map(({ reminder }) => reminder.dedupeKey);
    const earlier = keys.length
      ? new Set((await tx.select({ key: outboxMessages.dedupeKey }).from(outboxMessages).where(inArray(outboxMessages.dedupeKey, keys))).map((row) => row.key))
      : new Set<string>();
    const reminders: PlannedReminder[] = messages.map(({ reminder, subject }) => ({
      kind: reminder.kind,
      recipientName: reminder.recipientName,
      recipientEmail: reminder.recipientEmail,
      subject,
      dedupeKey: reminder.dedupeKey,
      alreadyInOutbox: earlier.has(reminder.dedupeKey),
    }));
    // What enqueueMessages wrote is the count, not what was read just before it: a run at the
    // same moment (cron on two machines) may have written some of them in between.
    const written = dryRun
      ? reminders.filter((reminder) => !reminder.alreadyInOutbox).length
      : await enqueueMessages(
          tx,
          messages.map(({ reminder, subject, text, html }) => ({
            kind: reminder.kind,
            recipientId: reminder.recipientUserId,
            dedupeKey: reminder.dedupeKey,
            subject,
            text,
            html,
          })),
        );
    return { today, notWorkingDay: whyNotWorkingDay(today), reminders, intended: reminders.length, new: written };
  });
}
