// For e2e/published-pack.spec.ts: the seeded July 2020 pack published again, as version 2, for
// committee members only, as if the month had been reopened and published so. Run with
// PGLITE_DIR set to a seeded folder before its server starts (one process per folder).
import { eq } from 'drizzle-orm';
import { closeDb, getDatabase } from '../../db/client';
import { findPeriodByMonth } from '../../db/queries/periods';
import { latestPackOf } from '../../db/queries/packs';
import { publishedPacks } from '../../db/schema';

const { db } = await getDatabase();
const july = (await findPeriodByMonth(db, '2020-07-01'))!;
const first = (await latestPackOf(db, july.id))!;
await db.insert(publishedPacks).values({
  periodId: july.id,
  version: 2,
  snapshot: first.snapshot,
  contentHash: first.contentHash,
  visibility: 'members_only',
  changeNote: 'Published again for committee members only.',
  changes: [],
});
const versions = await db.select({ version: publishedPacks.version }).from(publishedPacks).where(eq(publishedPacks.periodId, july.id));
console.log(`July 2020 now has versions ${versions.map((v) => v.version).join(', ')}`);
await closeDb();
