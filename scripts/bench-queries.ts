// `npm run bench`: how many queries the catalogue, the entry list and each role's home make, and
// how long they and their ratings take, with the reference pack's 32 measures and again with ten
// times as many.
// Both read a rated month (db/queries/rated-month.ts). Runs on an in-memory PGlite, so it measures
// our queries and code, not a network. Prints a table; asserts nothing: the query counts are
// checked by db/queries/rated-month.test.ts and db/queries/home/home.test.ts.
import { performance } from 'node:perf_hooks';
import type { Database } from '../db/client';
import { eq } from 'drizzle-orm';
import { loadHome } from '../db/queries/home';
import { findOpenPeriod, latestPublishedPeriod } from '../db/queries/periods';
import { loadRatedMonth } from '../db/queries/rated-month';
import * as schema from '../db/schema';
import { copyMeasures } from '../db/seed/copy-measures';
import { seedDemo } from '../db/seed/demo';
import { seedReferencePack } from '../db/seed/reference-pack';
import { openCountingDatabase } from '../db/testing';

async function measure(db: Database, counter: { count: number }) {
  const timed = async (work: () => Promise<unknown>) => {
    counter.count = 0;
    const start = performance.now();
    for (let i = 0; i < 20; i++) await work();
    return { queries: counter.count / 20, ms: (performance.now() - start) / 20 };
  };
  const catalogue = await timed(async () => loadRatedMonth(db, (await latestPublishedPeriod(db))!, { publishedOnly: true }));
  const entryList = await timed(async () => loadRatedMonth(db, (await findOpenPeriod(db))!));
  // Each role's home, as the demo's social-care lead holding that one role.
  const [lead] = await db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.email, 'lead.socialcare@tfc.example'));
  const home = async (role: 'lead' | 'executive' | 'admin' | 'viewer') => timed(() => loadHome(db, { id: lead!.id, roles: [role] }, '2020-12-11'));
  return { catalogue, entryList, homes: { lead: await home('lead'), executive: await home('executive'), admin: await home('admin'), viewer: await home('viewer') } };
}

const { db, counter, close } = await openCountingDatabase();
await seedReferencePack(db);
await seedDemo(db);

const results: Record<string, string>[] = [];
for (const times of [1, 10]) {
  if (times > 1) await copyMeasures(db, times);
  const count = (await db.select().from(schema.measures)).length;
  const { catalogue, entryList, homes } = await measure(db, counter);
  results.push({
    measures: String(count),
    'catalogue queries': String(catalogue.queries),
    'catalogue ms (with ratings)': catalogue.ms.toFixed(1),
    'entry list queries': String(entryList.queries),
    'entry list ms': entryList.ms.toFixed(1),
    ...Object.fromEntries(Object.entries(homes).map(([role, h]) => [`home (${role}) queries / ms`, `${h.queries} / ${h.ms.toFixed(1)}`])),
  });
}
console.table(results);
await close();
