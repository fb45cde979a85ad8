// `npm run benchmarks:import -- --file FILE [--as EMAIL] [--dry-run]`: benchmark points from a CSV
// file into the configured database (DATABASE_URL, or the embedded one at PGLITE_DIR), all or
// nothing, through the same command as the admin's import page, attributed to an active admin (the
// one --as names, or else the only one: scripts/importing-admin.ts). Exit codes: 0 imported (or
// checked, with --dry-run), 1 could not (every bad row listed; no such admin, or several and no
// --as; the database is in use), 2 the arguments are wrong.
import fs from 'node:fs/promises';
import path from 'node:path';
import { chooseImportingAdmin, describeImportingAdmin, parseAdminEmail } from './importing-admin';
import { openExistingDatabase, OperatorError, parseOptions, runOperatorCommand, UsageError } from './operator-command';

const USAGE = `Usage: npm run benchmarks:import -- --file FILE [--as EMAIL] [--dry-run]

  --file     the CSV of benchmark points (header: measure_ref,series,period_label,period_end,value)
  --as       the e-mail address of the active admin importing it, recorded in the audit log
             (needed only when there are several: otherwise the import is recorded as the only one)
  --dry-run  check the file and say what it would do, writing nothing`;

function parseArgs(argv: readonly string[]) {
  const values = parseOptions(argv, {
    file: { type: 'string' },
    as: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return { help: true as const };
  const { file, as } = values;
  if (file === undefined || file.trim() === '') throw new UsageError('Give the CSV file to import with --file, like --file benchmarks.csv.');
  return { help: false as const, file, as: parseAdminEmail(as, 'points'), dryRun: values['dry-run'] ?? false };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const csv = await fs.readFile(args.file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new OperatorError(`Could not read ${args.file}: ${error.code === 'ENOENT' ? `there is no file ${path.resolve(args.file)}` : error.message}.`);
  });
  const [{ db }, { listActiveAdmins }, { planBenchmarksImport }, { describeBenchmarkImport, importBenchmarks }, { problemText }] = await Promise.all([
    openExistingDatabase(),
    import('../db/queries/users'),
    import('../db/queries/benchmarks'),
    import('../lib/commands/benchmarks'),
    import('../lib/import/csv'),
  ]);

  const importing = chooseImportingAdmin(await listActiveAdmins(db), args.as);
  const failed = (problems: string[]): never => {
    throw new OperatorError(`Nothing was imported: correct every problem below and import the whole file again.\n${problems.join('\n')}`);
  };

  if (args.dryRun) {
    const plan = await planBenchmarksImport(db, csv);
    if (plan.problems.length > 0) failed(plan.problems.map(problemText));
    const { rows, created, updated, unchanged } = plan.counts;
    console.log(`Checked ${rows} benchmark ${rows === 1 ? 'point' : 'points'}: ${created} new, ${updated} would change, ${unchanged} unchanged. Nothing was written (--dry-run).`);
    console.log(`The import would be recorded as ${describeImportingAdmin(importing)}.`);
    return;
  }
  const result = await importBenchmarks(db, { id: importing.admin.id, roles: importing.admin.roles }, { csv });
  if (!result.ok) {
    if (result.kind === 'invalid') failed(Object.values(result.fieldErrors).flatMap((text) => (text ?? '').split('\n')));
    throw new OperatorError('message' in result ? result.message : 'The import was refused.');
  }
  console.log(describeBenchmarkImport(result.value));
  console.log(`Recorded in the audit log as ${describeImportingAdmin(importing)}.`);
}

runOperatorCommand(main, USAGE);
