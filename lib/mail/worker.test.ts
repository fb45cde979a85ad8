// The worker as the server runs it: on the process's own database (an embedded one in a folder of
// its own here, whatever DATABASE_URL says), configured by SMTP_URL and MAIL_FROM.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { closeDb, getDatabase } from '../../db/client';
import { migrateDatabase } from '../../db/migrate';
import { enqueueMessages, type OutboxMessageInput } from '../../db/queries/outbox';
import { outboxMessages, users } from '../../db/schema';
import { HELD_REASON } from './kinds';
import { startTestMailServer, type TestMailServer } from './testing';
import { deliverNow, startMailWorker } from './worker';

describe('the mail worker', () => {
  let server: TestMailServer;
  let dir: string;
  let lead: string;

  beforeAll(async () => {
    server = await startTestMailServer();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-mail-worker-'));
    vi.stubEnv('DATABASE_URL', '');
    vi.stubEnv('PGLITE_DIR', path.join(dir, 'pglite'));
    vi.stubEnv('SMTP_URL', server.url);
    vi.stubEnv('MAIL_FROM', 'Performance Pack <performance@example.org>');
    const open = await getDatabase();
    await migrateDatabase(open);
    [{ id: lead }] = (await open.db.insert(users).values({ email: 'jo.barnes@example.org', name: 'Jo Barnes' }).returning({ id: users.id })) as [{ id: string }];
  });
  afterAll(async () => {
    await closeDb();
    await server?.close();
    vi.unstubAllEnvs();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const enqueue = async (key: string) => {
    const { db } = await getDatabase();
    const message: OutboxMessageInput = { kind: 'entry_returned', recipientId: lead, dedupeKey: key, subject: `Subject ${key}`, text: key, html: `<p>${key}</p>` };
    await db.transaction((tx) => enqueueMessages(tx, [message]));
  };
  const until = async (condition: () => boolean) => {
    for (let waited = 0; !condition() && waited < 10_000; waited += 20) await sleep(20);
  };
  const subjects = () => server.received.map((mail) => mail.headers.get('subject'));

  it('sends what is written while it runs, and nothing once stopped', async () => {
    await enqueue('before');
    const worker = startMailWorker({ intervalMs: 50 });
    expect(startMailWorker({ intervalMs: 50 })).toBe(worker);
    await until(() => server.received.length === 1);
    await enqueue('while');
    await until(() => server.received.length === 2);
    expect(subjects()).toEqual(['Subject before', 'Subject while']);

    await worker.stop();
    await enqueue('after');
    await sleep(300);
    expect(server.received).toHaveLength(2);
    // A script's one pass sends it.
    expect(await deliverNow()).toEqual({ sent: 1, retrying: 0, failed: 0, held: 0 });
    expect(subjects()).toEqual(['Subject before', 'Subject while', 'Subject after']);
  });

  it('holds what is written when no mail server is configured', async () => {
    vi.stubEnv('SMTP_URL', '');
    vi.stubEnv('MAIL_FROM', '');
    await enqueue('unconfigured');
    expect(await deliverNow()).toEqual({ sent: 0, retrying: 0, failed: 0, held: 1 });
    const { db } = await getDatabase();
    const statuses = await db.select({ key: outboxMessages.dedupeKey, status: outboxMessages.status, lastError: outboxMessages.lastError }).from(outboxMessages);
    expect(statuses.find((row) => row.key === 'unconfigured')).toEqual({ key: 'unconfigured', status: 'held', lastError: HELD_REASON });
    expect(server.received).toHaveLength(3);
  });
});
