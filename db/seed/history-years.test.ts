import { eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../client';
import { entries, periods } from '../schema';
import { openMigrated, testEngines } from '../testing';
import { seedDemo } from './demo';
import { addHistoryYears } from './history-years';
import { seedReferencePack } from './reference-pack';

describe.each(testEngines().slice(0, 1))('more years of history for the benchmark, on $name', (engine) => {
  let open: OpenDatabase;
  beforeAll(async () => {
    open = await openMigrated(engine);
    await seedReferencePack(open.db);
    await seedDemo(open.db);
  });
  afterAll(async () => open?.close());

  it('copies 2019/20 to the four years before it, each month signed off as imported history', async () => {
    const entriesOf = async (year: number) =>
      (await open.db.select({ id: entries.id }).from(entries).innerJoin(periods, eq(periods.id, entries.periodId)).where(eq(periods.financialYear, year))).length;
    const in2019 = await entriesOf(2019);
    expect(await addHistoryYears(open.db, 1)).toBe(0);
    expect(await addHistoryYears(open.db, 5)).toBe(4);
    for (const year of [2015, 2016, 2017, 2018]) expect(await entriesOf(year)).toBe(in2019);
    const [april2015] = await open.db.select().from(periods).where(eq(periods.month, '2015-04-01'));
    expect(april2015).toMatchObject({ financialYear: 2015, state: 'approved', dueDate: '2015-05-15' });
    expect(april2015!.importedAt).not.toBeNull();
    expect(await open.db.$count(periods, isNotNull(periods.importedAt))).toBe(5 * 12);
  });
});
