// To a lead, three working days before the due date, listing what they have not yet submitted.
import { monthLink } from '../links';
import { action, paragraph, renderMessage, type Message } from './layout';
import { outstandingList, reminderReason } from './outstanding-list';
import { count, dayAndDate, monthWords, reminderFooter, signature, type NoticeContext, type OutstandingMeasure } from './words';

export type DueSoonInput = {
  recipientName: string;
  month: string;
  dueDate: string;
  /**
   * Working days from the day it is sent to the due date: 3 on time, fewer if the reminders job
   * missed a day or the month opened late, so the message never says "three" when it is one.
   */
  workingDaysLeft: number;
  measures: readonly OutstandingMeasure[];
};

const howSoon = (workingDaysLeft: number): string =>
  workingDaysLeft <= 1 ? 'on the next working day' : `in ${count(workingDaysLeft, 'working day')}`;

export function composeDueSoon(input: DueSoonInput, context: NoticeContext): Message {
  const month = monthWords(input.month);
  const due = dayAndDate(input.dueDate);
  return renderMessage({
    subject: `Reminder: your ${month} figures are due by ${due}`,
    greeting: `Dear ${input.recipientName},`,
    body: [
      paragraph(`Your figures for ${month} are due ${howSoon(input.workingDaysLeft)}, by ${due}.`),
      paragraph(`${count(input.measures.length, 'measure')} of yours ${input.measures.length === 1 ? 'is' : 'are'} not yet submitted:`),
      outstandingList(input.month, input.measures, context),
      action(`See all your measures for ${month}`, monthLink(context.siteUrl, input.month)),
    ],
    signature: signature(context),
    footer: reminderFooter(reminderReason(month), context),
  });
}
