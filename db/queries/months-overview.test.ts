import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../client';
import { entries, measures, periods } from '../schema';
import { seedDemo } from '../seed/demo';
import { seedReferencePack } from '../seed/reference-pack';
import { openCountingDatabase, openMigrated, testEngines } from '../testing';
import { loadMonthsOverview } from './months-overview';

describe.each(testEngines())('the months overview on $name', (engine) => {
  let open: OpenDatabase;

  beforeAll(async () => {
    open = await openMigrated(engine);
    await seedReferencePack(open.db);
    await seedDemo(open.db);
  });
  afterAll(async () => open?.close());

  it('lists every month newest first, with its state, due date and submitted entries of the 32 active measures', async () => {
    const overview = await loadMonthsOverview(open.db, '2020-12-01');
    expect(overview.map((m) => m.month)).toEqual([
      '2020-11', '2020-10', '2020-09', '2020-08', '2020-07', '2020-06', '2020-05', '2020-04',
      '2020-03', '2020-02', '2020-01', '2019-12', '2019-11', '2019-10', '2019-09', '2019-08', '2019-07', '2019-06', '2019-05', '2019-04',
    ]);
    // November is open, with the demo's drafts only: nothing submitted, and not due until 10 December.
    expect(overview[0]).toEqual({
      month: '2020-11', label: 'November 2020', state: 'open', importedHistory: false, dueDate: '2020-12-10', submitted: 0, expected: 32, overdue: null,
    });
    // 2019/20 is the seed's illustrative history, imported signed off: 25 measures a month, KPI2 at its quarter ends.
    expect(overview.filter((m) => m.importedHistory).map((m) => m.month)).toEqual(overview.slice(8).map((m) => m.month));
    expect(overview.find((m) => m.month === '2020-03')).toMatchObject({ state: 'approved', importedHistory: true, dueDate: '2020-04-15', submitted: 26, overdue: null });
    expect(overview.find((m) => m.month === '2020-02')).toMatchObject({ submitted: 25 });
    expect(overview[1]).toMatchObject({ label: 'October 2020', state: 'published', dueDate: '2020-11-10', expected: 32, overdue: null });
    // What the reference pack holds for October, counted directly.
    const october = await open.db
      .select({ id: entries.id })
      .from(entries)
      .innerJoin(periods, eq(periods.id, entries.periodId))
      .innerJoin(measures, eq(measures.id, entries.measureId))
      .where(eq(periods.month, '2020-10-01'));
    expect(overview[1]!.submitted).toBe(october.length);
    expect(overview[1]!.submitted).toBeGreaterThan(0);
  });

  it('counts November’s measures as overdue from the day after its due date, not on it', async () => {
    expect((await loadMonthsOverview(open.db, '2020-12-10'))[0]!.overdue).toBeNull();
    expect((await loadMonthsOverview(open.db, '2020-12-11'))[0]!.overdue).toBe(32);
    // A month in review is past entry: nothing is overdue in it, whatever the date.
    expect((await loadMonthsOverview(open.db, '2021-06-01'))[1]!.overdue).toBeNull();
  });
});

it('reads the overview in two queries, however many months', async () => {
  const { db, counter, close } = await openCountingDatabase();
  try {
    await seedReferencePack(db);
    counter.count = 0;
    expect(await loadMonthsOverview(db, '2020-12-11')).toHaveLength(8 + 12); // and 2019/20's imported history
    expect(counter.count).toBe(2);
  } finally {
    await close();
  }
});
