import { and, asc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../client';
import { dataVersionSql } from '../data-version';
import { endedSessions, signInThrottles, userRoles, users, type Role, type SignInThrottle } from '../schema';

const rolesOf = sql<Role[]>`coalesce(
  (select array_agg(${userRoles.role} order by ${userRoles.role}) from ${userRoles} where ${userRoles.userId} = ${users.id}),
  '{}'
)`;

const accountColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  active: users.active,
  sessionVersion: users.sessionVersion,
  mustChangePassword: users.mustChangePassword,
  roles: rolesOf,
};

export async function findAccountByEmail(db: Queryable, email: string) {
  const [account] = await db
    .select({ ...accountColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()));
  return account ? { ...account, roles: normaliseRoles(account.roles) } : null;
}

/**
 * What a session needs to know about its person, read afresh on every request, and whether this
 * session was ended by signing out. One query, which also reads the data version
 * (db/data-version.ts) for the pages that keep what they read: every signed-in page needs both, and
 * on the embedded database each query costs a millisecond or two.
 */
export async function findSessionAccount(db: Queryable, id: string, sessionId = '') {
  const [account] = await db
    .select({
      ...accountColumns,
      sessionEnded: sql<boolean>`exists (select 1 from ${endedSessions} where ${endedSessions.sessionId} = ${sessionId})`,
      dataVersion: dataVersionSql,
    })
    .from(users)
    .where(eq(users.id, id));
  return account ? { ...account, roles: normaliseRoles(account.roles) } : null;
}

/** Remembers that a session has ended, and forgets those that would have expired by now anyway. */
export async function endSession(db: Queryable, sessionId: string, lifetimeSeconds: number): Promise<void> {
  await db.insert(endedSessions).values({ sessionId }).onConflictDoNothing();
  await db.delete(endedSessions).where(sql`${endedSessions.endedAt} < now() - make_interval(secs => ${lifetimeSeconds})`);
}

export type SessionAccount = NonNullable<Awaited<ReturnType<typeof findSessionAccount>>>;

export async function listAccounts(db: Queryable) {
  const rows = await db
    .select({ ...accountColumns, lastSignInAt: users.lastSignInAt, hasPassword: sql<boolean>`${users.passwordHash} is not null` })
    .from(users)
    .orderBy(asc(users.name));
  return rows.map((row) => ({ ...row, roles: normaliseRoles(row.roles) }));
}

/** One account as the users page shows it, or null (an unknown id). */
export async function findAccount(db: Queryable, id: string) {
  const [row] = await db
    .select({ ...accountColumns, lastSignInAt: users.lastSignInAt, hasPassword: sql<boolean>`${users.passwordHash} is not null` })
    .from(users)
    .where(eq(users.id, id));
  return row ? { ...row, roles: normaliseRoles(row.roles) } : null;
}

export type ListedAccount = NonNullable<Awaited<ReturnType<typeof findAccount>>>;

export type NoticePerson = { id: string; name: string };

/**
 * Active people with a role, by name: the leads a measure may be given to, the executives told a
 * month is ready for review, the committee members told a pack is published.
 */
export async function listActivePeopleWithRole(db: Queryable, role: Role): Promise<NoticePerson[]> {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, role)))
    .where(eq(users.active, true))
    .orderBy(asc(users.name), asc(users.id));
}

export async function countActiveExecutives(db: Queryable): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(sql`${userRoles.role} = 'executive' and ${users.active}`);
  return row?.n ?? 0;
}

/**
 * The active administrators, by e-mail address: who an operator's import (`figures:import`,
 * `benchmarks:import`) can be recorded as when it does not name one.
 */
export async function listActiveAdmins(db: Queryable): Promise<{ id: string; email: string; name: string; roles: Role[] }[]> {
  const rows = await db
    .select({ id: users.id, email: users.email, name: users.name, roles: rolesOf })
    .from(users)
    .where(and(eq(users.active, true), sql`exists (select 1 from ${userRoles} where ${userRoles.userId} = ${users.id} and ${userRoles.role} = 'admin')`))
    .orderBy(asc(users.email));
  return rows.map((row) => ({ ...row, roles: normaliseRoles(row.roles) }));
}

/** The sign-in locks in force on these keys, by key. */
export async function findThrottles(db: Queryable, keys: string[]): Promise<Map<string, SignInThrottle>> {
  const rows = await db.select().from(signInThrottles).where(inArray(signInThrottles.key, keys));
  return new Map(rows.map((row) => [row.key, row]));
}

