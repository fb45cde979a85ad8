// To a measure's lead, when the executive returns its entry during review, with the executive's note.
import { entryLink } from '../links';
import { action, paragraph, quote, renderMessage, type Message } from './layout';
import { measureWords, monthWords, requiredFooter, signature, type MeasureLine, type NoticeContext } from './words';

export type EntryReturnedInput = {
  recipientName: string;
  month: string;
  measure: MeasureLine;
  /** The executive's note, as they typed it: several lines, any characters. */
  note: string;
  /** Who returned it. */
  returnedBy: string;
};

export function composeEntryReturned(input: EntryReturnedInput, context: NoticeContext): Message {
  const month = monthWords(input.month);
  return renderMessage({
    subject: `${input.measure.ref} for ${month} has been returned to you`,
    greeting: `Dear ${input.recipientName},`,
    body: [
      paragraph(`${input.returnedBy} has returned your entry for ${measureWords(input.measure)}, ${month}, with this note:`),
      quote(input.note),
      paragraph('Please change the entry as the note asks, then submit it again. The month cannot be signed off until you do.'),
      action(`Change ${input.measure.ref} for ${month}`, entryLink(context.siteUrl, input.month, input.measure.ref)),
    ],
    signature: signature(context),
    footer: requiredFooter(`You are receiving this because you are the lead for ${input.measure.ref} in ${month}.`, context),
  });
}
