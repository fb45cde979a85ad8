// Every user-management command × every role and anonymous, called directly on a real database:
// only an administrator changes anything, everyone else is refused and nothing is written.
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../db/client';
import { auditEvents, userRoles, users } from '../../db/schema';
import { openMigrated, testEngines } from '../../db/testing';
import type { Actor, Role } from '../auth/policy';
import { changeOwnPassword } from './account';
import { DENIED_MESSAGE } from './result';
import * as commands from './users';

async function addUser(open: OpenDatabase, email: string, roles: Role[]): Promise<Actor> {
  const [user] = await open.db.insert(users).values({ email, name: email.split('@')[0]!, passwordHash: 'x' }).returning({ id: users.id });
  await open.db.insert(userRoles).values(roles.map((role) => ({ userId: user!.id, role })));
  return { id: user!.id, roles };
}

const auditCount = async (open: OpenDatabase) => (await open.db.select({ n: count() }).from(auditEvents))[0]!.n;

describe.each(testEngines())('user management on $name', (engine) => {
  let open: OpenDatabase;
  let people: Record<'admin' | 'executive' | 'lead' | 'viewer', Actor>;
  let target: Actor;

  beforeAll(async () => {
    open = await openMigrated(engine);
    people = {
      admin: await addUser(open, 'admin@council.example', ['admin']),
      executive: await addUser(open, 'exec@council.example', ['executive']),
      lead: await addUser(open, 'lead@council.example', ['lead']),
      viewer: await addUser(open, 'viewer@council.example', ['viewer']),
    };
  });
  afterAll(async () => open?.close());
  beforeEach(async () => {
    target = await addUser(open, `target.${Math.random().toString(36).slice(2)}@council.example`, ['lead']);
  });

  const inputs = () => ({
    createUser: { name: 'New Person', email: `new.${Math.random().toString(36).slice(2)}@council.example`, roles: ['viewer'], temporaryPassword: 'a-long-temporary-password' },
    changeRoles: { userId: target.id, roles: ['lead', 'viewer'] },
    deactivateUser: { userId: target.id },
    reactivateUser: { userId: target.id },
    setTemporaryPassword: { userId: target.id, temporaryPassword: 'another-temporary-password' },
    signOutEverywhere: { userId: target.id },
  });
  const names = ['createUser', 'changeRoles', 'deactivateUser', 'reactivateUser', 'setTemporaryPassword', 'signOutEverywhere'] as const;

  /** Only admin may; the table is the test. */
  const MATRIX = ['anonymous', 'lead', 'executive', 'viewer', 'admin'].flatMap((person) =>
    names.map((command) => ({ person, command, allowed: person === 'admin' })),
  );

  it.each(MATRIX)('$person → $command: allowed $allowed', async ({ person, command, allowed }) => {
    const actor = person === 'anonymous' ? null : people[person as keyof typeof people];
    const before = await auditCount(open);
    const result = await commands[command](open.db, actor, inputs()[command]);
    if (allowed) {
      expect(result.ok).toBe(true);
      expect(await auditCount(open)).toBe(before + 1);
    } else {
      expect(result).toEqual({ ok: false, kind: 'denied', message: DENIED_MESSAGE });
      expect(await auditCount(open)).toBe(before);
    }
  });

  it('refuses everyone but an administrator before reading what they sent, so they get no field errors', async () => {
    for (const person of ['anonymous', 'lead', 'executive', 'viewer'] as const) {
      const actor = person === 'anonymous' ? null : people[person];
      for (const command of names) {
        expect(await commands[command](open.db, actor, { userId: 'not an id', email: 'not an address', roles: ['nobody'] })).toEqual({
          ok: false, kind: 'denied', message: DENIED_MESSAGE,
        });
      }
    }
  });

  it('says a person who is not there could not be found', async () => {
    expect(await commands.signOutEverywhere(open.db, people.admin, { userId: '00000000-0000-4000-8000-00000000dead' })).toEqual({
      ok: false, kind: 'not_found', message: 'That person could not be found. They may have been removed; reload the page.',
    });
  });

  it('names every bad field at once, before anything else', async () => {
    const result = await commands.createUser(open.db, people.admin, { name: '', email: 'not an address', roles: [], temporaryPassword: 'short' });
    expect(result).toEqual({
      ok: false,
      kind: 'invalid',
      fieldErrors: {
        name: 'Enter the person’s full name',
        email: 'Enter an e-mail address in the correct format, like name@example.org',
        roles: 'Select at least one role',
        temporaryPassword: 'Password must be 12 characters or more',
      },
    });
  });

  it('refuses a second account with the same e-mail, whatever its case', async () => {
    const result = await commands.createUser(open.db, people.admin, { name: 'Copy', email: 'LEAD@council.example', roles: ['lead'], temporaryPassword: 'a-long-temporary-password' });
    expect(result).toEqual({ ok: false, kind: 'invalid', fieldErrors: { email: 'Someone already has an account with that e-mail address' } });
  });

  it('ends the person’s sessions when their roles change, and audits before and after', async () => {
    const [{ sessionVersion: before }] = (await open.db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, target.id))) as [{ sessionVersion: number }];
    expect((await commands.changeRoles(open.db, people.admin, { userId: target.id, roles: ['executive'] })).ok).toBe(true);
    const [{ sessionVersion: after }] = (await open.db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, target.id))) as [{ sessionVersion: number }];
    expect(after).toBe(before + 1);
    const [event] = await open.db.select().from(auditEvents).where(eq(auditEvents.subjectId, target.id));
    expect(event).toMatchObject({ action: 'user.change_roles', actorId: people.admin.id, before: { roles: ['lead'] }, after: { roles: ['executive'] } });
  });

  it('keeps at least one active administrator and refuses to deactivate yourself', async () => {
    expect(await commands.changeRoles(open.db, people.admin, { userId: people.admin.id, roles: ['viewer'] })).toMatchObject({ ok: false, kind: 'state' });
    expect(await commands.deactivateUser(open.db, people.admin, { userId: people.admin.id })).toMatchObject({ ok: false, kind: 'state' });
  });

  it('lets anyone signed in change only their own password', async () => {
    expect(await changeOwnPassword(open.db, null, { currentPassword: 'x', newPassword: 'a-new-long-password', confirmPassword: 'a-new-long-password' }))
      .toEqual({ ok: false, kind: 'denied', message: DENIED_MESSAGE });
    // The seeded hash is not a real one, so the current password is "not right": allowed, then checked.
    expect(await changeOwnPassword(open.db, people.viewer, { currentPassword: 'x', newPassword: 'a-new-long-password', confirmPassword: 'a-new-long-password' }))
      .toMatchObject({ ok: false, kind: 'invalid', fieldErrors: { currentPassword: expect.stringContaining('not right') } });
  });
});

describe.each(testEngines())('the last administrator on $name', (engine) => {
  let open: OpenDatabase;
  beforeAll(async () => {
    open = await openMigrated(engine);
  });
  afterAll(async () => open?.close());

  it('survives two administrators demoting each other at the same moment', async () => {
    const a = await addUser(open, 'a@council.example', ['admin']);
    const b = await addUser(open, 'b@council.example', ['admin']);
    const results = await Promise.all([
      commands.changeRoles(open.db, a, { userId: b.id, roles: ['viewer'] }),
      commands.changeRoles(open.db, b, { userId: a.id, roles: ['viewer'] }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const admins = await open.db.select({ n: count() }).from(userRoles).where(eq(userRoles.role, 'admin'));
    expect(admins[0]!.n).toBe(1);
  });

  it('takes a role ticked twice once', async () => {
    const admin = await addUser(open, 'c@council.example', ['admin']);
    const result = await commands.createUser(open.db, admin, { name: 'Twice', email: 'twice@council.example', roles: ['lead', 'lead'], temporaryPassword: 'a-long-temporary-password' });
    expect(result.ok).toBe(true);
  });
});
