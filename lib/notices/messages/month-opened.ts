// To each lead with measures in a month, when an administrator opens it: what to fill in, and by when.
import { monthLink } from '../links';
import { action, list, paragraph, renderMessage, type Message } from './layout';
import { count, dayAndDate, measureWords, monthWords, requiredFooter, signature, type MeasureLine, type NoticeContext } from './words';

export type MonthOpenedInput = {
  recipientName: string;
  /** "2020-11" */
  month: string;
  /** "2020-12-16" */
  dueDate: string;
  /** The lead's own active measures in the month. */
  measures: readonly MeasureLine[];
};

export function composeMonthOpened(input: MonthOpenedInput, context: NoticeContext): Message {
  const month = monthWords(input.month);
  const due = dayAndDate(input.dueDate);
  return renderMessage({
    subject: `${month} is open: your figures are due by ${due}`,
    greeting: `Dear ${input.recipientName},`,
    body: [
      paragraph(`${month} is now open for figures.`),
      paragraph(`Please enter and submit the figures and commentary for your ${count(input.measures.length, 'measure')} by ${due}:`),
      list(input.measures.map((m) => ({ label: measureWords(m) }))),
      action(`Enter your figures for ${month}`, monthLink(context.siteUrl, input.month)),
    ],
    signature: signature(context),
    footer: requiredFooter(`You are receiving this because you are the lead for these measures in ${month}.`, context),
  });
}
