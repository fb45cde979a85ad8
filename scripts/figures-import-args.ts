// The arguments of `npm run figures:import`, checked before anything opens the database: a mistake
// is one sentence and the usage, and the exit code 2.
import { parseOptions, UsageError } from './operator-command';

export const USAGE = `Usage: npm run figures:import -- --file FILE --as EMAIL [--submit] [--dry-run]

  --file     the CSV of figures (header: measure_ref,period,value,secondary_value,ytd_value,availability,commentary,improvement_action)
  --as       the e-mail address of the active admin importing it, recorded in the audit log
  --submit   submit the entries, as their leads would (Amber and Red need commentary and an improvement action)
  --dry-run  check the file and say what it would do, writing nothing`;

export { UsageError };

export type ImportArgs = { help: true } | { help: false; file: string; as: string; submit: boolean; dryRun: boolean };

export function parseImportArgs(argv: readonly string[]): ImportArgs {
  const values = parseOptions(argv, {
    file: { type: 'string' },
    as: { type: 'string' },
    submit: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return { help: true };
  const { file, as, submit, 'dry-run': dryRun } = values;
  if (file === undefined || file.trim() === '') throw new UsageError('Give the CSV file to import with --file, like --file november.csv.');
  if (as === undefined || !/^[^\s@]+@[^\s@]+$/.test(as.trim())) {
    throw new UsageError('Give the e-mail address of the admin importing the figures with --as, like --as admin@tfc.example.');
  }
  return { help: false, file, as: as.trim().toLowerCase(), submit: submit ?? false, dryRun: dryRun ?? false };
}
