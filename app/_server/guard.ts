// Who is asking, and may they: called at the top of every page that shows data, every server
// action and every route handler. The proxy only redirects; these are the checks that count.
import 'server-only';
import { sql } from 'drizzle-orm';
import { cookies } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { auth } from '@/auth';
import { getDb } from '@/db/client';
import { checkingSession } from '@/lib/auth/session-check';
import { carriesSessionCookie } from '@/lib/auth/session-rules';
import { authorize, type Action, type Actor, type Resource, type Role } from '@/lib/auth/policy';

export type SessionUser = Actor & {
  name: string;
  email: string;
  roles: Role[];
  mustChangePassword: boolean;
  sessionId?: string;
  /** The data version read with this request's session check (app/_server/kept.ts). */
  dataVersion?: string;
};

/** The signed-in person, or null. Every session is re-checked against the database by auth(). */
export async function currentUser(): Promise<SessionUser | null> {
  const { value: session, failure } = await checkingSession(() => auth());
  if (failure) throw new Error('The session could not be checked: the database did not answer', { cause: failure });
  const user = session?.user;
  if (!user?.id) {
    // auth() is read once per request: a later caller learns of a failed check this way.
    await sessionWasNotLostToTheDatabase();
    return null;
  }
  return {
    id: user.id,
    name: user.name ?? '',
    email: user.email ?? '',
    roles: user.roles,
    mustChangePassword: user.mustChangePassword,
    sessionId: session?.sessionId,
    dataVersion: session?.dataVersion,
  };
}

/**
 * Auth.js answers "no session" when the database cannot be reached to re-check one (it logs the
 * error and swallows it), which would send everyone to the sign-in page, losing what they typed,
 * while the database is down. So a request that carries a session cookie yet gets no session asks
 * the database once: if it does not answer, that is a problem with the service, thrown as one.
 */
async function sessionWasNotLostToTheDatabase(): Promise<void> {
  if (!carriesSessionCookie((await cookies()).getAll().map((cookie) => cookie.name))) return;
  try {
    await (await getDb()).execute(sql`select 1`);
  } catch (error) {
    throw new Error('The session could not be checked: the database did not answer', { cause: error });
  }
}

/**
 * The signed-in person; anyone else goes to sign-in. Someone with a temporary password goes to
 * change it first, except on the page (or action) that does that.
 */
export async function requireUser(options: { allowTemporaryPassword?: boolean } = {}): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect('/sign-in');
  if (user.mustChangePassword && !options.allowTemporaryPassword) redirect('/account/password');
  return user;
}

/** The signed-in person, if they may take the action on the resource; a 403 page otherwise. */
export async function requirePermission(action: Action, resource?: Resource): Promise<SessionUser> {
  const user = await requireUser();
  const decision = authorize(user, action, resource);
  if (!decision.allowed) {
    console.warn(`[policy] ${user.id} refused: ${decision.reason}`);
    forbidden();
  }
  return user;
}
