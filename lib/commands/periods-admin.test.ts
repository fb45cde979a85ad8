// Opening months on a real database, both engines: December after the seeded November (which is
// still open: two months may be collected at once), then January; a month opened twice is one
// month; a lead's list fills with their active measures without any entry being written.
import { and, count, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../db/client';
import { loadMonthsOverview } from '../../db/queries/months-overview';
import { loadRatedMonth } from '../../db/queries/rated-month';
import { auditEvents, entries, measures, periods } from '../../db/schema';
import { seedDemo } from '../../db/seed/demo';
import { seedReferencePack } from '../../db/seed/reference-pack';
import { openMigrated, testEngines, actorByEmail } from '../../db/testing';
import type { Actor } from '../auth/policy';
import { openNextMonth } from './periods-admin';

const due = (day: string, month: string, year: string) => ({ dueDateDay: day, dueDateMonth: month, dueDateYear: year });

describe.each(testEngines())('opening the next month on $name', (engine) => {
  let open: OpenDatabase;
  const people = {} as Record<'admin' | 'lead' | 'executive' | 'viewer', Actor>;

  const actorFor = (email: string): Promise<Actor> => actorByEmail(open.db, email);
  const periodOf = async (month: string) => (await open.db.select().from(periods).where(eq(periods.month, `${month}-01`)))[0];
  // The months reported here: the seed's imported 2019/20 history is not counted.
  const periodCount = async () => (await open.db.select({ n: count() }).from(periods).where(isNull(periods.importedAt)))[0]!.n;

  beforeAll(async () => {
    open = await openMigrated(engine);
    await seedReferencePack(open.db);
    await seedDemo(open.db);
    people.admin = await actorFor('admin@tfc.example');
    people.lead = await actorFor('lead.socialcare@tfc.example');
    people.executive = await actorFor('ceo@tfc.example');
    people.viewer = await actorFor('committee@sunderland.example');
  });
  afterAll(async () => open?.close());

  it('is for administrators only, refused before the input is read', async () => {
    for (const who of [people.viewer, people.lead, people.executive, null]) {
      expect(await openNextMonth(open.db, who, { month: '2020-12', ...due('', '', '') })).toMatchObject({ ok: false, kind: 'denied' });
    }
    expect(await periodCount()).toBe(8);
  });

  it('says what is wrong with the due date, and opens nothing', async () => {
    expect(await openNextMonth(open.db, people.admin, { month: '2020-12', ...due('31', '12', '2020') })).toEqual({
      ok: false,
      kind: 'invalid',
      fieldErrors: { dueDateDay: 'The due date must be after the end of the month it is for' },
    });
    expect(await periodCount()).toBe(8);
  });

  it('opens December 2020 after the seeded November, which stays open, with its due date and an audit event', async () => {
    expect(await openNextMonth(open.db, people.admin, { month: '2020-12', ...due('15', '1', '2021') })).toEqual({
      ok: true,
      value: { month: '2020-12', label: 'December 2020', dueDate: '2021-01-15' },
    });
    expect(await periodOf('2020-12')).toMatchObject({ financialYear: 2020, state: 'open', dueDate: '2021-01-15' });
    expect((await periodOf('2020-11'))!.state).toBe('open');
    const events = await open.db.select().from(auditEvents).where(eq(auditEvents.action, 'period.open'));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: people.admin.id, subjectType: 'period', subjectId: '2020-12', after: { state: 'open', dueDate: '2021-01-15' } });
  });

  it('fills the lead’s list with every active measure they own, without writing any entry', async () => {
    const december = (await periodOf('2020-12'))!;
    const owned = await open.db
      .select({ ref: measures.ref })
      .from(measures)
      .where(and(eq(measures.ownerId, people.lead.id), eq(measures.active, true)))
      .orderBy(measures.displayOrder, measures.ref);
    expect(owned.length).toBeGreaterThan(0);
    const list = await loadRatedMonth(open.db, december, { ownerId: people.lead.id });
    expect(list.map((row) => row.measure.ref)).toEqual(owned.map((m) => m.ref));
    expect(list.every((row) => row.entry === null)).toBe(true);
    expect((await open.db.select({ n: count() }).from(entries).where(eq(entries.periodId, december.id)))[0]!.n).toBe(0);
  });

  it('refuses to open December again, a month out of order or one that has moved on, in words; opening next opens January 2021 in the next financial year’s count', async () => {
    expect(await openNextMonth(open.db, people.admin, { month: '2020-12', ...due('15', '1', '2021') })).toEqual({
      ok: false,
      kind: 'state',
      message: 'December 2020 is already open. Reload the page to see the month you can open next.',
    });
    // A month further on than the next is not offered, so not opened.
    expect(await openNextMonth(open.db, people.admin, { month: '2021-02', ...due('10', '3', '2021') })).toEqual({
      ok: false,
      kind: 'state',
      message: 'Months are opened in order: the next one is the month after December 2020. Reload the page and open the month it offers.',
    });
    // A month that has moved on since it was opened (October is published) is not opened again.
    expect(await openNextMonth(open.db, people.admin, { month: '2020-10', ...due('15', '11', '2020') })).toEqual({
      ok: false,
      kind: 'state',
      message: 'October 2020 has already been opened. Reload the page to see the month you can open next.',
    });
    // A month before any held was never opened, and is not opened now: not "already opened".
    expect(await openNextMonth(open.db, people.admin, { month: '2019-02', ...due('10', '3', '2019') })).toEqual({
      ok: false,
      kind: 'state',
      message: 'February 2019 comes before December 2020, the latest month opened: months are opened in order, after the latest. Reload the page and open the month it offers.',
    });
    expect(await openNextMonth(open.db, people.admin, { month: '2021-01', ...due('10', '2', '2021') })).toMatchObject({ ok: true });
    // January 2021 belongs to the 2020/21 financial year, which began in April 2020.
    expect(await periodOf('2021-01')).toMatchObject({ financialYear: 2020, state: 'open', dueDate: '2021-02-10' });
    expect(await periodCount()).toBe(10);
    const overview = await loadMonthsOverview(open.db, '2021-01-20');
    expect(overview.slice(0, 3).map((m) => [m.label, m.state, m.submitted, m.expected, m.overdue])).toEqual([
      ['January 2021', 'open', 0, 32, null],
      ['December 2020', 'open', 0, 32, 32],
      ['November 2020', 'open', 0, 32, 32],
    ]);
  });

  it('lets one of two administrators opening the same month at once open it; the other is told', async () => {
    const results = await Promise.all([
      openNextMonth(open.db, people.admin, { month: '2021-02', ...due('10', '3', '2021') }),
      openNextMonth(open.db, people.admin, { month: '2021-02', ...due('12', '3', '2021') }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, kind: 'state', message: 'February 2021 is already open. Reload the page to see the month you can open next.' }]);
    expect(await open.db.select({ n: count() }).from(auditEvents).where(and(eq(auditEvents.action, 'period.open'), eq(auditEvents.subjectId, '2021-02')))).toEqual([{ n: 1 }]);
  });
});
