// `npm run pack:export -- --period 2020-10 [--version 1 | --draft] --format csv --out pack.csv`:
// the operator's copy of a month's pack as a file, from the configured database (DATABASE_URL, or
// the embedded one at PGLITE_DIR). A published version is exactly what the committee saw; --draft
// is the month as it stands, marked DRAFT in every row. Exit codes: 0 written, 1 could not (no
// such pack, the database is in use), 2 the arguments are wrong.
import fs from 'node:fs/promises';
import path from 'node:path';
import { editionText } from '../lib/packs/export/edition';
import { parseExportArgs, UsageError, USAGE } from './pack-export-args';
import { packWriters } from './pack-export-writers';

// The database modules load after the arguments are checked: a mistake is answered at once.
let database: Promise<typeof import('../db/client')> | null = null;

/** Thrown with a sentence for the operator; anything else is a fault and shows its stack. */
class ExportError extends Error {
  override name = 'ExportError';
}

async function main(): Promise<void> {
  const args = parseExportArgs(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return;
  }
  // With the embedded database this claims its folder: while the server (or another export) has
  // it open, opening stops here with a sentence naming that process.
  database = import('../db/client');
  const [{ getDatabase, locationFromEnv }, { loadPackEdition }] = await Promise.all([database, import('../db/queries/pack-export')]);
  // PGlite would make an empty database in a mistyped folder; an export only reads one that exists.
  const location = locationFromEnv();
  if ('dir' in location && !(await fs.stat(location.dir).catch(() => null))) {
    throw new ExportError(`There is no embedded database in ${path.resolve(location.dir)}: set PGLITE_DIR to the folder the server uses, or DATABASE_URL for PostgreSQL.`);
  }
  const { db } = await getDatabase();
  const loaded = await loadPackEdition(db, { month: args.month, version: args.version, draft: args.draft }).catch(explainMissingTables);
  if ('error' in loaded) throw new ExportError(loaded.error);

  const writer = packWriters[args.format];
  // Loaded only now: exceljs and playwright-core are not needed to answer a mistyped argument.
  const [{ keptPackDownload }, { makePackFile }, { DRAFT_EDITION }] = await Promise.all([
    import('../lib/packs/kept-downloads'),
    import('../lib/packs/downloads'),
    import('../lib/packs/document/options'),
  ]);
  const body =
    loaded.packId !== null
      ? (await keptPackDownload(db, loaded.packId, args.format)).content
      : await makePackFile(args.format, loaded.snapshot, DRAFT_EDITION);
  await fs.writeFile(args.out, body).catch((error: NodeJS.ErrnoException) => {
    throw new ExportError(`Could not write ${args.out}: ${error.code === 'ENOENT' ? `the folder ${path.dirname(path.resolve(args.out))} does not exist` : error.message}.`);
  });
  const count = loaded.snapshot.measures.length;
  console.log(
    `Wrote ${loaded.snapshot.monthLabel} pack, ${editionText(loaded.edition)}, ${writer.name} (${count} ${count === 1 ? 'measure' : 'measures'}) to ${args.out}`,
  );
}

/** A database nobody has migrated has no tables: say what to run instead of PostgreSQL's words. */
function explainMissingTables(error: unknown): never {
  if ((error as { code?: string; cause?: { code?: string } }).code === '42P01' || (error as { cause?: { code?: string } }).cause?.code === '42P01') {
    throw new ExportError('The database has no tables yet: run `npm run db:migrate` (or `npm run db:seed`) against it first.');
  }
  throw error;
}

/** Closes the database if this run opened it. */
const closeDb = async () => (database ? (await database).closeDb() : undefined);

main()
  .then(() => closeDb())
  .catch(async (error: unknown) => {
    await closeDb().catch(() => {});
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exit(2);
    }
    // These carry a sentence meant for the operator (db/embedded-lock.ts, lib/env.ts).
    const known = error instanceof ExportError || (error instanceof Error && ['EmbeddedDatabaseInUseError', 'EnvironmentError'].includes(error.name));
    console.error(known ? (error as Error).message : error);
    process.exit(1);
  });
