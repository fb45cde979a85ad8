// When a server that runs the day's reminder checks itself (REMINDERS_AT) should run them: once a
// day, at or after the time of day given, in London whatever the server's clock says. The checks
// are idempotent (each message's dedupe key), so a second server, or cron as well, sends nothing twice.

const LONDON_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const LONDON_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** "HH:MM", 00:00 to 23:59. */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The London day whose checks are due at `now` ("2020-12-29"), or null: before `at` that day, or
 * when they already ran that day (`lastDay`).
 */
export function dailyChecksDue(now: Date, at: string, lastDay: string | null): string | null {
  const day = LONDON_DAY.format(now);
  if (day === lastDay) return null;
  return LONDON_TIME.format(now) >= at ? day : null;
}
