// To a lead on the due date, listing what they have not yet submitted. When the due date is not a
// working day the reminder comes on the last working day before it, and says so.
import { monthLink } from '../links';
import { action, paragraph, renderMessage, type Message } from './layout';
import { outstandingList, reminderReason } from './outstanding-list';
import { count, dayAndDate, monthWords, reminderFooter, signature, type NoticeContext, type OutstandingMeasure } from './words';

export type DueTodayInput = {
  recipientName: string;
  month: string;
  dueDate: string;
  /** The day it is sent: the due date, or the last working day before a due date that is not one. */
  sentOn: string;
  measures: readonly OutstandingMeasure[];
};

export function composeDueToday(input: DueTodayInput, context: NoticeContext): Message {
  const month = monthWords(input.month);
  const due = dayAndDate(input.dueDate);
  const onTheDay = input.sentOn === input.dueDate;
  return renderMessage({
    subject: onTheDay ? `Your ${month} figures are due today` : `Your ${month} figures are due by ${due}`,
    greeting: `Dear ${input.recipientName},`,
    body: [
      paragraph(
        onTheDay
          ? `Your figures for ${month} are due today, ${due}.`
          : `Your figures for ${month} are due by ${due}. Today is the last working day before then.`,
      ),
      paragraph(`${count(input.measures.length, 'measure')} of yours ${input.measures.length === 1 ? 'is' : 'are'} not yet submitted:`),
      outstandingList(input.month, input.measures, context),
      action(`See all your measures for ${month}`, monthLink(context.siteUrl, input.month)),
    ],
    signature: signature(context),
    footer: reminderFooter(reminderReason(month), context),
  });
}
