// The outbox's rows: written in the transaction of the change that caused them, then claimed, sent
// and recorded one at a time by the mail worker (lib/mail/deliver.ts).
import { and, asc, eq, inArray, lte, ne, or, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../client';
import { outboxMessages, users, type NewOutboxMessage, type OutboxMessage } from '../schema';
import { HELD_REASON, isReminder, type OutboxKind } from '../../lib/mail/kinds';

/** A message's words, as the notices write them. */
export type MessageContent = { subject: string; text: string; html: string };

/** One message to write: what kind, to whom, the event it is for, and its words. */
export type OutboxMessageInput = MessageContent & {
  kind: OutboxKind;
  recipientId: string;
  /** Names the event and the recipient, e.g. "due_soon:2020-11:<user id>": written once, ever. */
  dedupeKey: string;
};

// Nine values a row; PostgreSQL takes at most 65,535 parameters in a statement.
const ROWS_PER_INSERT = 1000;

/**
 * Writes the messages in the transaction of the change that caused them (so a change rolled back
 * sends nothing) and says how many are new: one whose dedupe key is already in the outbox is not
 * written again. Not written at all: anything to a deactivated account, and reminders to someone
 * who has turned them off. The address and name are the recipient's as they are now.
 */
export async function enqueueMessages(tx: Transaction, messages: readonly OutboxMessageInput[]): Promise<number> {
  if (messages.length === 0) return 0;
  const ids = [...new Set(messages.map((message) => message.recipientId))];
  const people = await tx
    .select({ id: users.id, email: users.email, name: users.name, active: users.active, emailReminders: users.emailReminders })
    .from(users)
    .where(inArray(users.id, ids));
  const byId = new Map(people.map((person) => [person.id, person]));
  const rows: NewOutboxMessage[] = [];
  for (const message of messages) {
    const person = byId.get(message.recipientId);
    if (!person) throw new Error(`No one has the id ${message.recipientId} to write a ${message.kind} message to`);
    if (!person.active || (isReminder(message.kind) && !person.emailReminders)) continue;
    rows.push({
      kind: message.kind,
      recipientId: person.id,
      recipientEmail: person.email,
      recipientName: person.name,
      subject: message.subject,
      textBody: message.text,
      htmlBody: message.html,
      dedupeKey: message.dedupeKey,
    });
  }
  let written = 0;
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const inserted = await tx
      .insert(outboxMessages)
      .values(rows.slice(start, start + ROWS_PER_INSERT))
      .onConflictDoNothing({ target: outboxMessages.dedupeKey })
      .returning({ id: outboxMessages.id });
    written += inserted.length;
  }
  return written;
}

/**
 * Claims the message due longest, if any, for one attempt: marks it sending, counts the attempt
 * and sets its lease (`next_attempt_at`) to `leaseEnds`. One statement, committed at once, so no
 * transaction or connection is held while the mail server is talked to. Rows another worker is
 * claiming are skipped, not waited for; a claim whose worker stopped mid-send (its lease passed
 * with the message still "sending") is taken again.
 */
export async function claimNextMessage(db: Database, now: Date, leaseEnds: Date): Promise<OutboxMessage | null> {
  const due = db
    .select({ id: outboxMessages.id })
    .from(outboxMessages)
    .where(and(inArray(outboxMessages.status, ['queued', 'sending']), lte(outboxMessages.nextAttemptAt, now)))
    .orderBy(asc(outboxMessages.nextAttemptAt))
    .limit(1)
    .for('update', { skipLocked: true });
  const [claimed] = await db
    .update(outboxMessages)
    .set({ status: 'sending', attempts: sql`${outboxMessages.attempts} + 1`, nextAttemptAt: leaseEnds })
    .where(inArray(outboxMessages.id, due))
    .returning();
  return claimed ?? null;
}

/** A claim, as the worker that holds it knows it. */
export type Claim = Pick<OutboxMessage, 'id' | 'attempts'>;

/**
 * The mail server took the message. Recorded whatever became of the claim meanwhile: if the lease
 * ran out and another worker is sending it again, "sent" is still the truth, and its own outcome,
 * recorded against a claim no longer current, changes nothing.
 */
export async function recordSent(db: Database, claim: Claim, sent: { at: Date; messageId: string; smtpResponse: string }): Promise<void> {
  await db
    .update(outboxMessages)
    .set({ status: 'sent', sentAt: sent.at, messageId: sent.messageId, smtpResponse: sent.smtpResponse.slice(0, 500), lastError: null })
    .where(and(eq(outboxMessages.id, claim.id), ne(outboxMessages.status, 'sent')));
}

/**
 * The attempt failed: queued again for `retryAt`, or failed for good when that is null. Only the
 * holder of the current claim decides; a worker whose lease ran out changes nothing.
 */
export async function recordFailure(db: Database, claim: Claim, failure: { error: string; retryAt: Date | null }): Promise<void> {
  await db
    .update(outboxMessages)
    .set(
      failure.retryAt
        ? { status: 'queued', nextAttemptAt: failure.retryAt, lastError: failure.error }
        : { status: 'failed', lastError: failure.error },
    )
    .where(and(eq(outboxMessages.id, claim.id), eq(outboxMessages.status, 'sending'), eq(outboxMessages.attempts, claim.attempts)));
}

/** Without a mail server: every message waiting is held, said so, and never sent. How many. */
export async function holdUnsent(db: Database, now: Date): Promise<number> {
  const held = await db
    .update(outboxMessages)
    .set({ status: 'held', lastError: HELD_REASON })
    .where(
      or(
        eq(outboxMessages.status, 'queued'),
        and(eq(outboxMessages.status, 'sending'), lte(outboxMessages.nextAttemptAt, now)),
      ),
    )
    .returning({ id: outboxMessages.id });
  return held.length;
}
