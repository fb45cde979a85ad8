// The outbox sent through a real SMTP server on loopback, on both engines: each message once, with
// its recipient, subject and both parts; nothing for a change rolled back; retries with back-off
// through a server that refuses and recovers; held, not sent, without a mail server.
import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenDatabase } from '../../db/client';
import { claimNextMessage, enqueueMessages, type OutboxMessageInput } from '../../db/queries/outbox';
import { outboxMessages, users } from '../../db/schema';
import { openMigrated, testEngines } from '../../db/testing';
import { MAX_ATTEMPTS } from './back-off';
import { deliverOutbox, LEASE_MS } from './deliver';
import { HELD_REASON } from './kinds';
import { startTestMailServer, type TestMailServer } from './testing';
import { createMailer, type Mailer } from './transport';

const minutes = (n: number) => n * 60_000;

describe.each(testEngines())('the outbox sent on $name', (engine) => {
  let open: OpenDatabase;
  let server: TestMailServer;
  let mailer: Mailer;
  let lead: string;
  let executive: string;
  // The worker's clock: from now (messages are written due at the database's now()), moved on by hand.
  let start: number;
  // What the worker wrote to the server's log.
  let logged: string[];

  beforeAll(async () => {
    open = await openMigrated(engine);
    server = await startTestMailServer();
    mailer = createMailer({ smtpUrl: server.url, mailFrom: 'Performance Pack <performance@example.org>' });
    const people = await open.db
      .insert(users)
      .values([
        { email: 'jo.barnes@example.org', name: 'Jo Barnes' },
        { email: 'sam.okafor@example.org', name: 'Sam Okafor' },
      ])
      .returning({ id: users.id });
    [lead, executive] = people.map((person) => person.id) as [string, string];
  });
  afterAll(async () => {
    mailer?.transporter.close();
    await server?.close();
    await open?.close();
  });
  beforeEach(async () => {
    await open.db.delete(outboxMessages).where(sql`true`);
    await open.db.update(users).set({ emailReminders: true, active: true }).where(sql`true`);
    server.received.length = 0;
    start = Date.now() + 1000;
    logged = [];
    const log = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
    vi.spyOn(console, 'warn').mockImplementation(log);
    vi.spyOn(console, 'error').mockImplementation(log);
  });
  afterEach(() => vi.restoreAllMocks());

  const at = (ms: number) => () => new Date(start + ms);
  const deliver = (ms = 0, through: Mailer | null = mailer) => deliverOutbox(open.db, through, { now: at(ms) });
  const enqueue = (messages: OutboxMessageInput[]) => open.db.transaction((tx) => enqueueMessages(tx, messages));
  const message = (key: string, overrides: Partial<OutboxMessageInput> = {}): OutboxMessageInput => ({
    kind: 'month_opened',
    recipientId: lead,
    dedupeKey: key,
    subject: `Subject ${key}`,
    text: `Text ${key}`,
    html: `<p>HTML ${key}</p>`,
    ...overrides,
  });
  const row = async (key: string) => (await open.db.select().from(outboxMessages).where(eq(outboxMessages.dedupeKey, key)))[0]!;
  const subjectsReceived = () => server.received.map((mail) => mail.headers.get('subject')).sort();

  it('delivers each message to its recipient with its subject, text and HTML, under a Message-ID made from its id', async () => {
    const written = await enqueue([
      {
        kind: 'month_opened',
        recipientId: lead,
        dedupeKey: 'month_opened:2020-11:jo',
        subject: 'November 2020 is open – figures due 7 December',
        text: 'Dear Jo Barnes,\n\nNovember 2020 is open for your figures.\nKPI1 – Re-referrals within 12 months\n',
        html: '<p>Dear Jo Barnes,</p><p>November 2020 is open for your figures: <a href="https://pack.example/months/2020-11">enter them</a>.</p>',
      },
      message('ready_for_review:2020-11:sam', { kind: 'ready_for_review', recipientId: executive, subject: 'November 2020 is ready for review' }),
    ]);
    expect(written).toBe(2);

    expect(await deliver()).toEqual({ sent: 2, retrying: 0, failed: 0, held: 0 });
    expect(server.received).toHaveLength(2);
    const toJo = server.received.find((mail) => mail.envelopeTo[0] === 'jo.barnes@example.org')!;
    expect(toJo.envelopeTo).toEqual(['jo.barnes@example.org']);
    expect(toJo.envelopeFrom).toBe('performance@example.org');
    expect(toJo.headers.get('to')).toBe('Jo Barnes <jo.barnes@example.org>');
    expect(toJo.headers.get('from')).toBe('Performance Pack <performance@example.org>');
    expect(toJo.headers.get('subject')).toBe('November 2020 is open – figures due 7 December');
    expect(toJo.text.replace(/\r\n/g, '\n')).toBe('Dear Jo Barnes,\n\nNovember 2020 is open for your figures.\nKPI1 – Re-referrals within 12 months\n');
    expect(toJo.html).toBe('<p>Dear Jo Barnes,</p><p>November 2020 is open for your figures: <a href="https://pack.example/months/2020-11">enter them</a>.</p>');
    expect(toJo.headers.get('auto-submitted')).toBe('auto-generated');

    const sent = await row('month_opened:2020-11:jo');
    expect(toJo.headers.get('message-id')).toBe(`<${sent.id}@example.org>`);
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, messageId: `<${sent.id}@example.org>`, lastError: null, recipientEmail: 'jo.barnes@example.org', recipientName: 'Jo Barnes' });
    expect(sent.smtpResponse).toMatch(/^250 .*queued as TEST/);
    expect(sent.sentAt).toEqual(new Date(start));
    const toSam = server.received.find((mail) => mail.envelopeTo[0] === 'sam.okafor@example.org')!;
    expect(toSam.headers.get('subject')).toBe('November 2020 is ready for review');

    // Sent is sent: a later pass sends nothing again.
    expect(await deliver(minutes(90))).toEqual({ sent: 0, retrying: 0, failed: 0, held: 0 });
    expect(server.received).toHaveLength(2);
  });

  it('gets every message through a server that refuses, then recovers, exactly once, backing off between attempts', async () => {
    await enqueue([message('a'), message('b'), message('c')]);
    server.refuse({ at: 'RCPT TO', code: 451 }, 2);
    server.refuse({ at: 'DATA', code: 451 }, 2);

    expect(await deliver()).toEqual({ sent: 0, retrying: 3, failed: 0, held: 0 });
    expect(server.received).toHaveLength(0);
    expect(logged.filter((line) => line.includes('attempt 1, will try again at'))).toHaveLength(3);
    for (const key of ['a', 'b', 'c']) {
      expect(await row(key)).toMatchObject({
        status: 'queued',
        attempts: 1,
        lastError: 'The mail server asked to try again later (451).',
        nextAttemptAt: new Date(start + minutes(1)),
      });
    }
    // Not due again before the back-off has passed.
    expect(await deliver(minutes(1) - 1000)).toEqual({ sent: 0, retrying: 0, failed: 0, held: 0 });
    // The first message due is refused at DATA once more; the other two go.
    expect(await deliver(minutes(1))).toEqual({ sent: 2, retrying: 1, failed: 0, held: 0 });
    const refusedAgain = (await open.db.select().from(outboxMessages).where(eq(outboxMessages.status, 'queued')))[0]!;
    expect(refusedAgain).toMatchObject({ attempts: 2, nextAttemptAt: new Date(start + minutes(1) + minutes(2)) });
    expect(await deliver(minutes(2))).toEqual({ sent: 0, retrying: 0, failed: 0, held: 0 });
    expect(await deliver(minutes(3))).toEqual({ sent: 1, retrying: 0, failed: 0, held: 0 });

    expect(subjectsReceived()).toEqual(['Subject a', 'Subject b', 'Subject c']);
    expect((await row(refusedAgain.dedupeKey)).attempts).toBe(3);
    const messageIds = server.received.map((mail) => mail.headers.get('message-id'));
    expect(new Set(messageIds).size).toBe(3);
  });

  it('sends nothing for a change that rolled back', async () => {
    const change = open.db.transaction(async (tx) => {
      await enqueueMessages(tx, [message('rolled-back')]);
      throw new Error('the change that caused the message failed');
    });
    await expect(change).rejects.toThrow('the change that caused the message failed');
    expect(await open.db.select().from(outboxMessages)).toHaveLength(0);
    expect(await deliver()).toMatchObject({ sent: 0 });
    expect(server.received).toHaveLength(0);
  });

  it('writes a message once for its dedupe key, and sends it once', async () => {
    expect(await enqueue([message('due_soon:2020-11:jo', { kind: 'due_soon' })])).toBe(1);
    expect(await enqueue([message('due_soon:2020-11:jo', { kind: 'due_soon', subject: 'Written again' })])).toBe(0);
    // Twice in one call, too.
    expect(await enqueue([message('twice'), message('twice')])).toBe(1);
    await deliver();
    expect(await enqueue([message('due_soon:2020-11:jo', { kind: 'due_soon' })])).toBe(0);
    await deliver(minutes(5));
    expect(subjectsReceived()).toEqual(['Subject due_soon:2020-11:jo', 'Subject twice']);
  });

  it('holds every message, and sends nothing, without a mail server; held messages stay held', async () => {
    await enqueue([message('held-1'), message('held-2', { recipientId: executive })]);
    expect(await deliver(0, null)).toEqual({ sent: 0, retrying: 0, failed: 0, held: 2 });
    for (const key of ['held-1', 'held-2']) {
      expect(await row(key)).toMatchObject({ status: 'held', lastError: HELD_REASON, attempts: 0, sentAt: null });
    }
    expect(HELD_REASON).toBe('not sent: no mail server configured');
    expect(await deliver(minutes(1))).toEqual({ sent: 0, retrying: 0, failed: 0, held: 0 });
    expect(server.received).toHaveLength(0);
  });

  it('writes no reminder to someone who turned reminders off, nor anything to a deactivated account; notices still go', async () => {
    await open.db.update(users).set({ emailReminders: false }).where(eq(users.id, lead));
    await open.db.update(users).set({ active: false }).where(eq(users.id, executive));
    const written = await enqueue([
      message('due_today:jo', { kind: 'due_today' }),
      message('overdue:jo', { kind: 'overdue' }),
      message('entry_returned:jo', { kind: 'entry_returned' }),
      message('ready_for_review:sam', { kind: 'ready_for_review', recipientId: executive }),
    ]);
    expect(written).toBe(1);
    await deliver();
    expect(subjectsReceived()).toEqual(['Subject entry_returned:jo']);
  });

  it('fails a message for good when the server refuses its recipient outright, or after the last attempt', async () => {
    await enqueue([message('refused')]);
    server.refuse({ at: 'RCPT TO', code: 550 }, 1);
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 1, held: 0 });
    expect(await row('refused')).toMatchObject({ status: 'failed', attempts: 1, lastError: 'The mail server refused this message (550).' });

    // A message that has been tried all but once already.
    await enqueue([message('last-try')]);
    await open.db.update(outboxMessages).set({ attempts: MAX_ATTEMPTS - 1 }).where(eq(outboxMessages.dedupeKey, 'last-try'));
    server.refuse({ at: 'DATA', code: 451 }, 1);
    expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 1, held: 0 });
    expect(await row('last-try')).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });

    expect(await deliver(minutes(24 * 60))).toMatchObject({ sent: 0 });
    expect(server.received).toHaveLength(0);
    // The page says it shortly; the log has the server's own words.
    const failure = logged.find((line) => line.includes(`attempt ${MAX_ATTEMPTS}, failed for good`));
    expect(failure).toContain('451 Refused by the test server');
  });

  it('sends a message whose worker stopped mid-send once its lease has run out, and not before', async () => {
    await enqueue([message('abandoned')]);
    // A worker claims it and is never heard from again (a crash, a deploy).
    const claimed = await claimNextMessage(open.db, at(0)(), new Date(start + LEASE_MS));
    expect(claimed).toMatchObject({ status: 'sending', attempts: 1 });
    expect(await deliver(minutes(1))).toMatchObject({ sent: 0 });
    expect(await deliver(LEASE_MS)).toMatchObject({ sent: 1 });
    expect(subjectsReceived()).toEqual(['Subject abandoned']);
    expect(server.received[0]!.headers.get('message-id')).toBe(`<${claimed!.id}@example.org>`);
    expect(await row('abandoned')).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('refuses a subject that would carry a header of its own', async () => {
    await expect(enqueue([message('injected', { subject: 'Hello\r\nBcc: someone@example.net' })])).rejects.toThrow();
  });
});
