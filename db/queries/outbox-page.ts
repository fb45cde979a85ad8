// The outbox as the admin's outbox page reads it: newest first, filtered by status, a page at a
// time with the total, and how many messages are in each status. Read fresh on every request, not
// through the data version (app/_server/kept.ts): the mail worker changes these rows as it sends.
import { asc, count, desc, eq } from 'drizzle-orm';
import type { OutboxStatus } from '../../lib/mail/kinds';
import type { Queryable } from '../client';
import { outboxMessages } from '../schema';

export const OUTBOX_PAGE_SIZE = 50;

export type OutboxFilters = { status?: OutboxStatus | null };

/** One page (from 1) of the messages that match, newest first, with how many match in all. */
export async function listOutboxMessages(db: Queryable, filters: OutboxFilters, page = 1, pageSize = OUTBOX_PAGE_SIZE) {
  const where = filters.status ? eq(outboxMessages.status, filters.status) : undefined;
  const [messages, [total]] = await Promise.all([
    db
      .select({
        id: outboxMessages.id,
        createdAt: outboxMessages.createdAt,
        kind: outboxMessages.kind,
        recipientName: outboxMessages.recipientName,
        recipientEmail: outboxMessages.recipientEmail,
        subject: outboxMessages.subject,
        // The plain-text form only: the HTML form is never drawn in the portal.
        textBody: outboxMessages.textBody,
        status: outboxMessages.status,
        attempts: outboxMessages.attempts,
        nextAttemptAt: outboxMessages.nextAttemptAt,
        sentAt: outboxMessages.sentAt,
        lastError: outboxMessages.lastError,
      })
      .from(outboxMessages)
      .where(where)
      // The messages of one change share their time (the transaction's): by name within it.
      .orderBy(desc(outboxMessages.createdAt), asc(outboxMessages.recipientName), asc(outboxMessages.id))
      .limit(pageSize)
      .offset((Math.max(1, page) - 1) * pageSize),
    db.select({ n: count() }).from(outboxMessages).where(where),
  ]);
  return { messages, total: total?.n ?? 0 };
}

export type OutboxMessageRow = Awaited<ReturnType<typeof listOutboxMessages>>['messages'][number];

/** How many messages are in each status; a status no message is in is left out. */
export async function countOutboxByStatus(db: Queryable): Promise<Partial<Record<OutboxStatus, number>>> {
  const rows = await db.select({ status: outboxMessages.status, n: count() }).from(outboxMessages).groupBy(outboxMessages.status);
  return Object.fromEntries(rows.map((row) => [row.status, row.n]));
}