// PostgreSQL gives arrays back as arrays; PGlite's driver can give the text form of an enum array.
export function normaliseRoles(value: unknown): Role[] {
  if (Array.isArray(value)) return value as Role[];
  if (typeof value === 'string') return value.replace(/^\{|\}$/g, '').split(',').filter(Boolean) as Role[];
  return [];
}

type Limit = { failures: number; windowSeconds: number; lockSeconds: number };

/**
 * Claims one sign-in attempt against the key, in one statement: counted first, before any password
 * is compared, so that however many guesses arrive at once no more than the limit are ever checked
 * (a check and a count in two steps let parallel guesses all pass the check). An attempt is refused
 * while the key is locked, or once the attempts in the window pass the limit.
 */
export async function claimSignInAttempt(db: Queryable, key: string, limit: Limit, now: Date): Promise<{ allowed: boolean; attempt: number }> {
  const at = now.toISOString();
  const windowStart = new Date(now.getTime() - limit.windowSeconds * 1000).toISOString();
  const locked = sql`${signInThrottles.lockedUntil} is not null and ${signInThrottles.lockedUntil} > ${at}::timestamptz`;
  const inWindow = sql`${signInThrottles.windowStartedAt} > ${windowStart}::timestamptz`;
  const [row] = await db
    .insert(signInThrottles)
    .values({ key, failures: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: signInThrottles.key,
      set: {
        failures: sql`case when ${locked} then ${signInThrottles.failures} when ${inWindow} then ${signInThrottles.failures} + 1 else 1 end`,
        windowStartedAt: sql`case when ${locked} or ${inWindow} then ${signInThrottles.windowStartedAt} else ${at}::timestamptz end`,
        lockedUntil: sql`case when ${locked} then ${signInThrottles.lockedUntil} else null end`,
      },
    })
    .returning({ attempts: signInThrottles.failures, lockedUntil: signInThrottles.lockedUntil });
  const stillLocked = !!row?.lockedUntil && row.lockedUntil > now;
  const attempt = row?.attempts ?? 0;
  return { allowed: !stillLocked && attempt <= limit.failures, attempt };
}

/**
 * After a failed attempt that was allowed: once the attempts reach the limit, the key is locked
 * for the lock period. Returns the lock's end if this failure locked it.
 */
export async function lockIfLimitReached(db: Queryable, key: string, limit: Limit, now: Date): Promise<Date | null> {
  const lockedUntil = new Date(now.getTime() + limit.lockSeconds * 1000);
  const locked = await db
    .update(signInThrottles)
    .set({ lockedUntil, failures: 0, windowStartedAt: now })
    .where(
      and(
        eq(signInThrottles.key, key),
        gte(signInThrottles.failures, limit.failures),
        sql`(${signInThrottles.lockedUntil} is null or ${signInThrottles.lockedUntil} <= ${now.toISOString()}::timestamptz)`,
      ),
    )
    .returning({ key: signInThrottles.key });
  return locked.length > 0 ? lockedUntil : null;
}

/** Forgets a key's attempts: after a successful sign-in, or when an administrator clears a lock. */
export async function clearSignInAttempts(db: Queryable, key: string): Promise<boolean> {
  const cleared = await db.delete(signInThrottles).where(eq(signInThrottles.key, key)).returning({ key: signInThrottles.key });
  return cleared.length > 0;
}

/** Gives back an attempt that succeeded, so people signing in from one office address never lock it. */
export async function releaseSignInAttempt(db: Queryable, key: string): Promise<void> {
  await db
    .update(signInThrottles)
    .set({ failures: sql`greatest(${signInThrottles.failures} - 1, 0)` })
    .where(and(eq(signInThrottles.key, key), sql`${signInThrottles.lockedUntil} is null`));
}

/** Sign-in locks in force now (e-mail addresses typed and network addresses), soonest to end first. */
export async function listSignInLocks(db: Queryable, now = new Date()) {
  return db
    .select({ key: signInThrottles.key, lockedUntil: signInThrottles.lockedUntil })
    .from(signInThrottles)
    .where(sql`${signInThrottles.lockedUntil} > ${now.toISOString()}::timestamptz`)
    .orderBy(asc(signInThrottles.lockedUntil));
}

export type SignInLock = Awaited<ReturnType<typeof listSignInLocks>>[number];

/**
 * Whether the person gets reminders by e-mail, or null (an unknown id). Read fresh by their own
 * preferences page: the column does not move the data version (drizzle/0010_outbox.sql).
 */
export async function readEmailReminders(db: Queryable, id: string): Promise<boolean | null> {
  const [row] = await db.select({ emailReminders: users.emailReminders }).from(users).where(eq(users.id, id));
  return row?.emailReminders ?? null;
}
