// Reminders by e-mail on or off (/account/notices), called directly on a real database: anyone
// signed in changes their own choice and no one else's, with an audit event; anonymous callers
// change nothing. And the choice is the one the outbox obeys.
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OpenDatabase } from '../../db/client';
import { enqueueMessages } from '../../db/queries/outbox';
import { auditEvents, outboxMessages, userRoles, users } from '../../db/schema';
import { openMigrated, testEngines } from '../../db/testing';
import type { Actor, Role } from '../auth/policy';
import { changeNoticePreferences } from './account';
import { DENIED_MESSAGE } from './result';

async function addUser(open: OpenDatabase, email: string, roles: Role[]): Promise<Actor> {
  const [user] = await open.db.insert(users).values({ email, name: email.split('@')[0]!, passwordHash: 'x' }).returning({ id: users.id });
  await open.db.insert(userRoles).values(roles.map((role) => ({ userId: user!.id, role })));
  return { id: user!.id, roles };
}

describe.each(testEngines())('reminders on or off, on $name', (engine) => {
  let open: OpenDatabase;
  let people: Record<Role, Actor>;

  const remindersOf = async (actor: Actor) =>
    (await open.db.select({ on: users.emailReminders }).from(users).where(eq(users.id, actor.id)))[0]!.on;
  const eventsAbout = (actor: Actor) =>
    open.db
      .select({ actorId: auditEvents.actorId, before: auditEvents.before, after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'user.change_notice_preferences'), eq(auditEvents.subjectId, actor.id)));
  const auditCount = async () => (await open.db.select({ n: count() }).from(auditEvents))[0]!.n;

  beforeAll(async () => {
    open = await openMigrated(engine);
    people = {
      lead: await addUser(open, 'lead@council.example', ['lead']),
      executive: await addUser(open, 'exec@council.example', ['executive']),
      admin: await addUser(open, 'admin@council.example', ['admin']),
      viewer: await addUser(open, 'viewer@council.example', ['viewer']),
    };
    // Each refusal is logged for the server's operator; not wanted in the test's output.
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await open?.close();
  });

  it('refuses someone who is not signed in, before reading what they sent, and changes nothing', async () => {
    const before = await auditCount();
    for (const input of [{ reminders: 'off' }, { reminders: 'maybe' }, {}]) {
      expect(await changeNoticePreferences(open.db, null, input)).toEqual({ ok: false, kind: 'denied', message: DENIED_MESSAGE });
    }
    for (const person of Object.values(people)) expect(await remindersOf(person)).toBe(true);
    expect(await auditCount()).toBe(before);
  });

  it.each(['lead', 'executive', 'admin', 'viewer'] as const)('lets a %s turn their own reminders off and on again, each recorded', async (role) => {
    const me = people[role];
    expect(await changeNoticePreferences(open.db, me, { reminders: 'off' })).toEqual({ ok: true, value: { emailReminders: false, changed: true } });
    expect(await remindersOf(me)).toBe(false);
    expect(await changeNoticePreferences(open.db, me, { reminders: 'on' })).toEqual({ ok: true, value: { emailReminders: true, changed: true } });
    expect(await remindersOf(me)).toBe(true);
    expect(await eventsAbout(me)).toEqual([
      { actorId: me.id, before: { emailReminders: true }, after: { emailReminders: false } },
      { actorId: me.id, before: { emailReminders: false }, after: { emailReminders: true } },
    ]);
  });

  it('changes only the choice of the person asking, whoever the input names', async () => {
    const [me, other] = [people.viewer, people.lead];
    const result = await changeNoticePreferences(open.db, me, { reminders: 'off', userId: other.id });
    expect(result).toEqual({ ok: true, value: { emailReminders: false, changed: true } });
    expect(await remindersOf(other)).toBe(true);
    expect(await remindersOf(me)).toBe(false);
    expect((await eventsAbout(other)).filter((event) => event.actorId === me.id)).toEqual([]);
    await changeNoticePreferences(open.db, me, { reminders: 'on' });
  });

  it('records nothing for a choice that is already so', async () => {
    const me = people.executive;
    const before = await auditCount();
    expect(await changeNoticePreferences(open.db, me, { reminders: 'on' })).toEqual({ ok: true, value: { emailReminders: true, changed: false } });
    expect(await auditCount()).toBe(before);
  });

  it('says what is wrong with a choice that is not on or off, in the form’s words', async () => {
    for (const input of [{}, { reminders: 'maybe' }, { reminders: '' }]) {
      expect(await changeNoticePreferences(open.db, people.lead, input)).toEqual({
        ok: false, kind: 'invalid', fieldErrors: { reminders: 'Choose whether you want reminders by e-mail' },
      });
    }
    expect(await remindersOf(people.lead)).toBe(true);
  });

  it('is the choice the outbox obeys: with reminders off, no reminder is written, and required notices still are', async () => {
    const me = people.lead;
    await changeNoticePreferences(open.db, me, { reminders: 'off' });
    const message = { subject: 'Subject', text: 'Text', html: '<p>Text</p>', recipientId: me.id };
    await open.db.transaction((tx) =>
      enqueueMessages(tx, [
        { ...message, kind: 'due_soon', dedupeKey: `due_soon:2020-12:${me.id}` },
        { ...message, kind: 'month_opened', dedupeKey: `month_opened:2020-12:${me.id}` },
      ]),
    );
    const written = await open.db.select({ kind: outboxMessages.kind }).from(outboxMessages).where(eq(outboxMessages.recipientId, me.id));
    expect(written).toEqual([{ kind: 'month_opened' }]);
    await changeNoticePreferences(open.db, me, { reminders: 'on' });
  });
});
