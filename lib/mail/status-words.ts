// What became of a message in the outbox, in words for the admin's outbox page: "Sent 7 December
// 2026 at 09:12", "Waiting: next try at …", "Failed: <why>", "Not sent: no mail server configured".
import { formatDateTime } from '../rating/months';
import { HELD_REASON, OUTBOX_STATUSES, type OutboxStatus } from './kinds';

/** Each status in a few words: for the page's filter. */
export const OUTBOX_STATUS_WORDS: Record<OutboxStatus, string> = {
  queued: 'Waiting to be sent',
  sending: 'Being sent',
  sent: 'Sent',
  failed: 'Failed',
  held: 'Not sent: no mail server configured',
};

export const isOutboxStatus = (value: string): value is OutboxStatus => (OUTBOX_STATUSES as readonly string[]).includes(value);

/** A message's progress, as the outbox records it. */
export type MessageProgress = {
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: Date;
  sentAt: Date | null;
  lastError: string | null;
};

const sentence = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One line that says where a message stands, and why when it did not go. */
export function messageStatusWords(message: MessageProgress): string {
  switch (message.status) {
    case 'sent':
      return message.sentAt ? `Sent ${formatDateTime(message.sentAt)}` : 'Sent';
    case 'queued': {
      if (message.attempts === 0) return 'Waiting to be sent';
      const last = message.lastError ? ` The last attempt: ${sentence(message.lastError)}` : '';
      return `Waiting: next try at ${formatDateTime(message.nextAttemptAt)}.${last}`;
    }
    case 'sending':
      return `Being sent now (attempt ${message.attempts})`;
    case 'failed':
      return `Failed: ${sentence(message.lastError ?? 'the mail server did not take it.')}`;
    case 'held':
      return capitalised(HELD_REASON);
  }
}
