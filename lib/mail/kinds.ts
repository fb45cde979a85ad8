// The messages the portal sends (product.md, "Reminders and notices") and the states of one in
// the outbox. The database enums are built from these lists (db/schema.ts).

export const OUTBOX_KINDS = [
  'month_opened',
  'due_soon',
  'due_today',
  'overdue',
  'overdue_summary',
  'entry_returned',
  'ready_for_review',
  'pack_published',
] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

/**
 * The kinds a person may turn off (users.email_reminders). Returns, a month opening, a month ready
 * for review and a published pack are notices someone must act on or be told of, so they always go.
 */
export const REMINDER_KINDS: readonly OutboxKind[] = ['due_soon', 'due_today', 'overdue', 'overdue_summary'];

export function isReminder(kind: OutboxKind): boolean {
  return REMINDER_KINDS.includes(kind);
}

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
