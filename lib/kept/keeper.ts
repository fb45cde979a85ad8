// What was read from the database, kept in this process until the data version moves
// (db/data-version.ts). A reader names the version it saw and what it wants; the first reader of a
// version loads, and everyone after it with the same version shares that load. When the version
// moves, everything kept for the old one goes at once, so nothing outlives a change to the data.
// Correct with several app servers: each reads the version from the one database.
// What is kept is frozen: it is shared by every request that reads it, and must not be changed.

export type Keeper = {
  /** The value kept under `key` for `version`, loaded by `load` if nothing is kept yet. */
  get<T>(version: string, key: string, load: () => Promise<T>): Promise<T>;
  /** How many values are kept now (for tests and the benchmark's notes). */
  size(): number;
};

type Shelf = { version: string; values: Map<string, Promise<unknown>> };

/**
 * A keeper holding at most `limit` values for the current version: past that, the oldest kept is
 * dropped first. Home pages and a lead's own list are kept per person, a few hundred kilobytes at
 * most each, so the default bounds the memory at a few tens of megabytes for any council.
 */
export function createKeeper(limit = 200): Keeper {
  let shelf: Shelf = { version: '', values: new Map() };
  return {
    get<T>(version: string, key: string, load: () => Promise<T>): Promise<T> {
      // A reader that saw a newer version clears the shelf; one that saw an older version (its
      // read raced a commit) loads for itself and keeps nothing.
      if (version !== shelf.version) {
        if (BigInt(version) < BigInt(shelf.version || '0')) return load();
        shelf = { version, values: new Map() };
      }
      const kept = shelf.values.get(key);
      if (kept) return kept as Promise<T>;
      const values = shelf.values;
      const loading = load().then(deepFreeze);
      values.set(key, loading);
      if (values.size > limit) values.delete(values.keys().next().value!);
      // A failed load is not kept: the next reader tries again.
      loading.catch(() => {
        if (values.get(key) === loading) values.delete(key);
      });
      return loading;
    },
    size: () => shelf.values.size,
  };
}

/** The value, frozen all the way down, so that a page changing what it shares fails loudly. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
