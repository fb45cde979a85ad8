// Managing people (admin only): create, change roles, deactivate and reactivate, set a temporary
// password, sign out everywhere. Each changes the user and writes its audit event in one
// transaction; each that should end someone's sessions bumps their sessionVersion.
import { and, eq, sql } from 'drizzle-orm';
import { recordAuditEvent } from '../../db/audit';
import type { Database, Transaction } from '../../db/client';
import { normaliseRoles } from '../../db/queries/users';
import { userRoles, users } from '../../db/schema';
import { hashPassword } from '../auth/password';
import type { Role } from '../auth/policy';
import { changeRolesSchema, createUserSchema, setTemporaryPasswordSchema, userIdSchema } from '../auth/schemas';
import { defineCommand } from './define-command';
import { ok, type CommandResult } from './result';

type Snapshot = { email: string; name: string; active: boolean; roles: Role[] };

async function snapshot(tx: Transaction, userId: string): Promise<Snapshot | null> {
  const [row] = await tx
    .select({
      email: users.email,
      name: users.name,
      active: users.active,
      roles: sql<Role[]>`coalesce(array(select ${userRoles.role}::text from ${userRoles} where ${userRoles.userId} = ${users.id} order by 1), '{}')`,
    })
    .from(users)
    .where(eq(users.id, userId))
    .for('update');
  return row ? { ...row, roles: normaliseRoles(row.roles) } : null;
}

const NOT_FOUND = 'That person could not be found. They may have been removed; reload the page.';

/**
 * Active administrators other than this user: there must always be one left. Their rows are locked
 * for the rest of the transaction, so two administrators demoting each other at the same moment
 * cannot both pass this check.
 */
async function otherActiveAdmins(tx: Transaction, userId: string): Promise<number> {
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.active, true), sql`${users.id} in (select ${userRoles.userId} from ${userRoles} where ${userRoles.role} = 'admin')`))
    .orderBy(users.id)
    .for('update');
  return admins.filter((admin) => admin.id !== userId).length;
}

const LAST_ADMIN = {
  ok: false,
  kind: 'state',
  message: 'There must always be at least one active administrator. Give someone else the admin role first.',
} as const;

/** What every command on someone else's account shares: admins only, the person locked while it runs. */
const onAPerson = { action: 'users.manage', load: (tx: Transaction, input: { userId: string }) => snapshot(tx, input.userId), notFound: NOT_FOUND } as const;

/** Argon2 is slow on purpose: hash before the transaction, so it is not held open meanwhile. */
const hashTemporaryPassword = async (_db: Database, _actor: unknown, input: { temporaryPassword: string }) =>
  ok({ passwordHash: await hashPassword(input.temporaryPassword) });

export const createUser = defineCommand({
  name: 'createUser',
  schema: createUserSchema,
  action: 'users.manage',
  prepare: hashTemporaryPassword,
  run: async (tx, { actor, input: { name, email, roles }, prepared: { passwordHash } }): Promise<CommandResult<{ id: string; name: string }>> => {
    const [created] = await tx
      .insert(users)
      .values({ name, email, passwordHash, mustChangePassword: true })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (!created) return { ok: false, kind: 'invalid', fieldErrors: { email: 'Someone already has an account with that e-mail address' } };
    await tx.insert(userRoles).values(roles.map((role) => ({ userId: created.id, role })));
    await recordAuditEvent(tx, {
      action: 'user.create', actorId: actor.id, subjectType: 'user', subjectId: created.id,
      after: { name, email, roles, active: true, mustChangePassword: true },
    });
    return ok({ id: created.id, name });
  },
});

export const changeRoles = defineCommand({
  name: 'changeRoles',
  schema: changeRolesSchema,
  ...onAPerson,
  run: async (tx, { actor, input: { userId, roles }, loaded: before }): Promise<CommandResult<{ name: string }>> => {
    if (before.roles.includes('admin') && !roles.includes('admin') && (await otherActiveAdmins(tx, userId)) === 0) return LAST_ADMIN;
    await tx.delete(userRoles).where(eq(userRoles.userId, userId));
    await tx.insert(userRoles).values(roles.map((role) => ({ userId, role })));
    await tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() }).where(eq(users.id, userId));
    await recordAuditEvent(tx, {
      action: 'user.change_roles', actorId: actor.id, subjectType: 'user', subjectId: userId,
      before: { roles: before.roles }, after: { roles: [...roles].sort() },
    });
    return ok({ name: before.name });
  },
});

const setActive = (active: boolean) =>
  defineCommand({
    name: active ? 'reactivateUser' : 'deactivateUser',
    schema: userIdSchema,
    ...onAPerson,
    run: async (tx, { actor, input: { userId }, loaded: before }): Promise<CommandResult<{ name: string }>> => {
      if (!active && userId === actor.id) {
        return { ok: false, kind: 'state', message: 'You cannot deactivate your own account. Ask another administrator.' };
      }
      if (!active && before.roles.includes('admin') && (await otherActiveAdmins(tx, userId)) === 0) return LAST_ADMIN;
      await tx
        .update(users)
        .set({ active, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
        .where(eq(users.id, userId));
      await recordAuditEvent(tx, {
        action: active ? 'user.reactivate' : 'user.deactivate', actorId: actor.id, subjectType: 'user', subjectId: userId,
        before: { active: before.active }, after: { active },
      });
      return ok({ name: before.name });
    },
  });

export const deactivateUser = setActive(false);
export const reactivateUser = setActive(true);

export const setTemporaryPassword = defineCommand({
  name: 'setTemporaryPassword',
  schema: setTemporaryPasswordSchema,
  ...onAPerson,
  prepare: hashTemporaryPassword,
  run: async (tx, { actor, input: { userId }, loaded: before, prepared: { passwordHash } }): Promise<CommandResult<{ name: string }>> => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, userId));
    await recordAuditEvent(tx, {
      action: 'user.set_temporary_password', actorId: actor.id, subjectType: 'user', subjectId: userId,
      after: { mustChangePassword: true },
    });
    return ok({ name: before.name });
  },
});

export const signOutEverywhere = defineCommand({
  name: 'signOutEverywhere',
  schema: userIdSchema,
  ...onAPerson,
  run: async (tx, { actor, input: { userId }, loaded: before }): Promise<CommandResult<{ name: string }>> => {
    await tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() }).where(eq(users.id, userId));
    await recordAuditEvent(tx, { action: 'user.sign_out_everywhere', actorId: actor.id, subjectType: 'user', subjectId: userId });
    return ok({ name: before.name });
  },
});
