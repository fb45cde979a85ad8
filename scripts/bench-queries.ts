// `npm run bench`: how many queries the catalogue and the entry list make, and how long they and
// their ratings take, with the reference pack's 32 measures and again with ten times as many.
// The query counts must not grow with the number of measures. Runs on an in-memory PGlite, so it
// measures our queries and code, not a network. Prints a table; asserts nothing.
import { performance } from 'node:perf_hooks';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { PGlite } from '@electric-sql/pglite';
import type { Logger } from 'drizzle-orm/logger';
import type { Database, Transaction } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { listMeasureCatalogue } from '../db/queries/catalogue';
import { findOpenPeriod, listMeasuresForEntry } from '../db/queries/entries';
import { latestPublishedPeriod, listEntriesForRating } from '../db/queries/periods';
import * as schema from '../db/schema';
import { seedReferencePack } from '../db/seed/reference-pack';
import { groupBy } from '../lib/group-by';
import { rateMeasureForMonth } from '../lib/rating';

class CountingLogger implements Logger {
  count = 0;
  logQuery() {
    this.count++;
  }
}

/**
 * Copies every measure with its targets and figures, `times - 1` times over. Run while the seed's
 * months are still open: as with people's figures, the database takes entries only then.
 */
async function copyMeasures(tx: Transaction, times: number) {
  const base = await tx.select().from(schema.measures);
  const targets = await tx.select().from(schema.annualTargets);
  const rows = await tx.select().from(schema.entries);
  for (let copy = 1; copy < times; copy++) {
    const made = await tx
      .insert(schema.measures)
      .values(base.map(({ id: _id, ...m }) => ({ ...m, ref: `${m.ref}-${copy}`, displayOrder: m.displayOrder + copy * 1000 })))
      .returning({ id: schema.measures.id });
    const idFor = new Map(base.map((m, i) => [m.id, made[i]!.id]));
    await tx.insert(schema.annualTargets).values(targets.map(({ id: _id, ...t }) => ({ ...t, measureId: idFor.get(t.measureId)! })));
    await tx.insert(schema.entries).values(rows.map(({ id: _id, ...e }) => ({ ...e, measureId: idFor.get(e.measureId)! })));
  }
}

async function measure(db: Database, logger: CountingLogger) {
  const timed = async (work: () => Promise<unknown>) => {
    logger.count = 0;
    const start = performance.now();
    for (let i = 0; i < 20; i++) await work();
    return { queries: logger.count / 20, ms: (performance.now() - start) / 20 };
  };
  const catalogue = await timed(async () => {
    const period = (await latestPublishedPeriod(db))!;
    const [measures, ratingEntries] = await Promise.all([
      listMeasureCatalogue(db, period.financialYear),
      listEntriesForRating(db, period.financialYear, period.month),
    ]);
    const byMeasure = groupBy(ratingEntries, (e) => e.measureId);
    return measures.map((m) => rateMeasureForMonth(m, m, period.month, byMeasure.get(m.id) ?? []));
  });
  const entryList = await timed(async () => {
    const period = (await findOpenPeriod(db))!;
    return Promise.all([listMeasuresForEntry(db, period, null), listEntriesForRating(db, period.financialYear, period.month)]);
  });
  return { catalogue, entryList };
}

/** A fresh in-memory database with the reference pack, its measures copied `times - 1` times. */
async function seeded(times: number) {
  const client = new PGlite();
  const logger = new CountingLogger();
  const db = drizzlePglite({ client, schema, logger }) as unknown as Database;
  await migrateDatabase({ db, engine: 'pglite', close: async () => {} });
  await seedReferencePack(db, { whileOpen: (tx) => copyMeasures(tx, times) });
  return { client, db, logger };
}

const results: Record<string, string>[] = [];
for (const times of [1, 10]) {
  const { client, db, logger } = await seeded(times);
  const count = (await db.select().from(schema.measures)).length;
  const { catalogue, entryList } = await measure(db, logger);
  results.push({
    measures: String(count),
    'catalogue queries': String(catalogue.queries),
    'catalogue ms (with ratings)': catalogue.ms.toFixed(1),
    'entry list queries': String(entryList.queries),
    'entry list ms': entryList.ms.toFixed(1),
  });
  await client.close();
}
console.table(results);
