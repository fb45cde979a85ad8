// From notices to the outbox: each notice composed in the portal's words and written in the
// transaction of the change that caused it, so a change that rolls back sends nothing.
import type { Transaction } from '../../db/client';
import { enqueueMessages } from '../../db/queries/outbox';
import { env, siteOrigin } from '../env';
import { composeNotice, type Notice, type NoticeContext } from './compose-notice';

/** A notice, whom it is for, and the key that names its event and recipient (written once, ever). */
export type AddressedNotice = { notice: Notice; recipientId: string; dedupeKey: string };

/**
 * Where links point and whose portal it is, as the rest of the app reads them: SITE_URL (or this
 * machine's port when it is unset, as for sign-in's redirects) and ORGANISATION_NAME, as the pack prints it.
 */
export const noticeContext = (): NoticeContext => ({ siteUrl: siteOrigin(env), organisationName: env.ORGANISATION_NAME });

/**
 * Composes each notice and writes it to the outbox (enqueueMessages: nothing to a deactivated
 * account, no reminder to someone who turned reminders off); says how many were new.
 */
export async function enqueueNotices(tx: Transaction, notices: readonly AddressedNotice[], context: NoticeContext = noticeContext()): Promise<number> {
  return enqueueMessages(
    tx,
    notices.map(({ notice, recipientId, dedupeKey }) => ({ kind: notice.kind, recipientId, dedupeKey, ...composeNotice(notice, context) })),
  );
}
