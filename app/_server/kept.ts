// What pages read from the database, kept in this process until the data changes (lib/kept). Each
// page request reads the data version once (db/data-version.ts): with the session's own check for a
// signed-in person, in one indexed read of one row otherwise. A page whose data has not changed
// since it was last read costs that and nothing more.
// Only for pages: a server action reads inside its transaction, never through here.
import 'server-only';
import { cache } from 'react';
import { getDb, type Database } from '@/db/client';
import { readDataVersion } from '@/db/data-version';
import { currentUser } from './guard';
import { createKeeper, type Keeper } from '@/lib/kept/keeper';

// One keeper per process, shared by every route (Next may load this module once per route bundle).
const shared = globalThis as typeof globalThis & { __performancePackKept?: Keeper };
const keeper = (shared.__performancePackKept ??= createKeeper());

/**
 * The data version, read once per request however many parts of the page ask. The session check
 * reads it before the page loads anything (pages check who is asking first), so what is loaded is
 * at least as new as the version it is kept under.
 */
const versionNow = cache(async () => (await currentUser())?.dataVersion ?? readDataVersion(await getDb()));

/**
 * What `load` gives, kept under `key` until the data version moves. The key names the loader and
 * every input it reads, including whose view it is where views differ (`['home', user.id, ...]`).
 */
export async function kept<T>(key: readonly (string | number | boolean | null)[], load: (db: Database) => Promise<T>): Promise<T> {
  const version = await versionNow();
  return keeper.get(version, JSON.stringify(key), async () => load(await getDb()));
}
