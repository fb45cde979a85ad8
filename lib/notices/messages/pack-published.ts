// To each viewer, when the executive publishes a month's pack: where to read it, and who may.
import type { PackVisibility } from '../../packs/visibility';
import { packLink } from '../links';
import { action, paragraph, quote, renderMessage, type Block, type Message } from './layout';
import { monthWords, requiredFooter, signature, type NoticeContext } from './words';

export type PackPublishedInput = {
  recipientName: string;
  month: string;
  version: number;
  visibility: PackVisibility;
  /** Why a later version was published (the reason the month was reopened); null for version 1. */
  changeNote: string | null;
};

const WHO_MAY_READ: Record<PackVisibility, string> = {
  public: 'The pack is public: anyone can read it, without signing in.',
  members_only: 'The pack is for members only: sign in to read it.',
};

export function composePackPublished(input: PackPublishedInput, context: NoticeContext): Message {
  const month = monthWords(input.month);
  const later: Block[] =
    input.version > 1
      ? [
          paragraph(`This is version ${input.version}. It replaces version ${input.version - 1}.`),
          ...(input.changeNote ? [paragraph('The note published with it:'), quote(input.changeNote)] : []),
        ]
      : [];
  return renderMessage({
    subject: input.version > 1 ? `Version ${input.version} of the ${month} performance pack is published` : `The ${month} performance pack is published`,
    greeting: `Dear ${input.recipientName},`,
    body: [
      paragraph(`The ${context.organisationName} performance pack for ${month} has been published.`),
      ...later,
      paragraph(WHO_MAY_READ[input.visibility]),
      action(`Read the ${month} pack`, packLink(context.siteUrl, input.month, input.version)),
    ],
    signature: signature(context),
    footer: requiredFooter(`You are receiving this because you have an account to read ${context.organisationName}’s performance packs.`, context),
  });
}
