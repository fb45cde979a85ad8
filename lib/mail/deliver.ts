// One pass of the mail worker: send what is due in the outbox, one message at a time.
//
// Each message is sent once, however many app servers run a worker. A worker claims one message in
// a committed statement (`for update skip locked`, so two workers never claim the same row) which
// marks it "sending" with a lease; it then talks to the mail server holding no transaction and no
// connection, and records the outcome. A worker that stops mid-send (a crash, a deploy) leaves
// the message "sending" until its lease ends, when any worker takes it again. The lease (15
// minutes) is longer than any send lasts, each step of one being bounded (transport.ts,
// SEND_TIMEOUTS), and than any skew between app servers' clocks, so a live send is not taken over.
// Not the alternative, a row lock held in a transaction through the send: on the embedded
// database that would stop every page for as long as the mail server takes to answer.
// The one case SMTP itself cannot close: the server took the message and the worker stopped
// before recording it. Then the message goes a second time, with the same Message-ID, by which a
// receiver can know it for the same message.
import type { Database } from '../../db/client';
import { claimNextMessage, holdUnsent, recordFailure, recordSent } from '../../db/queries/outbox';
import type { OutboxMessage } from '../../db/schema';
import { nextAttemptAt } from './back-off';
import { describeSendFailure } from './send-failure';
import { messageIdFor, type Mailer } from './transport';

/** How long a claim lasts before another worker may take the message again. */
export const LEASE_MS = 15 * 60_000;

export type DeliveryOptions = {
  /** The clock (a test gives its own, to move through the back-off). */
  now?: () => Date;
  /** At most this many messages in the pass. */
  batch?: number;
};

export type DeliveryReport = { sent: number; retrying: number; failed: number; held: number };

/**
 * Sends the due messages, at most `batch`. Without a mailer (no mail server configured) sends
 * nothing, and marks every waiting message held, "not sent: no mail server configured".
 */
export async function deliverOutbox(db: Database, mailer: Mailer | null, { now = () => new Date(), batch = 50 }: DeliveryOptions = {}): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0, held: 0 };
  if (!mailer) {
    report.held = await holdUnsent(db, now());
    return report;
  }
  for (let handled = 0; handled < batch; handled++) {
    const started = now();
    const claimed = await claimNextMessage(db, started, new Date(started.getTime() + LEASE_MS));
    if (!claimed) break;
    const outcome = await sendOne(db, mailer, claimed, now);
    report[outcome]++;
  }
  return report;
}

async function sendOne(db: Database, mailer: Mailer, message: OutboxMessage, now: () => Date): Promise<'sent' | 'retrying' | 'failed'> {
  const messageId = messageIdFor(message.id, mailer.messageIdDomain);
  let response: string;
  try {
    const info = await mailer.transporter.sendMail({
      from: { name: mailer.from.name ?? '', address: mailer.from.address },
      to: { name: message.recipientName, address: message.recipientEmail },
      subject: message.subject,
      text: message.textBody,
      html: message.htmlBody,
      messageId,
      headers: {
        // Sent by a program, not a person (RFC 3834): out-of-office replies are not sent back to it.
        'Auto-Submitted': 'auto-generated',
        // Exchange, which councils mostly run, reads its own header for the same.
        'X-Auto-Response-Suppress': 'All',
      },
    });
    response = info.response;
  } catch (error) {
    const failure = describeSendFailure(error);
    const retryAt = failure.permanent ? null : nextAttemptAt(now(), message.attempts);
    await recordFailure(db, message, { error: failure.summary, retryAt });
    const log = retryAt ? console.warn : console.error;
    const what = retryAt ? `will try again at ${retryAt.toISOString()}` : 'failed for good';
    log(`[mail] outbox message ${message.id} (${message.kind}), attempt ${message.attempts}, ${what}:`, error);
    return retryAt ? 'retrying' : 'failed';
  }
  // Outside the try: once the server has the message, a failure to record it must not be taken
  // for a failed send. The lease brings it back, to be sent again under the same Message-ID.
  await recordSent(db, message, { at: now(), messageId, smtpResponse: response });
  return 'sent';
}
