// The words every notice shares: dates as people read them, a measure as the pack names it, an
// entry's state, and the end of each message (who sent it, why, and how to change that).
import { listInWords } from '../../home/list-words';
import { formatLongDate, monthLabel } from '../../rating/months';
import { noticeSettingsLink } from '../links';
import { address, paragraph, type Block } from './layout';

/** What the context of every message supplies: where the portal is, and whose it is. */
export type NoticeContext = { siteUrl: string; organisationName: string };

export type MeasureLine = { ref: string; title: string };

/** Where an entry not yet submitted stands: no entry at all, a draft, or sent back by the executive. */
export const OUTSTANDING_STATUSES = ['not_started', 'draft', 'returned'] as const;
export type OutstandingStatus = (typeof OUTSTANDING_STATUSES)[number];
export type OutstandingMeasure = MeasureLine & { status: OutstandingStatus };

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** "Wednesday 16 December 2020", from "2020-12-16". */
export const dayAndDate = (date: string): string =>
  `${WEEKDAYS[new Date(`${date}T12:00:00Z`).getUTCDay()]} ${formatLongDate(date)}`;

/** "November 2020", from "2020-11". */
export const monthWords = (month: string): string => monthLabel(month);

/** "KPI4 Percentage of children seen within timescale". */
export const measureWords = (measure: MeasureLine): string => `${measure.ref} ${measure.title}`;

/** "1 measure", "3 measures". */
export const count = (n: number, thing: string): string => `${n.toLocaleString('en-GB')} ${thing}${n === 1 ? '' : 's'}`;

/** An entry's state as its lead reads it; an administrator reads "returned to its lead". */
export function statusWords(status: OutstandingStatus, reader: 'lead' | 'admin'): string {
  switch (status) {
    case 'not_started':
      return 'not started';
    case 'draft':
      return 'draft saved, not submitted';
    case 'returned':
      return reader === 'lead' ? 'returned to you' : 'returned to its lead';
  }
}

/** Months in words: "November 2020 and December 2020". */
export const monthsWords = (months: readonly string[]): string => listInWords(months.map(monthWords));

export const signature = (context: NoticeContext): string[] => ['Performance Pack', context.organisationName];

/** The end of a reminder: why it came, and that it can be turned off. */
export function reminderFooter(because: string, context: NoticeContext): Block[] {
  return [
    paragraph(because),
    paragraph(
      'If you do not want reminders, turn them off at ',
      address(noticeSettingsLink(context.siteUrl)),
      '. You will still get the notices your work needs, such as an entry returned to you.',
    ),
  ];
}

/** The end of a required notice: why it came, that it cannot be turned off, and whom to ask. */
export function requiredFooter(because: string, context: NoticeContext): Block[] {
  return [
    paragraph(because),
    paragraph(
      `This notice is part of the work of the portal, so it cannot be turned off. If you think you should not get it, ask an administrator of Performance Pack at ${context.organisationName}.`,
    ),
  ];
}
