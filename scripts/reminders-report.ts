// What `npm run reminders` says when it has run: a line or two in plain sentences for the cron
// log, and with --dry-run every reminder it would write.
import type { DeliveryReport } from '../lib/mail/deliver';
import type { RemindersReport } from '../lib/notices/run-reminders';
import { count, dayAndDate } from '../lib/notices/messages/words';

const number = (n: number) => n.toLocaleString('en-GB');

/** What the run decided and wrote (or, dry, would write). `given`: the date came from --date, not the clock. */
export function remindersSentences(report: RemindersReport, { dryRun, given }: { dryRun: boolean; given: boolean }): string[] {
  const day = given ? dayAndDate(report.today) : `today, ${dayAndDate(report.today)}`;
  const unwritten = dryRun ? ' Nothing was written (--dry-run).' : '';
  if (report.notWorkingDay) return [`No reminders ${given ? 'on ' : ''}${day}: it is not a working day (${report.notWorkingDay}).${unwritten}`];
  if (report.intended === 0) return [`No reminders are due ${given ? 'on ' : ''}${day}.${unwritten}`];
  const earlier = report.intended - report.new;
  const lines = [
    `${count(report.intended, 'reminder')} due ${given ? 'on ' : ''}${day}: ${number(report.new)} ${dryRun ? 'would be new' : 'new'}, ${number(earlier)} already sent or queued.${unwritten}`,
  ];
  if (dryRun) {
    for (const reminder of report.reminders) {
      const what = reminder.alreadyInOutbox ? 'already in the outbox' : 'would write';
      lines.push(`  ${what}: ${reminder.kind} to ${reminder.recipientName} <${reminder.recipientEmail}>: ${reminder.subject}`);
    }
  }
  return lines;
}

/** What became of the outbox's waiting messages (every kind, not only today's reminders). */
export function deliverySentences(delivery: DeliveryReport, mailServer: boolean): string[] {
  if (!mailServer) {
    const held = delivery.held > 0 ? `${count(delivery.held, 'message')} held in the outbox, not sent` : 'Nothing sent';
    return [`${held}: no mail server is configured (SMTP_URL, MAIL_FROM).`];
  }
  const lines: string[] = [];
  const { sent, retrying, failed } = delivery;
  if (sent + retrying + failed === 0) lines.push('Nothing was waiting in the outbox to send.');
  if (sent > 0) lines.push(`Sent ${count(sent, 'message')} from the outbox.`);
  if (retrying > 0) {
    lines.push(
      `${count(retrying, 'message')} could not be sent yet and ${retrying === 1 ? 'stays' : 'stay'} in the outbox, to be tried again by the server's mail worker or the next run.`,
    );
  }
  if (failed > 0) lines.push(`${count(failed, 'message')} refused for good by the mail server: the outbox page says why.`);
  return lines;
}
