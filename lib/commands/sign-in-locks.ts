// An administrator ending a sign-in lock early. Anyone who knows an e-mail address can keep its
// account locked with five wrong guesses every 15 minutes; the person locked out should not have
// to wait for it to lapse. Single sign-on is never held up by a password lock.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAuditEvent } from '../../db/audit';
import { signInThrottles } from '../../db/schema';
import { defineCommand } from './define-command';
import { ok } from './result';

export const clearSignInLockSchema = z.object({
  key: z.string({ error: 'Choose a lock to clear' }).regex(/^(email|address):\S{1,300}$/, { error: 'Choose a lock to clear' }),
});

export const clearSignInLock = defineCommand({
  name: 'clearSignInLock',
  schema: clearSignInLockSchema,
  action: 'users.manage',
  load: async (tx, { key }) => {
    const [lock] = await tx.select().from(signInThrottles).where(eq(signInThrottles.key, key)).for('update');
    return lock?.lockedUntil && lock.lockedUntil > new Date() ? lock : null;
  },
  notFound: 'That lock has already ended or been cleared. Reload the page to see the locks in force now.',
  run: async (tx, { actor, input: { key }, loaded: lock }) => {
    await tx.delete(signInThrottles).where(eq(signInThrottles.key, key));
    await recordAuditEvent(tx, {
      action: 'user.clear_sign_in_lock',
      actorId: actor.id,
      subjectType: key.startsWith('email:') ? 'email' : 'address',
      subjectId: key.slice(key.indexOf(':') + 1),
      before: { lockedUntil: lock.lockedUntil!.toISOString() },
      after: null,
    });
    return ok({ key });
  },
});
