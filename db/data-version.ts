// The data version (db/schema.ts, `data_version`): a number that moves whenever a transaction that
// changed anything a page shows commits. The sum of eight one-row slots, read in one statement.
import { sql } from 'drizzle-orm';
import type { Queryable } from './client';
import { dataVersion } from './schema';

/** The data version as SQL: the sum of the slots, as text ("0" before any change). */
export const dataVersionSql = sql<string>`(select coalesce(sum(${dataVersion.version}), 0)::text from ${dataVersion})`;

/** The current data version, as a string. */
export async function readDataVersion(db: Queryable): Promise<string> {
  const [row] = await db.select({ version: dataVersionSql }).from(sql`(select 1) as one`);
  return row?.version ?? '0';
}
