// What a person changes on their own account: their password (leaving a temporary one behind),
// and whether they get reminders by e-mail.
import { eq, sql } from 'drizzle-orm';
import { recordAuditEvent } from '../../db/audit';
import { users } from '../../db/schema';
import { hashPassword, verifyPassword } from '../auth/password';
import { changePasswordSchema } from '../auth/schemas';
import { noticePreferencesSchema } from '../notices/preferences';
import { defineCommand } from './define-command';
import { ok, type CommandResult } from './result';

export const changeOwnPassword = defineCommand({
  name: 'changeOwnPassword',
  schema: changePasswordSchema,
  action: 'account.changePassword',
  resource: (_loaded, _input, actor) => ({ userId: actor.id }),
  // Checking the current password and hashing the new one are slow on purpose: before the transaction.
  prepare: async (db, actor, { currentPassword, newPassword }): Promise<CommandResult<{ passwordHash: string }>> => {
    const [account] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.id));
    if (!account?.passwordHash || !(await verifyPassword(account.passwordHash, currentPassword))) {
      return { ok: false, kind: 'invalid', fieldErrors: { currentPassword: 'Your current password is not right: check it and try again' } };
    }
    return ok({ passwordHash: await hashPassword(newPassword) });
  },
  run: async (tx, { actor, prepared: { passwordHash } }): Promise<CommandResult<null>> => {
    // A new sessionVersion ends every session, this one included: they sign in again with it.
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, actor.id));
    await recordAuditEvent(tx, { action: 'user.change_password', actorId: actor.id, subjectType: 'user', subjectId: actor.id });
    return ok(null);
  },
});

/**
 * Reminders by e-mail on or off, for the person asking and no one else (the input names no one).
 * Only `users.email_reminders` changes: the notices their work needs are sent whatever it says. A
 * choice that is already so changes nothing and records nothing.
 */
export const changeNoticePreferences = defineCommand({
  name: 'changeNoticePreferences',
  schema: noticePreferencesSchema,
  action: 'account.notices',
  resource: (_loaded, _input, actor) => ({ userId: actor.id }),
  run: async (tx, { actor, input: { reminders } }): Promise<CommandResult<{ emailReminders: boolean; changed: boolean }>> => {
    const emailReminders = reminders === 'on';
    const [account] = await tx.select({ emailReminders: users.emailReminders }).from(users).where(eq(users.id, actor.id)).for('update');
    if (!account) return { ok: false, kind: 'not_found', message: 'Your account could not be found. Sign in again.' };
    if (account.emailReminders === emailReminders) return ok({ emailReminders, changed: false });
    await tx.update(users).set({ emailReminders, updatedAt: new Date() }).where(eq(users.id, actor.id));
    await recordAuditEvent(tx, {
      action: 'user.change_notice_preferences',
      actorId: actor.id,
      subjectType: 'user',
      subjectId: actor.id,
      before: { emailReminders: account.emailReminders },
      after: { emailReminders },
    });
    return ok({ emailReminders, changed: true });
  },
});
