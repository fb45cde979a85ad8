// Databases for integration tests: always an in-memory PGlite, and PostgreSQL too when
// DATABASE_URL is set. Each PostgreSQL test file gets its own throwaway database, made here and
// dropped after, so test files can run in parallel and a run never sees another's rows.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Actor, Role } from '../lib/auth/policy';
import { openDatabase, type Database, type OpenDatabase } from './client';
import { migrateDatabase } from './migrate';
import { userRoles, users } from './schema';

export type TestEngine = { name: 'pglite' | 'postgres'; open(): Promise<OpenDatabase> };

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function throwawayPostgres(url: string): Promise<OpenDatabase> {
  const { default: postgres } = await import('postgres');
  const name = `pp_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const open = await openDatabase({ engine: 'postgres', url: withDatabaseName(url, name) });
  return {
    ...open,
    close: async () => {
      await open.close();
      const cleanup = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await cleanup.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

export function testEngines(): TestEngine[] {
  const engines: TestEngine[] = [{ name: 'pglite', open: () => openDatabase({ engine: 'pglite', inMemory: true }) }];
  const url = process.env.DATABASE_URL;
  if (url) engines.push({ name: 'postgres', open: () => throwawayPostgres(url) });
  return engines;
}

/** A freshly migrated database on the engine. */
export async function openMigrated(engine: TestEngine): Promise<OpenDatabase> {
  const open = await engine.open();
  await migrateDatabase(open);
  return open;
}

/**
 * A freshly migrated in-memory PGlite that counts the queries run on it (`counter.count`), for the
 * query-count test and the benchmark: what grows with the number of measures shows here.
 */
export async function openCountingDatabase(): Promise<OpenDatabase & { counter: { count: number } }> {
  const [{ PGlite }, { drizzle }, schema] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
    import('./schema'),
  ]);
  const counter = { count: 0 };
  const client = new PGlite();
  const db = drizzle({ client, schema, logger: { logQuery: () => void counter.count++ } }) as unknown as Database;
  const open: OpenDatabase = { db, engine: 'pglite', close: () => client.close() };
  await migrateDatabase(open);
  return { ...open, counter };
}

/** A seeded person as the policy sees them (id and roles), by e-mail: for tests that act as them. */
export async function actorByEmail(db: Database, email: string): Promise<Actor> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!user) throw new Error(`No one has the e-mail address ${email}`);
  const roles = await db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, user.id));
  return { id: user.id, roles: roles.map((r) => r.role as Role) };
}
