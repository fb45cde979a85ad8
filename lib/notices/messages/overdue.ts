// To a lead, once, on the first working day after the due date while measures of theirs are still
// not submitted.
import { monthLink } from '../links';
import { action, paragraph, renderMessage, type Message } from './layout';
import { outstandingList, reminderReason } from './outstanding-list';
import { count, dayAndDate, monthWords, reminderFooter, signature, type NoticeContext, type OutstandingMeasure } from './words';

export type OverdueInput = {
  recipientName: string;
  month: string;
  dueDate: string;
  measures: readonly OutstandingMeasure[];
};

export function composeOverdue(input: OverdueInput, context: NoticeContext): Message {
  const month = monthWords(input.month);
  const several = input.measures.length !== 1;
  return renderMessage({
    subject: `Your ${month} figures are overdue`,
    greeting: `Dear ${input.recipientName},`,
    body: [
      paragraph(
        `Your figures for ${month} were due by ${dayAndDate(input.dueDate)}. ${count(input.measures.length, 'measure')} of yours ${several ? 'are' : 'is'} not yet submitted:`,
      ),
      outstandingList(input.month, input.measures, context),
      paragraph(
        `Please submit ${several ? 'them' : 'it'} as soon as you can. If a figure is not available, you can say so in its entry and submit it.`,
      ),
      action(`See all your measures for ${month}`, monthLink(context.siteUrl, input.month)),
    ],
    signature: signature(context),
    footer: reminderFooter(reminderReason(month), context),
  });
}
