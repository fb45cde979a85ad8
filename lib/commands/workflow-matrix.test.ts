// Every step of the review workflow × every role and anonymous, by direct calls of the commands:
// who is refused outright, and who is let past the role check (and then told the month's state is
// wrong, so nothing changes here). A policy action of the workflow without a row here fails.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../db/client';
import { auditEvents, userRoles, users } from '../../db/schema';
import { seedDemo } from '../../db/seed/demo';
import { seedReferencePack } from '../../db/seed/reference-pack';
import { openMigrated, testEngines } from '../../db/testing';
import { ACTIONS, type Actor, type Role } from '../auth/policy';
import type { Command } from './define-command';
import { closeForReview, publishPack, reopenPeriod, signOffPeriod } from './periods';
import { returnEntry } from './review';

type Who = 'anonymous' | Role;
const WHO: Who[] = ['anonymous', 'viewer', 'lead', 'admin', 'executive'];

/** Each step, tried on a month in the wrong state for it, with the roles that pass the role check. */
const STEPS: Record<string, { command: Command<unknown>; input: object; passes: Who[] }> = {
  'period.closeForReview': { command: closeForReview, input: { month: '2020-10' }, passes: ['admin', 'executive'] },
  'entry.return': { command: returnEntry, input: { month: '2020-11', measureRef: 'SM4', note: 'A note.' }, passes: ['executive'] },
  'period.signOff': { command: signOffPeriod, input: { month: '2020-11' }, passes: ['executive'] },
  'period.publish': { command: publishPack, input: { month: '2020-11', visibility: 'public' }, passes: ['executive'] },
  'period.reopen': { command: reopenPeriod, input: { month: '2020-11', reason: 'A reason.' }, passes: ['executive'] },
};

describe.each(testEngines())('who may take each workflow step, on $name', (engine) => {
  let open: OpenDatabase;
  const people = {} as Record<Who, Actor | null>;

  beforeAll(async () => {
    open = await openMigrated(engine);
    await seedReferencePack(open.db);
    await seedDemo(open.db);
    people.anonymous = null;
    for (const [who, email] of [['viewer', 'committee@sunderland.example'], ['lead', 'lead.socialcare@tfc.example'], ['admin', 'admin@tfc.example'], ['executive', 'ceo@tfc.example']] as const) {
      const [user] = await open.db.select({ id: users.id }).from(users).where(eq(users.email, email));
      const roles = await open.db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, user!.id));
      people[who] = { id: user!.id, roles: roles.map((r) => r.role as Role) };
    }
  });
  afterAll(async () => open?.close());

  it('has a row for every workflow action of the policy', () => {
    const workflow = ACTIONS.filter((action) => action.startsWith('period.') || action === 'entry.return');
    expect(Object.keys(STEPS).sort()).toEqual(workflow.sort());
  });

  const cases = Object.entries(STEPS).flatMap(([action, step]) => WHO.map((who) => ({ action, who, step })));
  it.each(cases)('$action by $who', async ({ who, step }) => {
    const before = (await open.db.select({ id: auditEvents.id }).from(auditEvents)).length;
    const result = await step.command(open.db, people[who], step.input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.kind).toBe(step.passes.includes(who) ? 'state' : 'denied');
    expect((await open.db.select({ id: auditEvents.id }).from(auditEvents)).length).toBe(before);
  });
});
