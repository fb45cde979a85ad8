// The one month module: months as addresses and the rating layer see them ("YYYY-MM" keys), as the
// periods table keys them (the first day, "YYYY-MM-01"), their names, and financial years from April.
// Everything in app/, db/ and lib/ that reads, writes or moves a month uses these; lib/rating
// re-exports them.
const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export type MonthKey = `${number}-${string}`;

/** A month as it appears in addresses and forms: "2020-11". */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** "2020-10-01" or "2020-10" → { year: 2020, month: 10 }; null if unreadable. */
export function parseMonth(text: string): { year: number; month: number } | null {
  const match = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(text);
  if (!match) return null;
  const year = Number.parseInt(match[1]!, 10);
  const month = Number.parseInt(match[2]!, 10);
  return month >= 1 && month <= 12 ? { year, month } : null;
}

export function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** "2020-10-01" (a periods row) or "2020-10" → "2020-10"; throws on anything that is not a month. */
export function toMonthKey(month: string): string {
  const m = parseMonth(month);
  if (!m) throw new RangeError(`"${month}" is not a month`);
  return monthKey(m.year, m.month);
}

/** "2020-10" (or "2020-10-01") → "2020-10-01", the first day, as the periods table keys a month. */
export const firstDayOf = (month: string): string => `${toMonthKey(month)}-01`;

/** The month `by` months after (or before, if negative) the given one, as "YYYY-MM". */
export function addMonths(month: string, by: number): string {
  const m = parseMonth(month);
  if (!m) throw new RangeError(`"${month}" is not a month`);
  const moved = shiftMonth(m.year, m.month, by);
  return monthKey(moved.year, moved.month);
}

/** The month `offset` months after (or before, if negative) the given one. */
export function shiftMonth(year: number, month: number, offset: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + offset;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export const monthName = (month: number): string => MONTH_NAMES[month - 1] ?? '';

/** "October 2020", from "2020-10" or "2020-10-01" (or the text itself, if it is not a month). */
export function monthLabel(month: string | { year: number; month: number }): string {
  const m = typeof month === 'string' ? parseMonth(month) : month;
  return m ? `${monthName(m.month)} ${m.year}` : String(month);
}

/** The financial year (by its first calendar year) a month belongs to: April 2020 – March 2021 is 2020. */
export const financialYearOf = (year: number, month: number): number => (month >= 4 ? year : year - 1);

/** "2020/21". */
export const financialYearLabel = (startYear: number): string =>
  `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;

/** The financial year (by its first calendar year) of a month given as "2020-10" or "2020-10-01". */
export function financialYearOfMonth(month: string): number {
  const m = parseMonth(month);
  if (!m) throw new RangeError(`"${month}" is not a month`);
  return financialYearOf(m.year, m.month);
}

/** "10 December 2020", from a date column ("2020-12-10"), as people in England read it. */
export function formatLongDate(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  });
}

const dateAndTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "28 November 2026 at 02:50", in the council's own time zone whatever the server's. */
export function formatDateTime(at: Date | string): string {
  const parts = Object.fromEntries(dateAndTime.formatToParts(new Date(at)).map((p) => [p.type, p.value]));
  return `${parts.day} ${parts.month} ${parts.year} at ${parts.hour}:${parts.minute}`;
}
