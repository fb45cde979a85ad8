// The arguments of `npm run pack:export`, checked before anything opens the database: a mistake is
// one sentence and the usage, and the exit code 2.
import { MONTH_PATTERN } from '../lib/rating';
import { parseOptions, UsageError } from './operator-command';
import { isPackFormat, packFormats, type PackFormat } from './pack-export-writers';

export const USAGE = `Usage: npm run pack:export -- --period YYYY-MM [--version N | --draft] --format ${packFormats.join('|')} --out FILE

  --period   the month of the pack, like 2020-10
  --version  a published version of it (default: the latest)
  --draft    the month as it stands now, whatever its state, marked DRAFT – not published
  --format   ${packFormats.join(', ')}
  --out      the file to write (replaced if it exists)`;

export { UsageError };

export type ExportArgs = { help: true } | { help: false; month: string; version?: number; draft: boolean; format: PackFormat; out: string };

export function parseExportArgs(argv: readonly string[]): ExportArgs {
  const values = parseOptions(argv, {
    period: { type: 'string' },
    version: { type: 'string' },
    draft: { type: 'boolean', default: false },
    format: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return { help: true };

  const { period, version, draft, format, out } = values;
  if (period === undefined) throw new UsageError('Give the month of the pack with --period, like --period 2020-10.');
  if (!MONTH_PATTERN.test(period)) throw new UsageError(`"${period}" is not a month: give --period as YYYY-MM, like 2020-10.`);
  if (version !== undefined && !/^[1-9]\d{0,5}$/.test(version)) throw new UsageError(`"${version}" is not a version: give --version as a whole number from 1, like --version 2.`);
  if (version !== undefined && draft) throw new UsageError('A draft has no version: give --version or --draft, not both.');
  if (format === undefined) throw new UsageError(`Give the kind of file with --format: ${packFormats.join(', ')}.`);
  if (!isPackFormat(format)) throw new UsageError(`"${format}" is not a format this export writes: give --format as ${packFormats.join(', ')}.`);
  if (out === undefined || out.trim() === '') throw new UsageError('Give the file to write with --out, like --out pack.csv.');

  return { help: false, month: period, version: version === undefined ? undefined : Number(version), draft, format, out };
}
