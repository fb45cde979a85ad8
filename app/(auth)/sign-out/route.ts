// POST /sign-out ends the session: its cookie is cleared, and its id is remembered as ended, since
// the proxy renews the cookie on every response and one still in flight (a prefetch) could put it
// back. A route handler outside the proxy, so its own response never renews it.
import { signOut } from '@/auth';
import { currentUser } from '@/app/_server/guard';
import { recordAuditEvent } from '@/db/audit';
import { getDb } from '@/db/client';
import { endSession } from '@/db/queries/users';
import { clientAddress } from '@/lib/auth/client-address';
import { ABSOLUTE_LIFETIME_SECONDS } from '@/lib/auth/session-rules';
import { env, siteOrigin } from '@/lib/env';

export async function POST(request: Request) {
  // Only a form on this site may sign someone out ("null" and anything unreadable included).
  const origin = request.headers.get('origin');
  if (origin !== null && origin !== siteOrigin(env)) {
    return new Response('Forbidden\n', { status: 403, headers: { 'cache-control': 'no-store', 'content-type': 'text/plain; charset=utf-8' } });
  }

  const user = await currentUser();
  if (user) {
    const db = await getDb();
    await db.transaction(async (tx) => {
      // Ended on the server too: a response still in flight may put the cookie back.
      if (user.sessionId) await endSession(tx, user.sessionId, ABSOLUTE_LIFETIME_SECONDS);
      await recordAuditEvent(tx, {
        action: 'user.sign_out', actorId: user.id, subjectType: 'user', subjectId: user.id,
        detail: { address: clientAddress(request.headers) },
      });
    });
  }
  await signOut({ redirect: false });
  return new Response(null, { status: 303, headers: { Location: '/sign-in?signed-out=1', 'Cache-Control': 'no-store' } });
}
