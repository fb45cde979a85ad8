// How many server processes `npm start` runs: WEB_CONCURRENCY, default 1. A Node process draws
// pages on one thread, so on PostgreSQL one process per core answers more at once (README, "Every
// page, in numbers"). The embedded database is a folder that one process opens: there it is 1.

/**
 * The number of server processes, or a sentence saying what to change.
 * @param {Record<string, string | undefined>} [env]
 */
export function serverWorkers(env = process.env) {
  const raw = (env.WEB_CONCURRENCY ?? '').trim();
  if (raw === '') return { count: 1 };
  if (!/^[1-9][0-9]?$/.test(raw)) {
    return { problem: `WEB_CONCURRENCY must be a whole number of server processes from 1 to 99 (one per core is usual), not "${raw}".` };
  }
  const count = Number(raw);
  if (count > 1 && !env.DATABASE_URL) {
    return {
      problem: `WEB_CONCURRENCY is ${count}, but the embedded database can be opened by one process only. Set DATABASE_URL to a PostgreSQL database to run several server processes, or set WEB_CONCURRENCY to 1.`,
    };
  }
  return { count };
}
