// The arguments of `npm run reminders`, checked before anything opens the database: a mistake is
// one sentence and the usage, and the exit code 2.
import { parseOptions, UsageError } from './operator-command';

export const USAGE = `Usage: npm run reminders [-- --date YYYY-MM-DD] [--dry-run]

  Writes today's due-date reminders to the outbox (each once, however often it runs), then sends
  what is waiting there. Run it once a working day, from cron or the platform's scheduler.

  --date     act as if today were this date, like 2020-12-29 (default: today in Europe/London)
  --dry-run  say which reminders would be written, and which were already, writing and sending nothing`;

export { UsageError };

export type RemindersArgs = { help: true } | { help: false; date: string | null; dryRun: boolean };

/** Whether "2020-12-29" is a real calendar date (not "2021-02-30"). */
export function isCalendarDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const day = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === date;
}

export function parseRemindersArgs(argv: readonly string[]): RemindersArgs {
  const values = parseOptions(argv, {
    date: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return { help: true };
  const { date, 'dry-run': dryRun } = values;
  if (date !== undefined && !isCalendarDate(date.trim())) {
    throw new UsageError(`"${date}" is not a date: give --date as YYYY-MM-DD, like --date 2020-12-29.`);
  }
  return { help: false, date: date === undefined ? null : date.trim(), dryRun: dryRun ?? false };
}
