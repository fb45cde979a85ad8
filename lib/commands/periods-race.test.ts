// Many workflow steps on one month at once, on PostgreSQL: each change of state takes the month's
// row `for update`, so they happen one at a time and each sees the state the last one left. Whatever
// order they land in, the month ends in one consistent state, every change that happened has exactly
// one audit event, and every published version has exactly one snapshot, numbered without gaps.
// (PGlite has one connection and runs one thing at a time: there is no race to lose there.)
import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../db/client';
import { auditEvents, periods, publishedPacks, users } from '../../db/schema';
import { seedDemo } from '../../db/seed/demo';
import { seedReferencePack } from '../../db/seed/reference-pack';
import { openMigrated, testEngines } from '../../db/testing';
import type { Actor } from '../auth/policy';
import { publishPack, reopenPeriod, signOffPeriod } from './periods';
import type { CommandResult } from './result';
import { returnEntry } from './review';

const postgres = testEngines().find((engine) => engine.name === 'postgres');

describe.skipIf(!postgres)('workflow steps racing on one month on PostgreSQL', () => {
  let open: OpenDatabase;
  let executive: Actor;

  beforeAll(async () => {
    open = await openMigrated(postgres!);
    await seedReferencePack(open.db);
    await seedDemo(open.db);
    const [user] = await open.db.select({ id: users.id }).from(users).where(eq(users.email, 'ceo@tfc.example'));
    executive = { id: user!.id, roles: ['executive'] };
  });
  afterAll(async () => open?.close());

  it('leaves October in one consistent state, one audit event per change and one snapshot per version', async () => {
    const [october] = await open.db.select().from(periods).where(eq(periods.month, '2020-10-01'));
    const [{ id: before } = { id: 0 }] = await open.db.select({ id: auditEvents.id }).from(auditEvents).orderBy(asc(auditEvents.id)).limit(1);
    const steps: (() => Promise<CommandResult<unknown>>)[] = [];
    for (let i = 0; i < 5; i++) {
      steps.push(() => reopenPeriod(open.db, executive, { month: '2020-10', reason: `Round ${i}` }));
      steps.push(() => signOffPeriod(open.db, executive, { month: '2020-10' }));
      steps.push(() => publishPack(open.db, executive, { month: '2020-10', visibility: 'public' }));
      steps.push(() => returnEntry(open.db, executive, { month: '2020-10', measureRef: 'KPI1', note: `Check ${i}` }));
    }
    const tally = { reopen: 0, signOff: 0, publish: 0, return: 0 };
    const names = ['reopen', 'signOff', 'publish', 'return'] as const;
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all(steps.map((step) => step()));
      results.forEach((result, i) => {
        expect(result.ok || ['state', 'conflict'].includes((result as { kind: string }).kind), JSON.stringify(result)).toBe(true);
        if (result.ok) tally[names[i % 4]!]++;
      });
    }

    const events = await open.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(gt(auditEvents.id, before), inArray(auditEvents.action, ['period.reopen', 'period.sign_off', 'period.publish', 'entry.return'])));
    const count = (action: string) => events.filter((e) => e.action === action).length;
    expect({ reopen: count('period.reopen'), signOff: count('period.sign_off'), publish: count('period.publish'), return: count('entry.return') }).toEqual(tally);
    expect(tally.reopen).toBeGreaterThan(0);

    const versions = await open.db.select({ version: publishedPacks.version }).from(publishedPacks).where(eq(publishedPacks.periodId, october!.id)).orderBy(asc(publishedPacks.version));
    expect(versions.map((v) => v.version)).toEqual(Array.from({ length: 1 + tally.publish }, (_, i) => i + 1));

    // The state is the one the last change left: each reopen, sign-off and publish moved it one step.
    const [{ state } = { state: 'open' }] = await open.db.select({ state: periods.state }).from(periods).where(eq(periods.id, october!.id));
    const moves = tally.reopen + tally.signOff + tally.publish;
    expect(moves % 3 === 0 ? 'published' : moves % 3 === 1 ? 'in_review' : 'approved').toBe(state);
  });
});
