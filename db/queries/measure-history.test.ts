// A measure's page: every month of the year the person may see, rated as a rated month rates it,
// and a committee viewer's published months only. A fixed number of queries however many months.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, OpenDatabase } from '../client';
import { annualTargets, entries, measures, periods, users } from '../schema';
import { seedReferencePack } from '../seed/reference-pack';
import { openCountingDatabase, openMigrated, testEngines } from '../testing';
import { loadMeasureHistory } from './measure-history';
import { findPeriodByMonth } from './periods';
import { loadRatedMonth } from './rated-month';

const STAFF_MONTHS = ['2020-04-01', '2020-05-01', '2020-06-01', '2020-07-01', '2020-08-01', '2020-09-01', '2020-10-01', '2020-11-01'];
const PUBLISHED_MONTHS = ['2020-07-01', '2020-10-01'];

describe.each(testEngines())("a measure's history on $name", (engine) => {
  let open: OpenDatabase;
  let db: Database;

  beforeAll(async () => {
    open = await openMigrated(engine);
    db = open.db;
    await seedReferencePack(db);
    // A November draft, which only staff may see, entered by a named person.
    const [lead] = await db.insert(users).values({ email: 'lead@example.test', name: 'Lead One' }).returning({ id: users.id });
    const [sm4] = await db.select().from(measures).where(eq(measures.ref, 'SM4'));
    const november = await findPeriodByMonth(db, '2020-11-01');
    await db.insert(entries).values({
      measureId: sm4!.id,
      periodId: november!.id,
      value: '30.0',
      ytdValue: '25.5',
      commentary: 'A November draft.',
      updatedById: lead!.id,
    });
  });
  afterAll(async () => {
    await open?.close();
  });

  it('lists every month of the latest year for staff, each with its entry and who entered it', async () => {
    const history = (await loadMeasureHistory(db, 'SM4', { publishedOnly: false }))!;
    expect(history.year).toBe(2020);
    expect(history.months.map((m) => m.month)).toEqual(STAFF_MONTHS);
    const november = history.months.at(-1)!;
    expect(november).toMatchObject({
      periodState: 'open',
      entry: { value: '30.0', ytdValue: '25.5', commentary: 'A November draft.', status: 'draft', updatedByName: 'Lead One' },
    });
    const [october] = await db
      .select({ value: entries.value, ytdValue: entries.ytdValue, commentary: entries.commentary })
      .from(entries)
      .innerJoin(periods, eq(periods.id, entries.periodId))
      .innerJoin(measures, eq(measures.id, entries.measureId))
      .where(and(eq(periods.month, '2020-10-01'), eq(measures.ref, 'SM4')));
    expect(history.months.find((m) => m.month === '2020-10-01')!.entry).toMatchObject(october!);
    const [target] = await db.select().from(annualTargets).where(eq(annualTargets.measureId, history.measure.id));
    expect(history.targets).toEqual([{ financialYear: 2020, target: target!.target, toleranceEdge: target!.toleranceEdge }]);
  });

  it("shows a committee viewer the published months only, with nothing of a month they may not see", async () => {
    const history = (await loadMeasureHistory(db, 'SM4', { publishedOnly: true }))!;
    expect(history.months.map((m) => m.month)).toEqual(PUBLISHED_MONTHS);
    expect(history.months.every((m) => m.periodState === 'published')).toBe(true);
    expect(JSON.stringify(history)).not.toContain('A November draft.');
    // KPI2 is rated on the quarter to September, which is approved but not published.
    const kpi2 = (await loadMeasureHistory(db, 'KPI2', { publishedOnly: true }))!;
    expect(kpi2.months.find((m) => m.month === '2020-10-01')!.rating.rating).toBe('blue');
  });

  it('rates every month as the rated month does, for staff and for a viewer', async () => {
    const refs = (await db.select({ ref: measures.ref }).from(measures)).map((m) => m.ref);
    for (const publishedOnly of [false, true]) {
      const months = publishedOnly ? PUBLISHED_MONTHS : STAFF_MONTHS;
      const ratedMonths = new Map(
        await Promise.all(
          months.map(async (month) => [month, await loadRatedMonth(db, (await findPeriodByMonth(db, month))!, { publishedOnly })] as const),
        ),
      );
      for (const ref of refs) {
        const history = (await loadMeasureHistory(db, ref, { publishedOnly }))!;
        const got = history.months.map((m) => [ref, m.month, m.rating]);
        const expected = months.map((month) => [ref, month, ratedMonths.get(month)!.find((r) => r.measure.ref === ref)!.rating]);
        expect(got).toEqual(expected);
      }
    }
  });

  it('keeps a retired measure, saying it is retired', async () => {
    await db.update(measures).set({ active: false }).where(eq(measures.ref, 'SM1'));
    try {
      const history = (await loadMeasureHistory(db, 'SM1', { publishedOnly: false }))!;
      expect(history.measure.active).toBe(false);
      expect(history.months.map((m) => m.month)).toEqual(STAFF_MONTHS);
    } finally {
      await db.update(measures).set({ active: true }).where(eq(measures.ref, 'SM1'));
    }
  });

  it('chooses a year the person may see, and knows no such measure', async () => {
    expect((await loadMeasureHistory(db, 'SM4', { publishedOnly: false, financialYear: 2018 }))!.year).toBe(2020);
    // 2019/20 is the seed's imported history: staff may read it; it was never published.
    expect((await loadMeasureHistory(db, 'SM4', { publishedOnly: false, financialYear: 2020 }))!.years).toEqual([2020, 2019]);
    const lastYear = (await loadMeasureHistory(db, 'SM4', { publishedOnly: false, financialYear: 2019 }))!;
    expect([lastYear.year, lastYear.months.length, lastYear.months[6]?.entry?.value]).toEqual([2019, 12, '27.5']);
    expect((await loadMeasureHistory(db, 'SM4', { publishedOnly: true, financialYear: 2019 }))!.year).toBe(2020);
    expect(await loadMeasureHistory(db, 'XYZ99', { publishedOnly: false })).toBeNull();
  });
});

describe("a measure's history in a fixed number of queries", () => {
  it('makes as many queries for two months as for eight', async () => {
    const { db, counter, close } = await openCountingDatabase();
    try {
      await seedReferencePack(db);
      const count = async (publishedOnly: boolean) => {
        counter.count = 0;
        const history = await loadMeasureHistory(db, 'KPI1', { publishedOnly });
        return { months: history!.months.length, queries: counter.count };
      };
      const staff = await count(false);
      const viewer = await count(true);
      expect([staff.months, viewer.months]).toEqual([8, 2]);
      expect(staff.queries).toBe(viewer.queries);
      expect(staff.queries).toBeLessThanOrEqual(4);
    } finally {
      await close();
    }
  });
});
