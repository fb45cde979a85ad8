// Who is asking, and may they: called at the top of every page that shows data, every server
// action and every route handler. The proxy only redirects; these are the checks that count.
import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { auth } from '@/auth';
import { authorize, type Action, type Actor, type Resource, type Role } from '@/lib/auth/policy';

export type SessionUser = Actor & { name: string; email: string; roles: Role[]; mustChangePassword: boolean; sessionId?: string };

/** The signed-in person, or null. Every session is re-checked against the database by auth(). */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await auth();
  const user = session?.user;
  if (!user?.id) return null;
  return {
    id: user.id,
    name: user.name ?? '',
    email: user.email ?? '',
    roles: user.roles,
    mustChangePassword: user.mustChangePassword,
    sessionId: session?.sessionId,
  };
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
