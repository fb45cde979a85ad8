// The reminders job on a real database, both engines, its messages delivered through a real SMTP
// server on loopback: each reminder once however often the job runs; the days around Christmas
// 2020, with its bank holidays, end to end; only leads with measures not submitted, each listing
// theirs; nobody who turned reminders off, though the administrators' summary still lists their
// measures; nothing once the month is submitted, or no longer open.
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../db/client';
import { lockPeriodForStateChange } from '../../db/queries/period-locks';
import { entries, measures, outboxMessages, periods } from '../../db/schema';
import { openMigrated, testEngines } from '../../db/testing';
import { deliverOutbox } from '../mail/deliver';
import { startTestMailServer, type TestMailServer } from '../mail/testing';
import { createMailer, type Mailer } from '../mail/transport';
import { seedReminderScenario, submitEverything, type Scenario } from './reminders-testing';
import { runReminders } from './run-reminders';

const context = { siteUrl: 'https://pack.example.org', organisationName: 'Together for Children' };

/** The days from `from` to `to`, both included. */
function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let day = Date.parse(`${from}T00:00:00Z`); day <= Date.parse(`${to}T00:00:00Z`); day += 86_400_000) out.push(new Date(day).toISOString().slice(0, 10));
  return out;
}

describe.each(testEngines())('the reminders job on $name', (engine) => {
  let open: OpenDatabase;
  let server: TestMailServer;
  let mailer: Mailer;
  let scenario: Scenario;

  beforeAll(async () => {
    open = await openMigrated(engine);
    server = await startTestMailServer();
    mailer = createMailer({ smtpUrl: server.url, mailFrom: 'Performance Pack <performance@example.org>' });
    scenario = await seedReminderScenario(open.db);
  });
  afterAll(async () => {
    mailer?.transporter.close();
    await server?.close();
    await open?.close();
  });
  beforeEach(async () => {
    await open.db.delete(outboxMessages).where(sql`true`);
    server.received.length = 0;
  });

  const run = (today: string, dryRun = false) => runReminders(open.db, { today, ...context, dryRun });
  const outbox = () => open.db.select().from(outboxMessages).orderBy(asc(outboxMessages.createdAt), asc(outboxMessages.dedupeKey));
  /** A dedupe key with the recipient's name for their id: "due_today:2020-11:Sam Okafor". */
  const named = (key: string) => key.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, (id) => scenario.nameOf(id));
  const received = (email: string) => server.received.filter((mail) => mail.envelopeTo.includes(email));

  it('queues each reminder once when it runs twice on a day, and the mail server receives each once', async () => {
    expect(await run('2020-12-29')).toMatchObject({ today: '2020-12-29', notWorkingDay: null, intended: 2, new: 2 });
    expect(await deliverOutbox(open.db, mailer)).toEqual({ sent: 2, retrying: 0, failed: 0, held: 0 });

    const again = await run('2020-12-29');
    expect(again).toMatchObject({ intended: 2, new: 0 });
    expect(again.reminders.every((reminder) => reminder.alreadyInOutbox)).toBe(true);
    expect(await deliverOutbox(open.db, mailer)).toEqual({ sent: 0, retrying: 0, failed: 0, held: 0 });

    // Sorted by name: the keys hold the people's ids, which are random.
    expect((await outbox()).map((row) => [named(row.dedupeKey), row.status]).sort()).toEqual([
      ['due_today:2020-11:Jo Barnes', 'sent'],
      ['due_today:2020-11:Sam Okafor', 'sent'],
    ]);
    expect(server.received.map((mail) => mail.envelopeTo)).toHaveLength(2);
    const [toSam] = received('sam.okafor@example.org');
    expect(toSam!.headers.get('to')).toBe('Sam Okafor <sam.okafor@example.org>');
    expect(toSam!.headers.get('subject')).toMatch(/November 2020/);
    expect(toSam!.text).toContain('https://pack.example.org/entries/2020-11/KPI3');
    expect(toSam!.html).toContain('href="https://pack.example.org/entries/2020-11/KPI3"');
    expect(received('jo.barnes@example.org')).toHaveLength(1);
  });

  it('runs Christmas 2020 day by day: due soon on the third working day before, due on Tuesday 29 December, overdue after, the summary every working day while overdue', async () => {
    const firstSeen = new Map<string, string>();
    for (const today of days('2020-12-18', '2021-01-05')) {
      // Twice each day, as a cron line on two machines would.
      await run(today);
      await run(today);
      for (const row of await outbox()) if (!firstSeen.has(row.dedupeKey)) firstSeen.set(row.dedupeKey, today);
    }
    const keysOn = (day: string) => [...firstSeen].flatMap(([key, seen]) => (seen === day ? [named(key)] : [])).sort();
    expect([...new Set(firstSeen.values())].sort()).toEqual(['2020-12-22', '2020-12-29', '2020-12-30', '2020-12-31', '2021-01-04', '2021-01-05']);
    expect(keysOn('2020-12-22')).toEqual(['due_soon:2020-11:Jo Barnes', 'due_soon:2020-11:Sam Okafor']);
    expect(keysOn('2020-12-29')).toEqual(['due_today:2020-11:Jo Barnes', 'due_today:2020-11:Sam Okafor']);
    expect(keysOn('2020-12-30')).toEqual(['overdue:2020-11:Jo Barnes', 'overdue:2020-11:Sam Okafor', 'overdue_summary:2020-12-30:Priya Shah']);
    expect(keysOn('2020-12-31')).toEqual(['overdue_summary:2020-12-31:Priya Shah']);
    // Friday 1 January is New Year's Day; then a weekend.
    expect(keysOn('2021-01-04')).toEqual(['overdue_summary:2021-01-04:Priya Shah']);
    expect(keysOn('2021-01-05')).toEqual(['overdue_summary:2021-01-05:Priya Shah']);

    const rows = await outbox();
    const dueSoon = rows.find((row) => named(row.dedupeKey) === 'due_soon:2020-11:Sam Okafor')!;
    // Tuesday 22 December: the 23rd, the 24th and the 29th are left, Christmas and the 28th skipped.
    expect(dueSoon.textBody).toContain('Your figures for November 2020 are due in 3 working days, by Tuesday 29 December 2020.');
    expect((await run('2020-12-25')).notWorkingDay).toBe('Christmas Day, a bank holiday');
    expect((await run('2020-12-28')).notWorkingDay).toBe('Boxing Day (substitute day), a bank holiday');
  });

  it('reminds only leads with measures not submitted, listing those and no others', async () => {
    const report = await run('2020-12-29');
    expect(report.reminders.map((r) => [r.kind, r.recipientName])).toEqual([
      ['due_today', 'Jo Barnes'],
      ['due_today', 'Sam Okafor'],
    ]);
    await deliverOutbox(open.db, mailer);
    const [toSam] = received('sam.okafor@example.org');
    // KPI3 returned and SM3 not started; not KPI1, submitted, nor SM9, retired.
    const listed = (text: string) => [...text.matchAll(/^- (\S+) /gm)].map((match) => match[1]);
    expect(listed(toSam!.text.replace(/\r\n/g, '\n'))).toEqual(['KPI3', 'SM3']);
    expect(toSam!.text).toContain('KPI3 Title of KPI3 (returned to you)');
    expect(toSam!.text).toContain('SM3 Title of SM3 (not started)');
    expect(listed(received('jo.barnes@example.org')[0]!.text.replace(/\r\n/g, '\n'))).toEqual(['KPI2']);
    // Alex has submitted everything; the executive leads nothing.
    expect(server.received.flatMap((mail) => mail.envelopeTo).sort()).toEqual(['jo.barnes@example.org', 'sam.okafor@example.org']);
  });

  it('sends nothing to a lead who turned reminders off, nor to one who cannot enter figures, while the summary lists their measures', async () => {
    const overdue = await run('2020-12-30');
    expect(overdue.reminders.map((r) => `${r.kind} to ${r.recipientName}`)).toEqual(['overdue to Jo Barnes', 'overdue to Sam Okafor', 'overdue_summary to Priya Shah']);
    expect(await deliverOutbox(open.db, mailer)).toMatchObject({ sent: 3 });
    // Kim turned reminders off, Dana's account is deactivated, Ravi is no longer a lead; Lee, an
    // administrator, turned them off too, and Max's account is deactivated.
    for (const email of ['kim.reid@example.org', 'dana.wells@example.org', 'ravi.patel@example.org', 'lee.hart@example.org', 'max.byrne@example.org']) {
      expect(received(email)).toEqual([]);
    }
    const [summary] = received('priya.shah@example.org');
    const text = summary!.text.replace(/\r\n/g, '\n');
    expect(summary!.headers.get('subject')).toBe('Overdue figures on Wednesday 30 December 2020: 7 measures in November 2020');
    expect(text).toContain('November 2020: due by Tuesday 29 December 2020');
    expect([...text.matchAll(/^- (.+)$/gm)].map((match) => match[1])).toEqual([
      'KPI2 Title of KPI2 (lead: Jo Barnes; draft saved, not submitted)',
      'KPI3 Title of KPI3 (lead: Sam Okafor; returned to its lead)',
      'SM1 Title of SM1 (lead: Kim Reid; not started)',
      'SM2 Title of SM2 (no lead; not started)',
      'SM3 Title of SM3 (lead: Sam Okafor; not started)',
      'SM4 Title of SM4 (lead: Dana Wells; draft saved, not submitted)',
      'SM5 Title of SM5 (lead: Ravi Patel; not started)',
    ]);
  });

  it('says what a dry run would write, and writes nothing', async () => {
    const dry = await run('2020-12-30', true);
    expect(dry).toMatchObject({ intended: 3, new: 3 });
    expect(dry.reminders.map((r) => r.subject)).toContain('Overdue figures on Wednesday 30 December 2020: 7 measures in November 2020');
    expect(await outbox()).toEqual([]);
    await run('2020-12-30');
    expect(await run('2020-12-30', true)).toMatchObject({ intended: 3, new: 0 });
  });

  // Last: it submits the month and closes it for review.
  it('sends nothing about a month whose entries are all submitted, nor about one in review', async () => {
    await submitEverything(open.db, scenario.novemberId);
    for (const today of ['2020-12-22', '2020-12-29', '2020-12-30']) expect(await run(today)).toMatchObject({ intended: 0, new: 0 });

    await open.db.transaction(async (tx) => {
      await lockPeriodForStateChange(tx, scenario.novemberId);
      await tx.update(periods).set({ state: 'in_review' }).where(eq(periods.id, scenario.novemberId));
    });
    // A returned entry in review is its lead's to fix, but the returning notice says so: no reminder.
    const [kpi3] = await open.db.select({ id: measures.id }).from(measures).where(eq(measures.ref, 'KPI3'));
    await open.db.update(entries).set({ status: 'returned' }).where(eq(entries.measureId, kpi3!.id));
    for (const today of ['2020-12-29', '2020-12-30']) expect(await run(today)).toMatchObject({ intended: 0, new: 0 });
    expect(await outbox()).toEqual([]);
  });
});
