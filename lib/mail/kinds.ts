// The messages the portal sends (product.md, "Reminders and notices") and the states of one in
// the outbox. The database enums are built from these lists (db/schema.ts).
// One list of kinds for the messages and the outbox: lib/notices/kinds.ts.
import { NOTICE_KINDS, isReminderKind, type NoticeKind } from '../notices/kinds';

export const OUTBOX_KINDS = NOTICE_KINDS;
export type OutboxKind = NoticeKind;

/** Whether people may turn this kind off (users.email_reminders): lib/notices/kinds.ts, REMINDER_KINDS. */
export const isReminder = (kind: OutboxKind): boolean => isReminderKind(kind);

/**
 * queued: waiting to be sent (now, or after a failed attempt's back-off);
 * sending: claimed by a worker until `next_attempt_at`, its lease;
 * sent: the mail server accepted it;
 * failed: refused for good, or given up after the last attempt;
 * held: not sent, because no mail server is configured. Held messages stay held: a reminder
 * released weeks later, once a server is configured, would tell people something no longer true.
 */
export const OUTBOX_STATUSES = ['queued', 'sending', 'sent', 'failed', 'held'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** What the outbox says of a held message, and the admin page shows. */
export const HELD_REASON = 'not sent: no mail server configured';
