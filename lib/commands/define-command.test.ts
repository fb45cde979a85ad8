// The command shape itself, with a small command of the kind issue 11 adds (signing off a month),
// on a real database: the order of its questions, and one transaction for the change and its audit.
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { recordAuditEvent } from '../../db/audit';
import type { OpenDatabase } from '../../db/client';
import { lockPeriodForStateChange } from '../../db/queries/period-locks';
import { auditEvents, periods, users } from '../../db/schema';
import { openMigrated, testEngines } from '../../db/testing';
import type { Actor } from '../auth/policy';
import { defineCommand } from './define-command';
import { DENIED_MESSAGE, ok } from './result';

describe.each(testEngines())('defineCommand on $name', (engine) => {
  let open: OpenDatabase;
  let executive: Actor;
  let inReview: number;
  let published: number;
  const steps: string[] = [];

  const signOff = defineCommand({
    name: 'signOffForTest',
    schema: z.object({ periodId: z.coerce.number({ error: 'Choose a month' }).int(), failAfterAudit: z.boolean().default(false) }),
    action: 'period.signOff',
    load: async (tx, { periodId }) => {
      steps.push('load');
      return lockPeriodForStateChange(tx, periodId);
    },
    notFound: 'That month could not be found.',
    // The only executive, who also submitted figures: maker-checker's exception.
    resource: (period, _input, actor) => ({ periodState: period.state, submitterIds: [actor.id], activeExecutives: 1 }),
    explainRefusal: (period) => (period.state === 'published' ? 'That month has been published.' : null),
    run: async (tx, { actor, input, loaded: period, soleExecutiveException }) => {
      steps.push('run');
      await tx.update(periods).set({ state: 'approved' }).where(eq(periods.id, period.id));
      await recordAuditEvent(tx, {
        action: 'period.sign_off', actorId: actor.id, subjectType: 'period', subjectId: String(period.id),
        detail: { soleExecutiveException },
      });
      if (input.failAfterAudit) throw new Error('the connection dropped');
      return ok({ soleExecutiveException });
    },
  });

  const auditCount = async () => (await open.db.select({ n: count() }).from(auditEvents))[0]!.n;
  const stateOf = async (id: number) => (await open.db.select({ state: periods.state }).from(periods).where(eq(periods.id, id)))[0]!.state;

  beforeAll(async () => {
    open = await openMigrated(engine);
    const [user] = await open.db.insert(users).values({ email: 'ceo@council.example', name: 'Alex' }).returning({ id: users.id });
    executive = { id: user!.id, roles: ['executive'] };
    const made = await open.db
      .insert(periods)
      .values([
        { month: '2020-11-01', financialYear: 2020, state: 'in_review', dueDate: '2020-12-10' },
        { month: '2020-10-01', financialYear: 2020, state: 'published', dueDate: '2020-11-10' },
      ])
      .returning({ id: periods.id });
    [inReview, published] = made.map((p) => p.id) as [number, number];
  });
  afterAll(async () => open?.close());

  it('is named for the log', () => {
    expect(signOff.name).toBe('signOffForTest');
  });

  it('refuses anonymous people and roles that may never act before reading their input or loading anything', async () => {
    steps.length = 0;
    for (const actor of [null, { id: executive.id, roles: ['lead', 'admin', 'viewer'] } satisfies Actor]) {
      expect(await signOff(open.db, actor, { periodId: 'not a number' })).toEqual({ ok: false, kind: 'denied', message: DENIED_MESSAGE });
    }
    expect(steps).toEqual([]);
  });

  it('then names every bad field, still before loading anything', async () => {
    steps.length = 0;
    expect(await signOff(open.db, executive, { periodId: 'soon' })).toEqual({ ok: false, kind: 'invalid', fieldErrors: { periodId: 'Choose a month' } });
    expect(steps).toEqual([]);
  });

  it('then says what could not be found, and asks the policy with its conditions, in words where it can', async () => {
    expect(await signOff(open.db, executive, { periodId: 999999 })).toEqual({ ok: false, kind: 'not_found', message: 'That month could not be found.' });
    expect(await signOff(open.db, executive, { periodId: published })).toEqual({ ok: false, kind: 'state', message: 'That month has been published.' });
    expect(await stateOf(published)).toBe('published');
  });

  it('writes nothing, the audit event included, when the change fails part way', async () => {
    const before = await auditCount();
    await expect(signOff(open.db, executive, { periodId: inReview, failAfterAudit: true })).rejects.toThrow('the connection dropped');
    expect(await auditCount()).toBe(before);
    expect(await stateOf(inReview)).toBe('in_review');
  });

  it('runs the change with its audit event, telling it when maker-checker made an exception', async () => {
    steps.length = 0;
    expect(await signOff(open.db, executive, { periodId: inReview })).toEqual({ ok: true, value: { soleExecutiveException: true } });
    expect(steps).toEqual(['load', 'run']);
    expect(await stateOf(inReview)).toBe('approved');
    const [event] = await open.db.select().from(auditEvents).where(eq(auditEvents.action, 'period.sign_off'));
    expect(event).toMatchObject({ actorId: executive.id, subjectId: String(inReview), detail: { soleExecutiveException: true } });
    // Approved now: the policy's condition fails, and with no sentence for it the answer is a plain no.
    expect(await signOff(open.db, executive, { periodId: inReview })).toEqual({ ok: false, kind: 'denied', message: DENIED_MESSAGE });
  });
});
