// The newest published version of a month, asked of the shared PostgreSQL database: what the pack
// cache (scripts/pack-cache.mjs) checks a kept newest address against when several servers share
// one database, since another server may have published since. Plain Node, no build step.
import postgres from 'postgres';

/**
 * `newestVersion("2020-10")` → 2, or null when the month has no published version. One indexed
 * query (periods' unique month, then published_packs' unique period and version) on a pool of its
 * own, apart from Next's, so a burst of pack readers never waits behind the pages' queries.
 */
export function newestVersionIn(databaseUrl) {
  const sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
  async function newestVersion(month) {
    const [row] = await sql`
      select max(published_packs.version)::int as version
      from published_packs join periods on periods.id = published_packs.period_id
      where periods.month = ${`${month}-01`}::date`;
    return row?.version ?? null;
  }
  newestVersion.end = () => sql.end({ timeout: 5 });
  return newestVersion;
}
