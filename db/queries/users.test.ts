import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../client';
import { endedSessions, userRoles, users } from '../schema';
import { openMigrated, testEngines } from '../testing';
import { endSession, findSessionAccount, listActiveAdmins } from './users';

describe.each(testEngines())('ended sessions on $name', (engine) => {
  let open: OpenDatabase;
  let userId: string;
  beforeAll(async () => {
    open = await openMigrated(engine);
    const [user] = await open.db.insert(users).values({ email: 'kim@council.example', name: 'Kim' }).returning({ id: users.id });
    userId = user!.id;
  });
  afterAll(async () => open?.close());

  it('marks a session ended once it has signed out, and no other', async () => {
    expect((await findSessionAccount(open.db, userId, 'session-a'))?.sessionEnded).toBe(false);
    await endSession(open.db, 'session-a', 8 * 60 * 60);
    await endSession(open.db, 'session-a', 8 * 60 * 60);
    expect((await findSessionAccount(open.db, userId, 'session-a'))?.sessionEnded).toBe(true);
    expect((await findSessionAccount(open.db, userId, 'session-b'))?.sessionEnded).toBe(false);
  });

  it('forgets ended sessions that would have expired anyway', async () => {
    await open.db.insert(endedSessions).values({ sessionId: 'old', endedAt: new Date(Date.now() - 9 * 60 * 60 * 1000) });
    await endSession(open.db, 'new', 8 * 60 * 60);
    const left = (await open.db.select().from(endedSessions)).map((s) => s.sessionId).sort();
    expect(left).toEqual(['new', 'session-a']);
  });
});

describe.each(testEngines())('active admins on $name', (engine) => {
  let open: OpenDatabase;
  afterAll(async () => open?.close());

  it('lists active accounts with the admin role, by address, with all their roles in the order roles are listed', async () => {
    open = await openMigrated(engine);
    const people = await open.db
      .insert(users)
      .values([
        { email: 'zoe@council.example', name: 'Zoe', active: true },
        { email: 'amir@council.example', name: 'Amir', active: true },
        { email: 'gone@council.example', name: 'Gone', active: false },
        { email: 'lead@council.example', name: 'Lead', active: true },
      ])
      .returning({ id: users.id, email: users.email });
    const id = (email: string) => people.find((p) => p.email === email)!.id;
    await open.db.insert(userRoles).values([
      { userId: id('zoe@council.example'), role: 'admin' },
      { userId: id('amir@council.example'), role: 'admin' },
      { userId: id('amir@council.example'), role: 'lead' },
      { userId: id('gone@council.example'), role: 'admin' },
      { userId: id('lead@council.example'), role: 'lead' },
    ]);
    expect(await listActiveAdmins(open.db)).toEqual([
      { id: id('amir@council.example'), email: 'amir@council.example', name: 'Amir', roles: ['lead', 'admin'] },
      { id: id('zoe@council.example'), email: 'zoe@council.example', name: 'Zoe', roles: ['admin'] },
    ]);
  });
});
