// The outbox page's query: newest first, by name within one change, filtered by status in SQL, a
// page at a time with the total; and how many messages are in each status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../client';
import { outboxMessages, type NewOutboxMessage } from '../schema';
import { openMigrated, testEngines } from '../testing';
import { countOutboxByStatus, listOutboxMessages } from './outbox-page';

const at = (iso: string) => new Date(iso);

describe.each(testEngines())('the outbox page on $name', (engine) => {
  let open: OpenDatabase;

  beforeAll(async () => {
    open = await openMigrated(engine);
    const message = (n: number, rest: Partial<NewOutboxMessage>): NewOutboxMessage => ({
      kind: 'month_opened', recipientEmail: `person${n}@council.example`, recipientName: `Person ${n}`, subject: `Subject ${n}`,
      textBody: `Text ${n}`, htmlBody: `<p>Text ${n}</p>`, dedupeKey: `test:${n}`, ...rest,
    });
    await open.db.insert(outboxMessages).values([
      // One change wrote these two, to Blake and Ash: by name within it.
      message(1, { recipientName: 'Blake', createdAt: at('2020-12-01T09:00:00Z'), status: 'held', lastError: 'not sent: no mail server configured' }),
      message(2, { recipientName: 'Ash', createdAt: at('2020-12-01T09:00:00Z'), status: 'held', lastError: 'not sent: no mail server configured' }),
      message(3, { kind: 'due_soon', createdAt: at('2020-12-10T07:00:00Z'), status: 'sent', attempts: 1, sentAt: at('2020-12-10T07:00:05Z') }),
      message(4, { kind: 'overdue', createdAt: at('2020-12-16T07:00:00Z'), status: 'failed', attempts: 1, lastError: 'The mail server refused this message (550).' }),
      message(5, { kind: 'overdue_summary', createdAt: at('2020-12-16T07:00:01Z'), status: 'queued', attempts: 2, lastError: 'The mail server could not be reached.' }),
    ]);
  });
  afterAll(() => open?.close());

  const subjects = (rows: { subject: string }[]) => rows.map((row) => row.subject);

  it('lists every message newest first, by name within one change, with its plain text', async () => {
    const { messages, total } = await listOutboxMessages(open.db, {});
    expect(total).toBe(5);
    expect(subjects(messages)).toEqual(['Subject 5', 'Subject 4', 'Subject 3', 'Subject 2', 'Subject 1']);
    expect(messages[0]).toMatchObject({ kind: 'overdue_summary', status: 'queued', attempts: 2, lastError: 'The mail server could not be reached.', textBody: 'Text 5' });
    expect(messages[0]).not.toHaveProperty('htmlBody');
  });

  it('filters by status', async () => {
    expect(subjects((await listOutboxMessages(open.db, { status: 'held' })).messages)).toEqual(['Subject 2', 'Subject 1']);
    expect((await listOutboxMessages(open.db, { status: 'failed' })).total).toBe(1);
    expect(await listOutboxMessages(open.db, { status: 'sending' })).toEqual({ messages: [], total: 0 });
  });

  it('pages on the server, the total counting every match', async () => {
    const first = await listOutboxMessages(open.db, {}, 1, 2);
    const third = await listOutboxMessages(open.db, {}, 3, 2);
    expect([subjects(first.messages), subjects(third.messages), first.total, third.total]).toEqual([['Subject 5', 'Subject 4'], ['Subject 1'], 5, 5]);
  });

  it('counts the messages in each status', async () => {
    expect(await countOutboxByStatus(open.db)).toEqual({ held: 2, sent: 1, failed: 1, queued: 1 });
  });
});
