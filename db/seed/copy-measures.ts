// A fixture for the benchmark and the query-count test: copies every measure, with its targets and
// entries, so the database holds `times` as many measures ("KPI1", "KPI1-1", "KPI1-2", ...).
// Entries may be written only into open months, so the copies go in while every period is open
// for a moment (imported history unmarked for it, as a history import does), and the periods'
// states are put back, all in one transaction. Never for real data.
import { eq, ne } from 'drizzle-orm';
import type { Database } from '../client';
import { annualTargets, entries, measures, periods } from '../schema';

/** A copy's reference: "KPI1-1" unless the caller names them otherwise (the load test needs refs a form accepts). */
export type CopyRef = (ref: string, copy: number) => string;

export async function copyMeasures(db: Database, times: number, refFor: CopyRef = (ref, copy) => `${ref}-${copy}`): Promise<void> {
  await db.transaction(async (tx) => {
    const base = await tx.select().from(measures);
    const targets = await tx.select().from(annualTargets);
    const rows = await tx.select().from(entries);
    const states = await tx.select({ id: periods.id, state: periods.state, importedAt: periods.importedAt }).from(periods);
    await tx.update(periods).set({ state: 'open', importedAt: null }).where(ne(periods.state, 'open'));
    for (let copy = 1; copy < times; copy++) {
      const made = await tx
        .insert(measures)
        .values(base.map(({ id: _id, ...m }) => ({ ...m, ref: refFor(m.ref, copy), displayOrder: m.displayOrder + copy * 1000 })))
        .returning({ id: measures.id });
      const idFor = new Map(base.map((m, i) => [m.id, made[i]!.id]));
      if (targets.length > 0) {
        await tx.insert(annualTargets).values(targets.map(({ id: _id, ...t }) => ({ ...t, measureId: idFor.get(t.measureId)! })));
      }
      if (rows.length > 0) {
        await tx.insert(entries).values(rows.map(({ id: _id, ...e }) => ({ ...e, measureId: idFor.get(e.measureId)! })));
      }
    }
    for (const { id, state, importedAt } of states) {
      await tx.update(periods).set({ state, importedAt }).where(eq(periods.id, id));
    }
  });
}
