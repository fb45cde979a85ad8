// Working days in England and Wales: Monday to Friday, less the bank holidays. The holidays come
// from date-holidays (country GB, region ENG), a maintained library, not a table typed in here, so
// one-off days (a funeral, a jubilee, a moved early-May holiday) and substitute days arrive with
// an upgrade. Only its `public` holidays count: it also lists observances such as Mother's Day,
// which are working days. Dates are ISO "YYYY-MM-DD" strings, the calendar days of Europe/London.
import Holidays from 'date-holidays';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

export type BankHoliday = { date: string; name: string };

let calendar: Holidays | undefined;
// A year's holidays are worked out once: the reminders job asks about the same few dates often.
const holidaysByYear = new Map<number, ReadonlyMap<string, string>>();

function holidaysIn(year: number): ReadonlyMap<string, string> {
  let found = holidaysByYear.get(year);
  if (!found) {
    calendar ??= new Holidays('GB', 'ENG', { types: ['public'], languages: ['en'] });
    // Substitute days are listed as holidays of their own ("Boxing Day (substitute day)"); `date`
    // is "2020-12-28 00:00:00" in the holiday's own time zone, so its first ten characters are
    // the London calendar day.
    found = new Map(
      calendar
        .getHolidays(year, 'en')
        .filter((h) => h.type === 'public')
        .map((h) => [h.date.slice(0, 10), h.name] as const),
    );
    holidaysByYear.set(year, found);
  }
  return found;
}

/** The day as a UTC midnight timestamp; throws on anything that is not a real calendar date. */
function toDay(date: string): number {
  const match = ISO_DATE.exec(date);
  const day = match ? Date.parse(`${date}T00:00:00Z`) : Number.NaN;
  // Date.parse accepts "2021-02-30" as 2 March on some engines: the round trip catches it.
  if (Number.isNaN(day) || new Date(day).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`"${date}" is not a date (YYYY-MM-DD)`);
  }
  return day;
}

const fromDay = (day: number): string => new Date(day).toISOString().slice(0, 10);

/** The bank holidays of England and Wales in a calendar year, in date order. */
export function bankHolidaysIn(year: number): BankHoliday[] {
  return [...holidaysIn(year)].map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date));
}

/** The bank holiday's name ("Easter Monday", "Boxing Day (substitute day)"), or null if it is not one. */
export function bankHolidayOn(date: string): string | null {
  toDay(date);
  return holidaysIn(Number(date.slice(0, 4))).get(date) ?? null;
}

/**
 * Why a day is not a working day, as a person would say it ("Saturday", "Good Friday, a bank
 * holiday"), or null for a working day. For explaining a schedule, in logs and tests.
 */
export function whyNotWorkingDay(date: string): string | null {
  const weekday = new Date(toDay(date)).getUTCDay();
  if (weekday === 0) return 'Sunday';
  if (weekday === 6) return 'Saturday';
  const holiday = bankHolidayOn(date);
  return holiday ? `${holiday}, a bank holiday` : null;
}

export const isWorkingDay = (date: string): boolean => whyNotWorkingDay(date) === null;

/**
 * The working day `n` working days after `date` (before it, if `n` is negative), counting only
 * working days: from Thursday 24 December 2020, one working day on is Tuesday 29 December. `date`
 * itself need not be a working day; `n` of 0 returns it unchanged.
 */
export function addWorkingDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`${n} is not a whole number of working days`);
  let day = toDay(date);
  const step = Math.sign(n) * DAY_MS;
  for (let left = Math.abs(n); left > 0; ) {
    day += step;
    if (isWorkingDay(fromDay(day))) left -= 1;
  }
  return fromDay(day);
}

/** The working day `n` working days before `date`: three working days before a due date. */
export const workingDaysBefore = (date: string, n: number): string => addWorkingDays(date, -n);

/**
 * How many working days come after `from`, up to and including `to`: from Friday 11 to Wednesday
 * 16 December 2020 is 3. Zero when `to` is not after `from`.
 */
export function workingDaysAfter(from: string, to: string): number {
  let n = 0;
  for (let day = toDay(from) + DAY_MS, end = toDay(to); day <= end; day += DAY_MS) {
    if (isWorkingDay(fromDay(day))) n += 1;
  }
  return n;
}

/** The date itself if it is a working day, else the last working day before it. */
export const lastWorkingDayOnOrBefore = (date: string): string => (isWorkingDay(date) ? date : addWorkingDays(date, -1));
