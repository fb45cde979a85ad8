// formatLongDate now lives with the other month and date helpers in lib/rating/months.ts; this
// re-export keeps older imports working.
export { formatLongDate } from './rating/months';

/** Today's date in the council's time zone ("2021-01-11"), whatever the server's. */
export function todayInLondon(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
