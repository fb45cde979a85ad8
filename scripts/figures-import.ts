// `npm run figures:import -- --file FILE [--as EMAIL] [--submit | --history] [--dry-run]`: a month's
// figures from a CSV file into the configured database (DATABASE_URL, or the embedded one at
// PGLITE_DIR), all or nothing, through the same command as the admin's import page, attributed to
// an active admin (the one --as names, or else the only one: scripts/importing-admin.ts); with
// --history, an earlier year's figures as signed-off, imported months. On a long import it says how
// far it has gone. Exit codes: 0 imported (or checked, with --dry-run), 1 could not (a bad row,
// listed with every other; no such admin, or several and no --as; the database is in use), 2 the
// arguments are wrong.
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseImportArgs, USAGE } from './figures-import-args';
import { chooseImportingAdmin, describeImportingAdmin } from './importing-admin';
import { openExistingDatabase, OperatorError, runOperatorCommand } from './operator-command';

const number = (n: number) => n.toLocaleString('en-GB');
const rows = (n: number) => `${number(n)} ${n === 1 ? 'row' : 'rows'}`;
/** Progress only where there is enough to wait for. */
const LONG = 2000;

async function main(): Promise<void> {
  const args = parseImportArgs(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const csv = await fs.readFile(args.file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new OperatorError(`Could not read ${args.file}: ${error.code === 'ENOENT' ? `there is no file ${path.resolve(args.file)}` : error.message}.`);
  });

  const [{ db }, { listActiveAdmins }, { planFiguresImport }, { importFiguresReporting }, { problemText }] = await Promise.all([
    openExistingDatabase(),
    import('../db/queries/users'),
    import('../db/queries/figures-import'),
    import('../lib/commands/import-figures'),
    import('../lib/import/figures-csv'),
  ]);

  const importing = chooseImportingAdmin(await listActiveAdmins(db), args.as);
  const actor = { id: importing.admin.id, roles: importing.admin.roles };

  const onChecked = (done: number, total: number) => {
    if (total >= LONG && done < total) console.log(`Checked ${number(done)} of ${rows(total)}…`);
  };
  const onWritten = (done: number, total: number) => {
    if (total >= LONG && done < total) console.log(`Written ${number(done)} of ${number(total)} entries…`);
  };
  const failed = (problems: string[]) => {
    const count = problems.filter((p) => p.startsWith('line ')).length;
    throw new OperatorError(
      `Nothing was imported: ${args.file} has ${count > 0 ? `${number(count)} ${count === 1 ? 'problem' : 'problems'}` : 'a problem'}. Correct ${count === 1 ? 'it' : 'them'} and import the whole file again.\n${problems.join('\n')}`,
    );
  };

  if (args.dryRun) {
    const how = args.submit ? ', as submitted' : args.history ? ', as history' : '';
    const plan = await planFiguresImport(db, csv, { submit: args.submit, history: args.history, onChecked });
    if (plan.problems.length > 0) failed(plan.problems.map(problemText));
    const { rows: total, created, updated, unchanged } = plan.counts;
    console.log(`Checked ${rows(total)}: ${number(created)} would be created, ${number(updated)} updated, ${number(unchanged)} unchanged${how}. Nothing was written (--dry-run).`);
    console.log(`The import would be recorded as ${describeImportingAdmin(importing)}.`);
    return;
  }

  const result = await importFiguresReporting({ onChecked, onWritten })(db, actor, { csv, submit: args.submit, history: args.history });
  if (!result.ok) {
    if (result.kind === 'invalid') failed(Object.values(result.fieldErrors).flatMap((text) => (text ?? '').split('\n')));
    throw new OperatorError('message' in result ? result.message : 'The import was refused.');
  }
  const { rows: total, created, updated, unchanged } = result.value;
  console.log(`Imported ${rows(total)}: ${number(created)} created, ${number(updated)} updated, ${number(unchanged)} unchanged${args.submit ? ', submitted' : args.history ? ', as history' : ''}.`);
  console.log(`Recorded in the audit log as ${describeImportingAdmin(importing)}.`);
}

runOperatorCommand(main, USAGE);
