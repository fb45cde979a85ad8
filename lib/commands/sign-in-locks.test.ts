import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../db/client';
import { auditEvents, signInThrottles, userRoles, users } from '../../db/schema';
import { openMigrated, testEngines } from '../../db/testing';
import { hashPassword } from '../auth/password';
import type { Actor } from '../auth/policy';
import { clearSignInLock } from './sign-in-locks';
import { signInWithPassword } from './sign-in';

const PASSWORD = 'correct horse battery staple';

describe.each(testEngines())('clearing a sign-in lock on $name', (engine) => {
  let open: OpenDatabase;
  let admin: Actor;
  const viewer: Actor = { id: '00000000-0000-4000-8000-00000000000a', roles: ['viewer'] };

  beforeAll(async () => {
    open = await openMigrated(engine);
    const [made] = await open.db.insert(users).values({ email: 'admin@council.example', name: 'Ada Admin' }).returning({ id: users.id });
    await open.db.insert(userRoles).values({ userId: made!.id, role: 'admin' });
    admin = { id: made!.id, roles: ['admin'] };
    await open.db.insert(users).values({ email: 'sam@council.example', name: 'Sam', passwordHash: await hashPassword(PASSWORD) });
  });
  afterAll(async () => open?.close());

  it('lets the locked person in again at once, audited, and only an administrator may do it', async () => {
    const now = new Date();
    for (let i = 0; i < 5; i++) await signInWithPassword(open.db, { email: 'sam@council.example', password: 'wrong', address: `192.0.2.${i}` }, now);
    expect(await signInWithPassword(open.db, { email: 'sam@council.example', password: PASSWORD, address: '192.0.2.9' })).toBeNull();

    expect(await clearSignInLock(open.db, viewer, { key: 'email:sam@council.example' })).toMatchObject({ ok: false, kind: 'denied' });
    expect(await clearSignInLock(open.db, null, { key: 'email:sam@council.example' })).toMatchObject({ ok: false, kind: 'denied' });
    expect(await clearSignInLock(open.db, admin, { key: 'email:sam@council.example' })).toEqual({ ok: true, value: { key: 'email:sam@council.example' } });
    expect(await signInWithPassword(open.db, { email: 'sam@council.example', password: PASSWORD, address: '192.0.2.9' })).not.toBeNull();

    const [event] = await open.db.select().from(auditEvents).where(eq(auditEvents.action, 'user.clear_sign_in_lock'));
    expect(event).toMatchObject({ actorId: admin.id, subjectType: 'email', subjectId: 'sam@council.example' });
    expect(await clearSignInLock(open.db, admin, { key: 'email:sam@council.example' })).toMatchObject({ ok: false, kind: 'not_found' });
  });

  it('refuses a key that is not a lock’s', async () => {
    expect(await clearSignInLock(open.db, admin, { key: 'anything' })).toMatchObject({ ok: false, kind: 'invalid' });
    expect((await open.db.select().from(signInThrottles)).every((row) => row.key.startsWith('email:') || row.key.startsWith('address:'))).toBe(true);
  });
});
