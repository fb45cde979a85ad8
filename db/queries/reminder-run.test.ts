// What the reminders job reads: the schedule's contract kept (every lead named is given, those who
// must get nothing with reminders off), and the same few queries however many people and measures.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PEOPLE, seedReminderScenario, titleOf, type Scenario } from '../../lib/notices/reminders-testing';
import { copyMeasures } from '../seed/copy-measures';
import { measures, userRoles, users } from '../schema';
import type { OpenDatabase } from '../client';
import { openCountingDatabase, openMigrated, testEngines } from '../testing';
import { loadReminderRun } from './reminder-run';

describe.each(testEngines())('what the reminders job reads on $name', (engine) => {
  let open: OpenDatabase;
  let scenario: Scenario;

  beforeAll(async () => {
    open = await openMigrated(engine);
    scenario = await seedReminderScenario(open.db);
  });
  afterAll(async () => open?.close());

  it('gives the open month, its measures not submitted in the pack’s order, every lead they name and the active administrators', async () => {
    const run = await loadReminderRun(open.db, '2020-12-30');
    expect(run.today).toBe('2020-12-30');
    expect(run.months).toEqual([{ month: '2020-11-01', dueDate: '2020-12-29', state: 'open' }]);
    expect(run.outstanding.map((row) => [row.ref, row.status, row.leadUserId && scenario.nameOf(row.leadUserId)])).toEqual([
      ['KPI2', 'draft', 'Jo Barnes'],
      ['KPI3', 'returned', 'Sam Okafor'],
      ['SM1', 'not_started', 'Kim Reid'],
      ['SM2', 'not_started', null],
      ['SM3', 'not_started', 'Sam Okafor'],
      ['SM4', 'draft', 'Dana Wells'],
      ['SM5', 'not_started', 'Ravi Patel'],
    ]);
    expect(run.outstanding[0]).toMatchObject({ month: '2020-11-01', title: titleOf('KPI2') });
    // Alex, whose measures are all submitted, is not named; Kim (reminders off), Dana (deactivated)
    // and Ravi (no longer a lead) are given, with reminders off.
    expect(run.leads.map((lead) => [lead.name, lead.remindersOn])).toEqual([
      ['Dana Wells', false],
      ['Jo Barnes', true],
      ['Kim Reid', false],
      ['Ravi Patel', false],
      ['Sam Okafor', true],
    ]);
    expect(run.leads.find((lead) => lead.name === 'Jo Barnes')).toEqual({ userId: scenario.ids.jo, name: 'Jo Barnes', email: PEOPLE.jo.email, remindersOn: true });
    // Max's account is deactivated; Lee has reminders off.
    expect(run.admins.map((admin) => [admin.name, admin.remindersOn])).toEqual([
      ['Lee Hart', false],
      ['Priya Shah', true],
    ]);
  });
});

// Counted on the embedded database, which counts its statements (db/testing.ts, openCountingDatabase).
describe('the queries the reminders job reads in', () => {
  let open: Awaited<ReturnType<typeof openCountingDatabase>>;

  beforeAll(async () => {
    open = await openCountingDatabase();
    await seedReminderScenario(open.db);
  });
  afterAll(async () => open?.close());

  const read = async () => {
    const before = open.counter.count;
    const run = await loadReminderRun(open.db, '2020-12-30');
    return { run, queries: open.counter.count - before };
  };

  it('are three', async () => {
    expect((await read()).queries).toBe(3);
  });

  it('are the same three with ten times the measures and a lead for each', async () => {
    await copyMeasures(open.db, 10);
    const copies = await open.db.select({ id: measures.id, ref: measures.ref }).from(measures).where(eq(measures.active, true));
    const leads = await open.db
      .insert(users)
      .values(copies.map((m) => ({ email: `lead.${m.ref.toLowerCase()}@example.org`, name: `Lead of ${m.ref}` })))
      .returning({ id: users.id, email: users.email });
    await open.db.insert(userRoles).values(leads.map((lead) => ({ userId: lead.id, role: 'lead' as const })));
    for (const [i, m] of copies.entries()) await open.db.update(measures).set({ ownerId: leads[i]!.id }).where(eq(measures.id, m.id));

    const { run, queries } = await read();
    expect(queries).toBe(3);
    expect(run.outstanding.length).toBe(70);
    expect(run.leads.length).toBe(run.outstanding.length);
  });
});
