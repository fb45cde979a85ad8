// A fixture for the benchmark at scale (`npm run bench -- --years 5`): copies the demo's
// illustrative 2019/20, held as imported history, to the financial years before it, so the
// database holds `years` years of figures before 2020/21. Each copied month is inserted open (the
// database takes entries only into an open month), its entries written, and the month then marked
// signed-off imported history, as `figures:import --history` leaves a month; all in one
// transaction. Never for real data.
import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../client';
import { entries, periods } from '../schema';

const SOURCE_YEAR = 2019;

/** "2019-04-01" moved back whole years: "2016-04-01". */
const yearsBack = (date: string, years: number) => `${Number(date.slice(0, 4)) - years}${date.slice(4)}`;

/** Adds the financial years before 2019/20 until there are `years` years of history; returns how many were added. */
export async function addHistoryYears(db: Database, years: number): Promise<number> {
  const toAdd = Math.max(years - 1, 0);
  if (toAdd === 0) return 0;
  await db.transaction(async (tx) => {
    const source = await tx.select().from(periods).where(eq(periods.financialYear, SOURCE_YEAR));
    if (source.length === 0) throw new Error('Seed: load the demo before adding history years (2019/20 is missing).');
    const sourceEntries = await tx.select().from(entries).where(inArray(entries.periodId, source.map((p) => p.id)));
    for (let back = 1; back <= toAdd; back++) {
      const made = await tx
        .insert(periods)
        .values(source.map((p) => ({ month: yearsBack(p.month, back), financialYear: SOURCE_YEAR - back, state: 'open' as const, dueDate: yearsBack(p.dueDate, back) })))
        .returning({ id: periods.id, month: periods.month });
      const madeFor = new Map(source.map((p) => [p.id, made.find((m) => m.month === yearsBack(p.month, back))!.id]));
      if (sourceEntries.length > 0) {
        await tx.insert(entries).values(sourceEntries.map(({ id: _id, ...e }) => ({ ...e, periodId: madeFor.get(e.periodId)! })));
      }
      await tx.update(periods).set({ state: 'approved', importedAt: new Date() }).where(inArray(periods.id, made.map((m) => m.id)));
    }
  });
  return toAdd;
}
