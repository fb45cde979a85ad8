import { describe, expect, it } from 'vitest';
import { OUTBOX_STATUSES } from './kinds';
import { OUTBOX_STATUS_WORDS, isOutboxStatus, messageStatusWords, type MessageProgress } from './status-words';

// 09:12 in London on 7 December 2026 (GMT), and 10:14 on 1 July 2026 (BST, an hour ahead of UTC).
const december = new Date('2026-12-07T09:12:00Z');
const july = new Date('2026-07-01T09:14:00Z');
const message = (progress: Partial<MessageProgress>): MessageProgress => ({
  status: 'queued', attempts: 0, nextAttemptAt: december, sentAt: null, lastError: null, ...progress,
});

describe('where a message stands, in words', () => {
  it('says when it was sent, in London time', () => {
    expect(messageStatusWords(message({ status: 'sent', attempts: 1, sentAt: december }))).toBe('Sent 7 December 2026 at 09:12');
    expect(messageStatusWords(message({ status: 'sent', attempts: 2, sentAt: july }))).toBe('Sent 1 July 2026 at 10:14');
  });

  it('says a message not yet tried is waiting, and one that failed when it is tried next and why', () => {
    expect(messageStatusWords(message({}))).toBe('Waiting to be sent');
    expect(messageStatusWords(message({ attempts: 2, nextAttemptAt: july, lastError: 'The mail server could not be reached.' }))).toBe(
      'Waiting: next try at 1 July 2026 at 10:14. The last attempt: the mail server could not be reached.',
    );
    expect(messageStatusWords(message({ attempts: 1, nextAttemptAt: december }))).toBe('Waiting: next try at 7 December 2026 at 09:12.');
  });

  it('gives the short reason a message failed for good', () => {
    expect(messageStatusWords(message({ status: 'failed', attempts: 1, lastError: 'The mail server refused this message (550).' }))).toBe(
      'Failed: the mail server refused this message (550).',
    );
    expect(messageStatusWords(message({ status: 'failed', attempts: 30 }))).toBe('Failed: the mail server did not take it.');
  });

  it('says plainly that a held message was not sent, and why', () => {
    expect(messageStatusWords(message({ status: 'held', lastError: 'not sent: no mail server configured' }))).toBe('Not sent: no mail server configured');
    expect(messageStatusWords(message({ status: 'sending', attempts: 3 }))).toBe('Being sent now (attempt 3)');
  });

  it('names every status, and reads one back from an address', () => {
    for (const status of OUTBOX_STATUSES) expect(OUTBOX_STATUS_WORDS[status]).toMatch(/^[A-Z]/);
    expect(isOutboxStatus('held')).toBe(true);
    expect(isOutboxStatus('lost')).toBe(false);
  });
});
