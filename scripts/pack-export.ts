// `npm run pack:export -- --period 2020-10 [--version 1 | --draft] --format csv --out pack.csv`:
// the operator's copy of a month's pack as a file, from the configured database (DATABASE_URL, or
// the embedded one at PGLITE_DIR). A published version is exactly what the committee saw; --draft
// is the month as it stands, marked DRAFT in every row. Exit codes: 0 written, 1 could not (no
// such pack, the database is in use), 2 the arguments are wrong.
import fs from 'node:fs/promises';
import path from 'node:path';
import { editionText } from '../lib/packs/export/edition';
import { openExistingDatabase, OperatorError, runOperatorCommand } from './operator-command';
import { parseExportArgs, USAGE } from './pack-export-args';
import { packWriters } from './pack-export-writers';

async function main(): Promise<void> {
  const args = parseExportArgs(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const [{ db }, { loadPackEdition }] = await Promise.all([openExistingDatabase(), import('../db/queries/pack-export')]);
  const loaded = await loadPackEdition(db, { month: args.month, version: args.version, draft: args.draft }).catch(explainMissingTables);
  if ('error' in loaded) throw new OperatorError(loaded.error);

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
    throw new OperatorError(`Could not write ${args.out}: ${error.code === 'ENOENT' ? `the folder ${path.dirname(path.resolve(args.out))} does not exist` : error.message}.`);
  });
  const count = loaded.snapshot.measures.length;
  console.log(
    `Wrote ${loaded.snapshot.monthLabel} pack, ${editionText(loaded.edition)}, ${writer.name} (${count} ${count === 1 ? 'measure' : 'measures'}) to ${args.out}`,
  );
}

/** A database nobody has migrated has no tables: say what to run instead of PostgreSQL's words. */
function explainMissingTables(error: unknown): never {
  if ((error as { code?: string; cause?: { code?: string } }).code === '42P01' || (error as { cause?: { code?: string } }).cause?.code === '42P01') {
    throw new OperatorError('The database has no tables yet: run `npm run db:migrate` (or `npm run db:seed`) against it first.');
  }
  throw error;
}

runOperatorCommand(main, USAGE);
