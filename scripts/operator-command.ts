// What the operator's command-line tools (`pack:export`, `figures:import`) share: their arguments
// checked before anything opens the database, the configured database opened only if it exists,
// and one way of ending: exit 0 done, 1 could not (a sentence), 2 the arguments are wrong (a
// sentence and the usage). Anything else is a fault and shows its stack.
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Wrong arguments: exit code 2, with the usage. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Could not be done, said in a sentence for the operator: exit code 1. */
export class OperatorError extends Error {
  override name = 'OperatorError';
}

/** node:util's parseArgs, strict, its refusals ("Unknown option '--month'") as a UsageError. */
export function parseOptions<O extends NonNullable<ParseArgsConfig['options']>>(argv: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}.`.replace(/\.\.$/, '.'));
  }
}

// The database modules load only once the arguments are checked: a mistake is answered at once.
let database: Promise<typeof import('../db/client')> | null = null;

/**
 * The configured database (DATABASE_URL, or the embedded one at PGLITE_DIR). With the embedded one
 * this claims its folder: while the server has it open, it stops with a sentence naming that
 * process. A mistyped folder is refused rather than made into a new, empty database.
 */
export async function openExistingDatabase() {
  database = import('../db/client');
  const { getDatabase, locationFromEnv } = await database;
  const location = locationFromEnv();
  if ('dir' in location && !(await fs.stat(location.dir).catch(() => null))) {
    throw new OperatorError(`There is no embedded database in ${path.resolve(location.dir)}: set PGLITE_DIR to the folder the server uses, or DATABASE_URL for PostgreSQL.`);
  }
  return getDatabase();
}

const closeDb = async () => (database ? (await database).closeDb() : undefined);

/** Runs the command, closes the database it opened, and exits with the code its outcome calls for. */
export function runOperatorCommand(main: () => Promise<void>, usage: string): void {
  main()
    .then(() => closeDb())
    .catch(async (error: unknown) => {
      await closeDb().catch(() => {});
      if (error instanceof UsageError) {
        console.error(`${error.message}\n\n${usage}`);
        process.exit(2);
      }
      // These carry a sentence meant for the operator (db/embedded-lock.ts, lib/env.ts).
      const known = error instanceof Error && ['OperatorError', 'EmbeddedDatabaseInUseError', 'EnvironmentError'].includes(error.name);
      console.error(known ? (error as Error).message : error);
      process.exit(1);
    });
}
