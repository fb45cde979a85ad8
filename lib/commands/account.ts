// A person changing their own password (and leaving a temporary one behind).
import { eq, sql } from 'drizzle-orm';
import { recordAuditEvent } from '../../db/audit';
import type { Database } from '../../db/client';
import { users } from '../../db/schema';
import { hashPassword, verifyPassword } from '../auth/password';
import { authorize, type Actor } from '../auth/policy';
import { changePasswordSchema } from '../auth/schemas';
import { denied, ok, parseInput, type CommandResult } from './result';

export async function changeOwnPassword(db: Database, actor: Actor | null, input: unknown): Promise<CommandResult<null>> {
  const parsed = parseInput(changePasswordSchema, input);
  if ('invalid' in parsed) return parsed.invalid;
  const decision = authorize(actor, 'account.changePassword', { userId: actor?.id });
  if (!decision.allowed) return denied(decision.reason);
  const { currentPassword, newPassword } = parsed.data;

  const [account] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor!.id));
  if (!account?.passwordHash || !(await verifyPassword(account.passwordHash, currentPassword))) {
    return { ok: false, kind: 'invalid', fieldErrors: { currentPassword: 'Your current password is not right: check it and try again' } };
  }
  const passwordHash = await hashPassword(newPassword);
  return db.transaction(async (tx) => {
    // A new sessionVersion ends every session, this one included: they sign in again with it.
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, actor!.id));
    await recordAuditEvent(tx, { action: 'user.change_password', actorId: actor!.id, subjectType: 'user', subjectId: actor!.id });
    return ok(null);
  });
}
