// The rows of a raw `db.execute`, on either engine: postgres.js answers an array of rows, PGlite an
// object holding them.
export function rowsOf<T = Record<string, unknown>>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
}
