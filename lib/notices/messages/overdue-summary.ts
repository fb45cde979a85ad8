// To each administrator, once a working day while any open month has overdue measures: per month,
// which measures are not yet submitted and whose they are.
import { entryLink, monthsAdminLink } from '../links';
import { action, heading, list, paragraph, renderMessage, type Block, type Message } from './layout';
import {
  count,
  dayAndDate,
  measureWords,
  monthWords,
  monthsWords,
  reminderFooter,
  signature,
  statusWords,
  type NoticeContext,
  type OutstandingMeasure,
} from './words';

export type OverdueMonth = {
  month: string;
  dueDate: string;
  /** `leadName` null: the measure has no lead. */
  measures: readonly (OutstandingMeasure & { leadName: string | null })[];
};

export type OverdueSummaryInput = {
  recipientName: string;
  /** The day it is sent. */
  sentOn: string;
  months: readonly OverdueMonth[];
};

function monthSection(overdue: OverdueMonth, context: NoticeContext): Block[] {
  return [
    heading(`${monthWords(overdue.month)}: due by ${dayAndDate(overdue.dueDate)}`),
    list(
      overdue.measures.map((m) => ({
        label: measureWords(m),
        href: entryLink(context.siteUrl, overdue.month, m.ref),
        detail: `(${m.leadName === null ? 'no lead' : `lead: ${m.leadName}`}; ${statusWords(m.status, 'admin')})`,
      })),
    ),
  ];
}

export function composeOverdueSummary(input: OverdueSummaryInput, context: NoticeContext): Message {
  const total = input.months.reduce((sum, m) => sum + m.measures.length, 0);
  const months = monthsWords(input.months.map((m) => m.month));
  return renderMessage({
    subject: `Overdue figures on ${dayAndDate(input.sentOn)}: ${count(total, 'measure')} in ${months}`,
    greeting: `Dear ${input.recipientName},`,
    body: [
      paragraph(`These measures are past their due date and not yet submitted, as of ${dayAndDate(input.sentOn)}:`),
      ...input.months.flatMap((m) => monthSection(m, context)),
      action('See every month’s progress', monthsAdminLink(context.siteUrl)),
    ],
    signature: signature(context),
    footer: reminderFooter(
      `You are receiving this daily summary because you are an administrator of Performance Pack at ${context.organisationName}.`,
      context,
    ),
  });
}
