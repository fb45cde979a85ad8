// The arguments of `npm run figures:import`, checked before anything opens the database: a mistake
// is one sentence and the usage, and the exit code 2.
import { parseAdminEmail } from './importing-admin';
import { parseOptions, UsageError } from './operator-command';

export const USAGE = `Usage: npm run figures:import -- --file FILE [--as EMAIL] [--submit | --history] [--dry-run]

  --file     the CSV of figures (header: measure_ref,period,value,secondary_value,ytd_value,availability,commentary,improvement_action)
  --as       the e-mail address of the active admin importing it, recorded in the audit log
             (needed only when there are several: otherwise the import is recorded as the only one)
  --submit   submit the entries, as their leads would (Amber and Red need commentary and an improvement action)
  --history  an earlier year's figures: each month is created (or replaced, if imported before) and signed off as imported history
  --dry-run  check the file and say what it would do, writing nothing`;

export { UsageError };

export type ImportArgs = { help: true } | { help: false; file: string; as: string | null; submit: boolean; history: boolean; dryRun: boolean };

export function parseImportArgs(argv: readonly string[]): ImportArgs {
  const values = parseOptions(argv, {
    file: { type: 'string' },
    as: { type: 'string' },
    submit: { type: 'boolean', default: false },
    history: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return { help: true };
  const { file, as, submit, history, 'dry-run': dryRun } = values;
  if (file === undefined || file.trim() === '') throw new UsageError('Give the CSV file to import with --file, like --file november.csv.');
  const admin = parseAdminEmail(as, 'figures');
  if (submit && history) {
    throw new UsageError('Give --submit or --history, not both: history is stored as signed off already, so there is nothing to submit.');
  }
  return { help: false, file, as: admin, submit: submit ?? false, history: history ?? false, dryRun: dryRun ?? false };
}
