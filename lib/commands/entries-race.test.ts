// Defect 1 of issue 8, on PostgreSQL: saves racing their month into review. Each save holds the
// month's row `for share` while it writes; the change of state takes it `for update`. So every save
// lands wholly before the change or is refused with the sentence, and never after it.
// (PGlite has one connection and runs one thing at a time: there is no race to lose there.)
import { and, eq, sql } from 'drizzle-orm';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../db/client';
import { lockPeriodForStateChange } from '../../db/queries/period-locks';
import { auditEvents, entries, measures, periods, users } from '../../db/schema';
import { seedDemo } from '../../db/seed/demo';
import { seedReferencePack } from '../../db/seed/reference-pack';
import { openMigrated, testEngines } from '../../db/testing';
import type { Actor } from '../auth/policy';
import { saveEntry } from './entries';
import type { CommandResult } from './result';

const postgres = testEngines().find((engine) => engine.name === 'postgres');

describe.skipIf(!postgres)('saves racing their month into review on PostgreSQL', () => {
  let open: OpenDatabase;
  let admin: Actor;

  beforeAll(async () => {
    open = await openMigrated(postgres!);
    await seedReferencePack(open.db);
    await seedDemo(open.db);
    const [user] = await open.db.select({ id: users.id }).from(users).where(eq(users.email, 'admin@tfc.example'));
    admin = { id: user!.id, roles: ['admin'] };
  });
  afterAll(async () => open?.close());

  it('lands each save before the month leaves open, or refuses it in words; none after, and one audit event per save', async () => {
    const [november] = await open.db.select().from(periods).where(eq(periods.month, '2020-11-01'));
    const rows = await open.db
      .select({ ref: measures.ref, version: entries.version })
      .from(measures)
      .leftJoin(entries, and(eq(entries.measureId, measures.id), eq(entries.periodId, november!.id)))
      .where(eq(measures.active, true));

    // For every measure, saves one after another, each from the version the last one made, with a
    // moment between them as people have (without one, share locks can hold the change off until
    // every save is done, and there would be no race), until the month refuses them.
    const results: CommandResult<unknown>[] = [];
    let firstSaved: () => void = () => {};
    const savesLanding = new Promise<void>((resolve) => (firstSaved = resolve));
    const chains = rows.map(async ({ ref, version }) => {
      let from = version ?? 0;
      for (let value = 1; value <= 20; value++) {
        const result = await saveEntry(open.db, admin, { measureRef: ref, month: '2020-11', version: from, intent: 'draft', value: String(value) });
        results.push(result);
        firstSaved();
        if (!result.ok) return;
        from = (result.value as { version: number }).version;
        await sleep(Math.random() * 4);
      }
    });

    // Once saves are landing, close the month for review as a state change will: the row for update.
    await savesLanding;
    let changedAt = new Date(0);
    await open.db.transaction(async (tx) => {
      await lockPeriodForStateChange(tx, november!.id);
      changedAt = new Date();
      await tx.update(periods).set({ state: 'in_review', updatedAt: changedAt }).where(eq(periods.id, november!.id));
    });
    await Promise.all(chains);

    const refused = results.filter((r) => !r.ok);
    const landed = results.filter((r) => r.ok);
    expect(landed.length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    for (const result of refused) {
      expect(result).toEqual({ ok: false, kind: 'state', message: 'November 2020 is in review, so its figures can no longer be changed.' });
    }

    const late = await open.db
      .select({ id: entries.id, updatedAt: entries.updatedAt })
      .from(entries)
      .where(and(eq(entries.periodId, november!.id), sql`${entries.updatedAt} > ${changedAt.toISOString()}`));
    expect(late).toEqual([]);
    const [{ n }] = (await open.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'entry.save_draft'), sql`${auditEvents.detail}->>'month' = '2020-11'`))) as [{ n: number }];
    expect(n).toBe(landed.length);
  });
});
