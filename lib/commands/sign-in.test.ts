import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../db/client';
import { auditEvents, userRoles, users } from '../../db/schema';
import { openMigrated, testEngines } from '../../db/testing';
import { hashPassword } from '../auth/password';
import { signInWithPassword } from './sign-in';

const PASSWORD = 'correct horse battery staple';
const minutes = (n: number, from: Date) => new Date(from.getTime() + n * 60_000);

describe.each(testEngines())('password sign-in on $name', (engine) => {
  let open: OpenDatabase;
  const start = new Date('2026-01-05T09:00:00Z');

  async function addAccount(email: string, active = true) {
    const [user] = await open.db
      .insert(users)
      .values({ email, name: 'Pat Example', passwordHash: await hashPassword(PASSWORD), active })
      .returning({ id: users.id });
    await open.db.insert(userRoles).values({ userId: user!.id, role: 'lead' });
    return user!.id;
  }
  const attempt = (email: string, password: string, when: Date, address = '198.51.100.7') =>
    signInWithPassword(open.db, { email, password, address }, when);
  const events = async (action: string) =>
    (await open.db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.action, action)))[0]!.n;

  beforeAll(async () => {
    open = await openMigrated(engine);
  });
  afterAll(async () => open?.close());

  it('signs in with the right password, whatever the case of the e-mail, and audits it', async () => {
    const id = await addAccount('pat@council.example');
    expect(await attempt('  PAT@Council.example ', PASSWORD, start)).toMatchObject({ id, roles: ['lead'], mustChangePassword: false });
    const [event] = await open.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'user.sign_in'), eq(auditEvents.subjectId, id)));
    expect(event?.detail).toMatchObject({ email: 'pat@council.example', address: '198.51.100.7', method: 'password' });
  });

  it('locks an account for 15 minutes after 5 failures, even against the right password', async () => {
    await addAccount('sam@council.example');
    for (let i = 0; i < 5; i++) expect(await attempt('sam@council.example', 'wrong', minutes(i, start), `203.0.113.${i}`)).toBeNull();
    expect(await attempt('sam@council.example', PASSWORD, minutes(5, start), '203.0.113.99')).toBeNull();
    expect(await attempt('sam@council.example', PASSWORD, minutes(14, start), '203.0.113.99')).toBeNull();
    expect(await attempt('sam@council.example', PASSWORD, minutes(20, start), '203.0.113.99')).not.toBeNull();
  });

  it('forgets failures older than the 15-minute window', async () => {
    await addAccount('jo@council.example');
    for (let i = 0; i < 4; i++) await attempt('jo@council.example', 'wrong', start, '203.0.113.50');
    await attempt('jo@council.example', 'wrong', minutes(16, start), '203.0.113.50');
    expect(await attempt('jo@council.example', PASSWORD, minutes(17, start), '203.0.113.50')).not.toBeNull();
  });

  it('locks an unknown e-mail the same way, so a lock-out says nothing about which accounts exist', async () => {
    const lockouts = await events('user.locked_out');
    for (let i = 0; i < 5; i++) await attempt('nobody@council.example', 'guess', start, `192.0.2.${i}`);
    expect(await events('user.locked_out')).toBe(lockouts + 1);
  });

  it('limits one network address across many e-mail addresses', async () => {
    await addAccount('alex@council.example');
    for (let i = 0; i < 20; i++) await attempt(`guess${i}@council.example`, 'guess', start, '198.51.100.200');
    expect(await attempt('alex@council.example', PASSWORD, minutes(1, start), '198.51.100.200')).toBeNull();
    expect(await attempt('alex@council.example', PASSWORD, minutes(1, start), '198.51.100.201')).not.toBeNull();
  });

  it('counts failures made at the same moment, none lost', async () => {
    await addAccount('kim@council.example');
    await Promise.all(Array.from({ length: 6 }, (_, i) => attempt('kim@council.example', 'wrong', start, `192.0.2.${100 + i}`)));
    expect(await attempt('kim@council.example', PASSWORD, minutes(1, start), '192.0.2.200')).toBeNull();
  });

  it('checks no more than 5 passwords for one e-mail however many guesses arrive at once', async () => {
    await addAccount('lee@council.example');
    const before = await events('user.sign_in_failed');
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => attempt('lee@council.example', i === 24 ? PASSWORD : `guess-${i}`, start, `192.0.2.${10 + i}`)),
    );
    const failed = await open.db.select({ detail: auditEvents.detail }).from(auditEvents).where(eq(auditEvents.action, 'user.sign_in_failed'));
    const checked = failed.slice(before).filter((e) => (e.detail as { reason: string }).reason !== 'throttled').length;
    const signedIn = results.filter(Boolean).length;
    expect(checked + signedIn).toBeLessThanOrEqual(5);
    expect(checked + signedIn).toBeGreaterThanOrEqual(1);
  });

  it('never locks an office address that many people sign in from successfully', async () => {
    for (let i = 0; i < 30; i++) {
      await addAccount(`person${i}@council.example`);
      expect(await attempt(`person${i}@council.example`, PASSWORD, start, '198.51.100.77')).not.toBeNull();
    }
  });

  it('refuses a deactivated account, an over-long password and an empty one, auditing the failure', async () => {
    await addAccount('gone@council.example', false);
    const failures = await events('user.sign_in_failed');
    expect(await attempt('gone@council.example', PASSWORD, start, '192.0.2.250')).toBeNull();
    expect(await events('user.sign_in_failed')).toBe(failures + 1);
    expect(await attempt('pat@council.example', 'x'.repeat(129), start)).toBeNull();
    expect(await attempt('pat@council.example', '', start)).toBeNull();
  });
});
