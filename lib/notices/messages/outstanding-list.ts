// The list every reminder to a lead carries: the measures of theirs not yet submitted, each linked
// to its entry, with where it stands.
import { entryLink } from '../links';
import { list, type Block } from './layout';
import { measureWords, statusWords, type NoticeContext, type OutstandingMeasure } from './words';

export const outstandingList = (month: string, measures: readonly OutstandingMeasure[], context: NoticeContext): Block =>
  list(
    measures.map((m) => ({
      label: measureWords(m),
      href: entryLink(context.siteUrl, month, m.ref),
      detail: `(${statusWords(m.status, 'lead')})`,
    })),
  );

/** Why a lead gets a reminder, the same words in each. */
export const reminderReason = (month: string): string =>
  `You are receiving this reminder because you are the lead for these measures in ${month} and they are not yet submitted.`;
