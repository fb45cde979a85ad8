// A date typed in the three fields of a GOV.UK date input ("15", "1", "2021" → "2021-01-15"), or
// the sentence that says why not and the parts it is about: the missing ones, or all three when
// the date as a whole is wrong. Each form adds its own range rule after this.
export type DatePart = 'day' | 'month' | 'year';

const ALL: DatePart[] = ['day', 'month', 'year'];

export function readDateParts(noun: string, parts: Record<DatePart, string>): { date: string } | { error: string; parts: DatePart[] } {
  const typed = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() };
  const missing = ALL.filter((part) => typed[part] === '');
  if (missing.length === 3) return { error: `Enter the ${noun}`, parts: ALL };
  if (missing.length > 0) return { error: `The ${noun} must include a ${missing.join(' and ')}`, parts: missing };
  const notReal = { error: `The ${noun} must be a real date`, parts: ALL };
  if (!/^\d{1,2}$/.test(typed.day) || !/^\d{1,2}$/.test(typed.month) || !/^\d{4}$/.test(typed.year)) return notReal;
  const [day, month, year] = [Number(typed.day), Number(typed.month), Number(typed.year)];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return notReal;
  return { date: date.toISOString().slice(0, 10) };
}

/** The three fields of a stored date ("2020-03-31" → 31, 3, 2020), for a form to start from. */
export function dateToParts(date: string): Record<DatePart, string> {
  const [year, month, day] = date.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year: year ?? '' };
}
