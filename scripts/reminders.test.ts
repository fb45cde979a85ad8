// `npm run reminders` as cron runs it: a child process on a throwaway embedded database, with and
// without a mail server (a real one on loopback), with --date and --dry-run; and refused, in a
// sentence, while another process (the server) holds the database.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { outboxMessages } from '../db/schema';
import { startTestMailServer, type TestMailServer } from '../lib/mail/testing';
import { seedReminderScenario } from '../lib/notices/reminders-testing';

const tsx = path.resolve('node_modules/.bin/tsx');
let folder: string;
let dataDir: string;
let server: TestMailServer;

type Outcome = { status: number | null; stdout: string; stderr: string };

/** Runs the script; not spawnSync, which would stop this process's mail server answering it. */
function reminders(args: string[], mail: boolean): Promise<Outcome> {
  const child = spawn(tsx, [path.resolve('scripts/reminders.ts'), ...args], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      PGLITE_DIR: dataDir,
      SITE_URL: 'https://pack.example.org',
      SMTP_URL: mail ? server.url : '',
      MAIL_FROM: mail ? 'Performance Pack <performance@example.org>' : '',
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const lines = (text: string) => text.trim().split('\n');

/** The embedded database opened here for a moment; while open, this process holds its folder. */
async function withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const open = await openDatabase({ engine: 'pglite', dir: dataDir });
  try {
    return await work(open.db);
  } finally {
    await open.close();
  }
}

const outbox = () =>
  withDatabase((db) => db.select({ kind: outboxMessages.kind, to: outboxMessages.recipientEmail, status: outboxMessages.status }).from(outboxMessages).orderBy(asc(outboxMessages.kind), asc(outboxMessages.recipientEmail)));

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-reminders-'));
  dataDir = path.join(folder, 'pglite');
  server = await startTestMailServer();
  const open = await openDatabase({ engine: 'pglite', dir: dataDir });
  await migrateDatabase(open);
  await seedReminderScenario(open.db);
  await open.close();
}, 120_000);

afterAll(async () => {
  await server?.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('npm run reminders', () => {
  it('answers a date that is not one with a sentence, the usage and exit 2', async () => {
    const result = await reminders(['--date', '2020-02-30'], false);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('"2020-02-30" is not a date: give --date as YYYY-MM-DD, like --date 2020-12-29.');
    expect(result.stderr).toContain('Usage: npm run reminders');
  });

  it('says with --dry-run what it would write, writing nothing; without a mail server, holds what it writes in the outbox', async () => {
    const dry = await reminders(['--date', '2020-12-30', '--dry-run'], false);
    expect(dry.stderr).toBe('');
    expect(lines(dry.stdout)).toEqual([
      '3 reminders due on Wednesday 30 December 2020: 3 would be new, 0 already sent or queued. Nothing was written (--dry-run).',
      '  would write: overdue to Jo Barnes <jo.barnes@example.org>: Your November 2020 figures are overdue',
      '  would write: overdue to Sam Okafor <sam.okafor@example.org>: Your November 2020 figures are overdue',
      '  would write: overdue_summary to Priya Shah <priya.shah@example.org>: Overdue figures on Wednesday 30 December 2020: 7 measures in November 2020',
    ]);
    expect(dry.status).toBe(0);

    // All three new: the dry run wrote none of them.
    const run = await reminders(['--date', '2020-12-30'], false);
    expect(run.stderr).toBe('');
    expect(lines(run.stdout)).toEqual([
      '3 reminders due on Wednesday 30 December 2020: 3 new, 0 already sent or queued.',
      '3 messages held in the outbox, not sent: no mail server is configured (SMTP_URL, MAIL_FROM).',
    ]);
    expect(run.status).toBe(0);
    expect(await outbox()).toEqual([
      { kind: 'overdue', to: 'jo.barnes@example.org', status: 'held' },
      { kind: 'overdue', to: 'sam.okafor@example.org', status: 'held' },
      { kind: 'overdue_summary', to: 'priya.shah@example.org', status: 'held' },
    ]);
    expect(server.received).toEqual([]);
  }, 60_000);

  it('sends through the mail server, and sends nothing again the second time on the same day', async () => {
    const first = await reminders(['--date', '2020-12-29'], true);
    expect(first.stderr).toBe('');
    expect(lines(first.stdout)).toEqual(['2 reminders due on Tuesday 29 December 2020: 2 new, 0 already sent or queued.', 'Sent 2 messages from the outbox.']);
    expect(first.status).toBe(0);
    const second = await reminders(['--date', '2020-12-29'], true);
    expect(lines(second.stdout)).toEqual(['2 reminders due on Tuesday 29 December 2020: 0 new, 2 already sent or queued.', 'Nothing was waiting in the outbox to send.']);
    expect(server.received.map((mail) => mail.envelopeTo.join()).sort()).toEqual(['jo.barnes@example.org', 'sam.okafor@example.org']);
    expect(server.received.map((mail) => mail.headers.get('subject'))).toEqual(['Your November 2020 figures are due today', 'Your November 2020 figures are due today']);
    expect(server.received[0]!.text).toMatch(/https:\/\/pack\.example\.org\/entries\/2020-11\/(KPI2|KPI3)/);
  }, 60_000);

  it('refuses, in a sentence, while another process holds the embedded database', async () => {
    const result = await withDatabase(() => reminders(['--dry-run'], false));
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `The embedded database in ${path.resolve(dataDir)} is in use by process ${process.pid}, most likely the portal's server, so the reminders job cannot open it. ` +
        'Stop the server and run npm run reminders again, or use PostgreSQL (set DATABASE_URL), where the job and the server share the database. ' +
        "Messages already in the outbox are sent by the server's own mail worker.",
    );
  }, 60_000);
});
