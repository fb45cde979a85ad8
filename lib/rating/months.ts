// Months as the rating layer sees them: "YYYY-MM" keys, financial years from April.
const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export type MonthKey = `${number}-${string}`;

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
