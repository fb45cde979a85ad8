// The data version moves once for each committed transaction that changed anything a page shows
// (drizzle/0009), and not otherwise: pages keep what they read until it moves (app/_server/kept.ts).
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from './client';
import { readDataVersion } from './data-version';
import { auditEvents, measures, outboxMessages, periods, users } from './schema';
import { seedReferencePack } from './seed/reference-pack';
import { openMigrated, testEngines } from './testing';

describe.each(testEngines())('the data version on $name', (engine) => {
  let open: OpenDatabase;
  let user: { id: string; name: string };

  beforeAll(async () => {
    open = await openMigrated(engine);
    await seedReferencePack(open.db);
    [user] = (await open.db.insert(users).values({ email: 'jo.barnes@example.org', name: 'Jo Barnes' }).returning({ id: users.id, name: users.name })) as [typeof user];
  });
  afterAll(async () => open?.close());

  /** How far the version moved over the work. */
  async function moved(work: () => Promise<unknown>): Promise<bigint> {
    const before = BigInt(await readDataVersion(open.db));
    await work();
    return BigInt(await readDataVersion(open.db)) - before;
  }

  it('moves once for a transaction, however many rows and tables it changes', async () => {
    expect(
      await moved(() =>
        open.db.transaction(async (tx) => {
          // Every measure and every month, each set to what it was.
          await tx.update(measures).set({ source: sql`${measures.source}` }).where(sql`true`);
          await tx.update(periods).set({ dueDate: sql`${periods.dueDate}` }).where(sql`true`);
        }),
      ),
    ).toBe(1n);
  });

  it('moves for each committed statement outside a transaction', async () => {
    expect(await moved(() => open.db.update(measures).set({ displayOrder: sql`${measures.displayOrder}` }).where(eq(measures.ref, 'KPI1')))).toBe(1n);
    expect(await moved(() => open.db.update(measures).set({ displayOrder: sql`${measures.displayOrder}` }).where(eq(measures.ref, 'KPI2')))).toBe(1n);
  });

  it('moves for every one of many transactions committing at once', async () => {
    const change = (ref: string) =>
      open.db.transaction(async (tx) => {
        await tx.update(measures).set({ displayOrder: sql`${measures.displayOrder}` }).where(eq(measures.ref, ref));
      });
    expect(await moved(() => Promise.all(['KPI1', 'KPI2', 'KPI3', 'KPI4', 'KPI5', 'KPI6'].map(change)))).toBe(6n);
  });

  it('does not move for a transaction rolled back', async () => {
    const rolledBack = () =>
      open.db
        .transaction(async (tx) => {
          await tx.update(measures).set({ title: 'Changed and rolled back' }).where(sql`true`);
          throw new Error('roll back');
        })
        .catch(() => undefined);
    expect(await moved(rolledBack)).toBe(0n);
  });

  it('does not move for a sign-in, but does for a change of name', async () => {
    expect(await moved(() => open.db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id)))).toBe(0n);
    expect(await moved(() => open.db.update(users).set({ name: `${user.name} ` }).where(eq(users.id, user.id)))).toBe(1n);
    await open.db.update(users).set({ name: user.name }).where(eq(users.id, user.id));
  });

  it('moves for an import, which the administrator sees, and not for other audit events alone', async () => {
    const event = (action: string) => open.db.insert(auditEvents).values({ action, subjectType: 'import', detail: {} });
    expect(await moved(() => event('figures.import'))).toBe(1n);
    expect(await moved(() => event('user.sign_in'))).toBe(0n);
  });

  it('does not move for the outbox as mail is sent, nor for a change of reminder preference: no page keeps them', async () => {
    const write = () =>
      open.db.insert(outboxMessages).values({ kind: 'due_soon', recipientId: user.id, recipientEmail: 'jo.barnes@example.org', recipientName: 'Jo Barnes', subject: 'Due soon', textBody: 'Due soon', htmlBody: '<p>Due soon</p>', dedupeKey: 'data-version:due_soon' });
    expect(await moved(write)).toBe(0n);
    expect(await moved(() => open.db.update(outboxMessages).set({ status: 'sent', sentAt: new Date() }).where(eq(outboxMessages.dedupeKey, 'data-version:due_soon')))).toBe(0n);
    expect(await moved(() => open.db.update(users).set({ emailReminders: false }).where(eq(users.id, user.id)))).toBe(0n);
  });
});
