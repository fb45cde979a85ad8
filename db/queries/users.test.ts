import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../client';
import { endedSessions, users } from '../schema';
import { openMigrated, testEngines } from '../testing';
import { endSession, findSessionAccount } from './users';

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
