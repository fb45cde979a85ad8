// Opening the next month for entry, shared by the form and the command. The month is not chosen:
// it is always the calendar month after the latest one (the page offers it, the command checks it
// is still that one). The due date is a GOV.UK date input, three fields, read as one date that
// falls after the month has ended and no more than DUE_WITHIN_MONTHS after it.
import { z } from 'zod';
import { MONTH_PATTERN, addMonths, formatLongDate, monthLabel, parseMonth } from '../rating';
import { readDateParts, type DatePart } from '../validation/date-parts';

/** How long after its end a month's figures may be due, at most. */
export const DUE_WITHIN_MONTHS = 3;

export const DUE_DATE_MESSAGES = {
  missing: 'Enter the due date',
  notReal: 'The due date must be a real date',
  tooEarly: 'The due date must be after the end of the month it is for',
  tooLate: `The due date must be no more than ${DUE_WITHIN_MONTHS} months after the end of the month it is for`,
} as const;

/** The last day of a month ("2020-12" → "2020-12-31"). */
export function lastDayOf(month: string): string {
  const m = parseMonth(month);
  if (!m) throw new RangeError(`"${month}" is not a month`);
  const day = new Date(Date.UTC(m.year, m.month, 0)).getUTCDate();
  return `${month.slice(0, 7)}-${String(day).padStart(2, '0')}`;
}

/** The dates a month's figures may be due on: from the day after it ends, to DUE_WITHIN_MONTHS later. */
export function dueDateRange(month: string): { earliest: string; latest: string } {
  const next = addMonths(month, 1);
  return { earliest: `${next}-01`, latest: lastDayOf(addMonths(month, DUE_WITHIN_MONTHS)) };
}

/** The month to open: the one after the latest; with no months at all, the one before today's. */
export function nextMonthToOpen(latestMonth: string | null, today: string): string {
  return latestMonth ? addMonths(latestMonth, 1) : addMonths(today.slice(0, 7), -1);
}

/** What the page says about the due date, so the rule is read before it is broken. */
export function dueDateHint(month: string): string {
  const { earliest, latest } = dueDateRange(month);
  const [year, monthNumber] = earliest.split('-');
  return `Figures for ${monthLabel(month)} are due between ${formatLongDate(earliest)} and ${formatLongDate(latest)}. For example, 15 ${Number(monthNumber)} ${year}`;
}

export type { DatePart } from '../validation/date-parts';

/**
 * The date typed in the three fields ("15", "1", "2021" → "2021-01-15"), or the sentence that says
 * why not and the parts it is about: the missing ones, or all three when the date as a whole is wrong.
 */
export function readDueDate(month: string, parts: Record<DatePart, string>): { date: string } | { error: string; parts: DatePart[] } {
  const read = readDateParts('due date', parts);
  if ('error' in read) return read;
  const all: DatePart[] = ['day', 'month', 'year'];
  const { earliest, latest } = dueDateRange(month);
  if (read.date < earliest) return { error: DUE_DATE_MESSAGES.tooEarly, parts: all };
  if (read.date > latest) return { error: DUE_DATE_MESSAGES.tooLate, parts: all };
  return read;
}

const part = z.string().optional().default('');

/** The form's field for each part of the due date. */
export const DUE_DATE_FIELDS = { day: 'dueDateDay', month: 'dueDateMonth', year: 'dueDateYear' } as const satisfies Record<DatePart, string>;

/** Input: the month offered and the three fields; output: the month and the due date ("2021-01-15"). */
export const openMonthSchema = z
  .object({
    month: z
      .string({ error: 'Reload the page and open the month it offers' })
      .regex(MONTH_PATTERN, { error: 'Reload the page and open the month it offers' }),
    dueDateDay: part,
    dueDateMonth: part,
    dueDateYear: part,
  })
  .transform((input, ctx) => {
    const due = readDueDate(input.month, { day: input.dueDateDay, month: input.dueDateMonth, year: input.dueDateYear });
    if ('error' in due) {
      // On the first part it is about, as GOV.UK's error summary links to it; the date input shows it once.
      ctx.addIssue({ code: 'custom', message: due.error, path: [DUE_DATE_FIELDS[due.parts[0]!]] });
      return z.NEVER;
    }
    return { month: input.month, dueDate: due.date };
  });

export type OpenMonthInput = z.input<typeof openMonthSchema>;
