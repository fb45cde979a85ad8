// POST /sign-out ends the session. A route handler outside the proxy rather than a server action:
// the proxy renews the session cookie on every response it sees, which could undo the sign-out.
import { signOut } from '@/auth';
import { currentUser } from '@/app/_server/guard';
import { recordAuditEvent } from '@/db/audit';
import { getDb } from '@/db/client';
import { clientAddress } from '@/lib/auth/client-address';

export async function POST(request: Request) {
  // Only a form on this site may sign someone out.
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (origin && (!host || new URL(origin).host !== host)) return new Response('Forbidden', { status: 403 });

  const user = await currentUser();
  if (user) {
    await recordAuditEvent(await getDb(), {
      action: 'user.sign_out', actorId: user.id, subjectType: 'user', subjectId: user.id,
      detail: { address: clientAddress(request.headers) },
    });
  }
  await signOut({ redirect: false });
  return new Response(null, { status: 303, headers: { Location: '/sign-in?signed-out=1', 'Cache-Control': 'no-store' } });
}
