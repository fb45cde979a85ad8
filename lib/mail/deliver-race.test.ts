// Two app servers sending one outbox at once, on PostgreSQL: each with its own connections and its
// own mail transport. Every message reaches the mail server once; none is sent by both.
// (PGlite has one connection and runs one statement at a time: there is no race to lose there.)
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../db/client';
import { enqueueMessages } from '../../db/queries/outbox';
import { outboxMessages, users } from '../../db/schema';
import { rowsOf } from '../../db/rows';
import { openMigrated, testEngines } from '../../db/testing';
import { deliverOutbox } from './deliver';
import { startTestMailServer, type TestMailServer } from './testing';
import { createMailer } from './transport';

const postgres = testEngines().find((engine) => engine.name === 'postgres');

describe.skipIf(!postgres)('two workers sending one outbox on PostgreSQL', () => {
  let first: OpenDatabase;
  let second: OpenDatabase;
  let server: TestMailServer;

  beforeAll(async () => {
    first = await openMigrated(postgres!);
    // The second app server: its own pool of connections to the same database.
    const [{ name }] = rowsOf<{ name: string }>(await first.db.execute(sql`select current_database() as name`)) as [{ name: string }];
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${name}`;
    second = await openDatabase({ engine: 'postgres', url: url.toString() });
    server = await startTestMailServer();
  });
  afterAll(async () => {
    await server?.close();
    await second?.close();
    await first?.close();
  });

  it('sends each message once, the work shared between them', async () => {
    const people = await first.db
      .insert(users)
      .values(Array.from({ length: 40 }, (_, i) => ({ email: `lead.${i}@example.org`, name: `Lead ${i}` })))
      .returning({ id: users.id });
    await first.db.transaction((tx) =>
      enqueueMessages(
        tx,
        people.map((person, i) => ({ kind: 'month_opened' as const, recipientId: person.id, dedupeKey: `race:${i}`, subject: `Message ${i}`, text: `Text ${i}`, html: `<p>${i}</p>` })),
      ),
    );
    // Each message held a moment at the server, so the two are sending at the same time.
    server.delayMs = 20;
    const from = 'performance@example.org';
    const mailers = [createMailer({ smtpUrl: server.url, mailFrom: from }), createMailer({ smtpUrl: server.url, mailFrom: from })];
    const now = () => new Date(Date.now() + 1000);
    const reports = await Promise.all([
      deliverOutbox(first.db, mailers[0]!, { now, batch: 100 }),
      deliverOutbox(second.db, mailers[1]!, { now, batch: 100 }),
      deliverOutbox(first.db, mailers[0]!, { now, batch: 100 }),
      deliverOutbox(second.db, mailers[1]!, { now, batch: 100 }),
    ]);
    for (const mailer of mailers) mailer.transporter.close();

    expect(server.received).toHaveLength(40);
    const subjects = new Set(server.received.map((mail) => mail.headers.get('subject')));
    expect(subjects.size).toBe(40);
    expect(server.received[0]!.headers.get('from')).toBe('performance@example.org');
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(40);
    for (const report of reports) expect(report.sent).toBeGreaterThan(0);
    const statuses = await first.db.select({ status: outboxMessages.status, attempts: outboxMessages.attempts }).from(outboxMessages);
    expect(statuses.every((row) => row.status === 'sent' && row.attempts === 1)).toBe(true);
  });
});
