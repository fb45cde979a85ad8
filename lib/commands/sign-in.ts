// Password sign-in: throttled per e-mail typed and per network address, timing-safe whether or
// not the account exists, one generic answer for every failure, each attempt audited.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { recordAuditEvent } from '../../db/audit';
import type { Database } from '../../db/client';
import { findAccountByEmail, findThrottles, recordSignInFailure } from '../../db/queries/users';
import { signInThrottles, users } from '../../db/schema';
import { hashPassword, verifyPassword } from '../auth/password';
import { signInSchema } from '../auth/schemas';
import { ACCOUNT_LIMIT, ADDRESS_LIMIT, addressKey, emailKey, isLocked, type ThrottleLimit } from '../auth/throttle';

export const SIGN_IN_FAILED_MESSAGE =
  'The e-mail address or password is not right, or there have been too many attempts. Check them and try again; after 5 failed attempts you need to wait 15 minutes.';

let dummyHash: Promise<string> | undefined;
/** A real argon2id hash of nothing anyone knows, compared when the e-mail is unknown. */
const getDummyHash = () => (dummyHash ??= hashPassword(randomUUID()));

export type SignedInAccount = { id: string; email: string; name: string; roles: string[]; sessionVersion: number; mustChangePassword: boolean };

export async function signInWithPassword(
  db: Database,
  input: { email: unknown; password: unknown; address: string },
  now = new Date(),
): Promise<SignedInAccount | null> {
  const parsed = signInSchema.safeParse({ email: input.email, password: input.password });
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const keys = { account: emailKey(email), address: addressKey(input.address) };

  const [account, throttles] = await Promise.all([
    findAccountByEmail(db, email),
    findThrottles(db, [keys.account, keys.address]),
  ]);
  // Always verify, even when locked or unknown, so the time taken says nothing.
  const passwordMatches = await verifyPassword(account?.passwordHash ?? (await getDummyHash()), password);
  const locked = isLocked(throttles.get(keys.account), now) || isLocked(throttles.get(keys.address), now);
  const failure = locked
    ? 'throttled'
    : !account
      ? 'unknown_email'
      : !account.active
        ? 'inactive'
        : !account.passwordHash || !passwordMatches
          ? 'wrong_password'
          : null;

  return db.transaction(async (tx) => {
    const detail = { email, address: input.address };
    if (failure === null && account) {
      await tx.delete(signInThrottles).where(eq(signInThrottles.key, keys.account));
      await tx.update(users).set({ lastSignInAt: now }).where(eq(users.id, account.id));
      await recordAuditEvent(tx, { action: 'user.sign_in', actorId: account.id, subjectType: 'user', subjectId: account.id, detail: { ...detail, method: 'password' } });
      const { passwordHash: _hash, active: _active, ...signedIn } = account;
      return signedIn;
    }
    await recordAuditEvent(tx, {
      action: 'user.sign_in_failed',
      actorId: account?.id ?? null,
      subjectType: 'user',
      subjectId: account?.id ?? null,
      detail: { ...detail, reason: failure },
    });
    if (!locked) {
      for (const [key, limit] of [[keys.account, ACCOUNT_LIMIT], [keys.address, ADDRESS_LIMIT]] as [string, ThrottleLimit][]) {
        const lockedUntil = await recordSignInFailure(tx, key, limit, now);
        if (lockedUntil) {
          await recordAuditEvent(tx, {
            action: 'user.locked_out',
            actorId: account?.id ?? null,
            subjectType: key.startsWith('email:') ? 'user' : 'address',
            subjectId: key.startsWith('email:') ? (account?.id ?? null) : input.address,
            detail: { ...detail, key, lockedUntil: lockedUntil.toISOString() },
          });
        }
      }
    }
    return null;
  });
}
