// The workflow's notices run as many queries for sixty people as for six: recipients are read in
// one query, and every message written at once.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Transaction } from '../../db/client';
import { measures, outboxMessages, periods, userRoles, users, type Role } from '../../db/schema';
import { seedDemo } from '../../db/seed/demo';
import { seedReferencePack } from '../../db/seed/reference-pack';
import { openCountingDatabase } from '../../db/testing';
import { noticeEntryReturned, noticeIfReadyForReview, noticeMonthOpened, noticePackPublished } from './workflow-notices';

describe('the queries of the workflow’s notices', () => {
  let open: Awaited<ReturnType<typeof openCountingDatabase>>;
  let november: number;
  let kpi4: number;
  let executive: string;

  /** Runs each notice once, in a transaction; the queries each took, and the messages written. */
  async function queriesOfEach(round: number) {
    const runs: [string, (tx: Transaction) => Promise<number>][] = [
      ['month_opened', (tx) => noticeMonthOpened(tx, { month: `2021-0${round}`, dueDate: '2021-03-15' })],
      ['entry_returned', (tx) => noticeEntryReturned(tx, { month: '2020-11', measureId: kpi4, reviewNoteId: round, note: 'Please check.', returnedById: executive })],
      ['ready_for_review', (tx) => noticeIfReadyForReview(tx, [{ periodId: november, month: '2020-11' }])],
      ['pack_published', (tx) => noticePackPublished(tx, { month: '2020-11', version: round, visibility: 'public', changeNote: round > 1 ? 'Corrected.' : null })],
    ];
    const result: Record<string, { queries: number; written: number }> = {};
    for (const [name, run] of runs) {
      const before = open.counter.count;
      const written = await open.db.transaction(run);
      result[name] = { queries: open.counter.count - before, written };
    }
    return result;
  }

  beforeAll(async () => {
    open = await openCountingDatabase();
    await seedReferencePack(open.db);
    await seedDemo(open.db);
    november = (await open.db.select({ id: periods.id }).from(periods).where(eq(periods.month, '2020-11-01')))[0]!.id;
    kpi4 = (await open.db.select({ id: measures.id }).from(measures).where(eq(measures.ref, 'KPI4')))[0]!.id;
    executive = (await open.db.select({ id: users.id }).from(users).where(eq(users.email, 'ceo@tfc.example')))[0]!.id;
    // Every entry of November submitted, so the month is ready for review.
    await open.db.execute(sql.raw(`insert into entries (measure_id, period_id, availability, status)
      select id, ${november}, 'not_available', 'submitted' from measures where active
      on conflict (measure_id, period_id) do update set status = 'submitted'`));
  });
  afterAll(async () => open?.close());

  it('does not grow with the number of leads, measures, executives or viewers', async () => {
    const few = await queriesOfEach(1);
    // Recipients, then the outbox's read of their accounts and its one insert; a lock and the
    // month's completion before a month ready for review; the returner's name beside a return.
    expect(few).toEqual({
      month_opened: { queries: 3, written: 2 },
      entry_returned: { queries: 4, written: 1 },
      ready_for_review: { queries: 5, written: 1 },
      pack_published: { queries: 3, written: 1 },
    });

    // Fifty more people: ten of each role but lead, and twenty leads sharing the measures.
    const made = (role: Role, n: number) => Array.from({ length: n }, (_, i) => ({ email: `${role}.${i}@tfc.example`, name: `${role} ${i}`, role }));
    const people = [...made('executive', 10), ...made('viewer', 10), ...made('admin', 10), ...made('lead', 20)];
    const ids = await open.db.insert(users).values(people.map(({ email, name }) => ({ email, name }))).returning({ id: users.id, email: users.email });
    await open.db.insert(userRoles).values(ids.map((u, i) => ({ userId: u.id, role: people[i]!.role })));
    const leads = ids.filter((_, i) => people[i]!.role === 'lead');
    const all = await open.db.select({ id: measures.id }).from(measures).where(eq(measures.active, true));
    for (const [i, measure] of all.entries()) {
      if (i % 3 === 0) await open.db.update(measures).set({ ownerId: leads[i % leads.length]!.id }).where(eq(measures.id, measure.id));
    }
    // A new revision of November, so it is ready for review again.
    await open.db.execute(sql.raw(`update entries set version = version + 1 where period_id = ${november}`));

    const many = await queriesOfEach(2);
    expect(many.month_opened!.written).toBeGreaterThan(10);
    expect(many.ready_for_review!.written).toBe(11);
    expect(many.pack_published!.written).toBe(11);
    for (const name of Object.keys(few)) expect({ name, queries: many[name]!.queries }).toEqual({ name, queries: few[name]!.queries });
    expect((await open.db.select({ id: outboxMessages.id }).from(outboxMessages)).length).toBe(
      Object.values(few).reduce((n, r) => n + r.written, 0) + Object.values(many).reduce((n, r) => n + r.written, 0),
    );
  });
});
