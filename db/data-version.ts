// The data version (db/schema.ts, `data_version`): a number that moves whenever a transaction that
// changed anything a page shows commits. One indexed read of one row.
import { eq } from 'drizzle-orm';
import type { Queryable } from './client';
import { dataVersion } from './schema';

/** The current data version, as a string ("0" on a database no migration has given the row). */
export async function readDataVersion(db: Queryable): Promise<string> {
  const [row] = await db.select({ version: dataVersion.version }).from(dataVersion).where(eq(dataVersion.id, 1));
  return row ? String(row.version) : '0';
}
