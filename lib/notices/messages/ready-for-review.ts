// To each executive, when every entry of a month is submitted: the month is theirs to review.
import { reviewLink } from '../links';
import { action, paragraph, renderMessage, type Message } from './layout';
import { count, monthWords, requiredFooter, signature, type NoticeContext } from './words';

export type ReadyForReviewInput = {
  recipientName: string;
  month: string;
  /** How many measures' entries the month holds, every one submitted. */
  measureCount: number;
};

export function composeReadyForReview(input: ReadyForReviewInput, context: NoticeContext): Message {
  const month = monthWords(input.month);
  return renderMessage({
    subject: `${month} is ready for your review`,
    greeting: `Dear ${input.recipientName},`,
    body: [
      paragraph(`Every entry for ${month} has been submitted: ${count(input.measureCount, 'measure')}. The month is ready for your review.`),
      action(`Review ${month}`, reviewLink(context.siteUrl, input.month)),
    ],
    signature: signature(context),
    footer: requiredFooter(`You are receiving this because you review and sign off each month’s figures at ${context.organisationName}.`, context),
  });
}
