// Password sign-in: throttled per e-mail typed and per network address (each attempt counted
// before its password is compared), timing-safe whether or
// not the account exists, one generic answer for every failure, each attempt audited.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { recordAuditEvent } from '../../db/audit';
import type { Database } from '../../db/client';
import { claimSignInAttempt, clearSignInAttempts, findAccountByEmail, lockIfLimitReached, releaseSignInAttempt } from '../../db/queries/users';
import { users } from '../../db/schema';
import { hashPassword, verifyPassword } from '../auth/password';
import { signInSchema } from '../auth/schemas';
import { ACCOUNT_LIMIT, ADDRESS_LIMIT, addressKey, emailKey } from '../auth/throttle';

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

  // Counted before any password is compared, so parallel guesses cannot outrun the limit.
  const claims = [
    { key: keys.account, limit: ACCOUNT_LIMIT, ...(await claimSignInAttempt(db, keys.account, ACCOUNT_LIMIT, now)) },
    { key: keys.address, limit: ADDRESS_LIMIT, ...(await claimSignInAttempt(db, keys.address, ADDRESS_LIMIT, now)) },
  ];
  const throttled = claims.some((claim) => !claim.allowed);
  const account = await findAccountByEmail(db, email);
  // Always verify, even when throttled or unknown, so the time taken says nothing.
  const passwordMatches = await verifyPassword(account?.passwordHash ?? (await getDummyHash()), password);
  const failure = throttled
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
      await clearSignInAttempts(tx, keys.account);
      await releaseSignInAttempt(tx, keys.address);
      await tx.update(users).set({ lastSignInAt: now }).where(eq(users.id, account.id));
      await recordAuditEvent(tx, { action: 'user.sign_in', actorId: account.id, subjectType: 'user', subjectId: account.id, detail: { ...detail, method: 'password' } });
      const { passwordHash: _hash, active: _active, ...signedIn } = account;
      return signedIn;
    }
    // One line for the server log: the e-mail as typed, never the password.
    console.warn(`[sign-in] refused ${JSON.stringify(email)} from ${input.address}: ${failure}`);
    await recordAuditEvent(tx, {
      action: 'user.sign_in_failed',
      actorId: account?.id ?? null,
      subjectType: 'user',
      subjectId: account?.id ?? null,
      detail: { ...detail, reason: failure },
    });
    if (!throttled) {
      for (const { key, limit } of claims) {
        const lockedUntil = await lockIfLimitReached(tx, key, limit, now);
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
