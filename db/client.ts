// One database module, two engines: PostgreSQL through postgres.js when DATABASE_URL is set, the
// embedded PGlite otherwise. Both give the same drizzle type, and nothing opens until first use,
// so importing this file (as `next build` does) never touches a database.
import fs from 'node:fs';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';
import { claimEmbeddedDatabase, releaseEmbeddedDatabase } from './embedded-lock';
import { parseEnv } from '../lib/env';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Either the database or a transaction in it: what a query function needs. */
export type Queryable = Database | Transaction;

export type Engine = 'postgres' | 'pglite';

export type OpenDatabase = {
  db: Database;
  engine: Engine;
  close(): Promise<void>;
};

export type DatabaseLocation =
  | { engine: 'postgres'; url: string }
  | { engine: 'pglite'; dir: string }
  | { engine: 'pglite'; inMemory: true };

// The statements this process has run, when QUERY_COUNTER=true (for the benchmark's queries per
// request); a drizzle logger that only adds one.
const queries = globalThis as typeof globalThis & { __performancePackQueries?: { count: number } };

/** How many SQL statements this process has run, or null when nothing counts them. */
export function queriesRun(): number | null {
  return queries.__performancePackQueries?.count ?? null;
}

function counting(): { logger?: { logQuery(): void } } {
  if (parseEnv(process.env).QUERY_COUNTER !== 'true') return {};
  const counter = (queries.__performancePackQueries ??= { count: 0 });
  return { logger: { logQuery: () => void counter.count++ } };
}

export async function openDatabase(location: DatabaseLocation): Promise<OpenDatabase> {
  if (location.engine === 'postgres') {
    const [{ default: postgres }, { drizzle }] = await Promise.all([
      import('postgres'),
      import('drizzle-orm/postgres-js'),
    ]);
    const client = postgres(location.url, { max: 10, onnotice: () => {} });
    const db = drizzle({ client, schema, ...counting() }) as unknown as Database;
    return { db, engine: 'postgres', close: () => client.end({ timeout: 5 }) };
  }

  const [{ PGlite }, { drizzle }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
  ]);
  if ('inMemory' in location) {
    const client = new PGlite();
    return { db: drizzle({ client, schema }) as unknown as Database, engine: 'pglite', close: () => client.close() };
  }
  const dir = path.resolve(location.dir);
  claimEmbeddedDatabase(dir);
  // PGlite creates only the last folder of the path.
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const client = new PGlite(dir);
  const db = drizzle({ client, schema, ...counting() }) as unknown as Database;
  return {
    db,
    engine: 'pglite',
    close: async () => {
      await client.close();
      releaseEmbeddedDatabase(dir);
    },
  };
}

/** Where this process's database is, from the environment. */
export function locationFromEnv(environment: NodeJS.ProcessEnv = process.env): DatabaseLocation {
  const { DATABASE_URL, PGLITE_DIR } = parseEnv(environment);
  if (DATABASE_URL) return { engine: 'postgres', url: DATABASE_URL };
  return { engine: 'pglite', dir: PGLITE_DIR };
}

// Cached on globalThis so that development reloads and every route share one connection pool
// (and, for PGlite, the one process-wide handle).
const cache = globalThis as typeof globalThis & { __performancePackDb?: Promise<OpenDatabase> };

/** The process's database, opened on first use. */
export function getDatabase(): Promise<OpenDatabase> {
  cache.__performancePackDb ??= openDatabase(locationFromEnv()).catch((error: unknown) => {
    cache.__performancePackDb = undefined;
    throw error;
  });
  return cache.__performancePackDb;
}

export async function getDb(): Promise<Database> {
  return (await getDatabase()).db;
}

export async function closeDb(): Promise<void> {
  const open = cache.__performancePackDb;
  cache.__performancePackDb = undefined;
  if (open) await (await open).close();
}
