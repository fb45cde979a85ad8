// The database itself keeps an entry's figures to its month's state (drizzle/0004): whatever a
// command forgets, a hand-run statement cannot change a figure once its month has left `open`,
// except to return an entry to its lead while the month is in review, and the lead's changes to it.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from './client';
import { lockPeriodForStateChange } from './queries/period-locks';
import { entries, measures, periods, type NewEntry } from './schema';
import { seedReferencePack } from './seed/reference-pack';
import { openMigrated, testEngines } from './testing';

/** The database's own refusal, not any other failure (a missing row, a broken statement). */
async function refused(work: Promise<unknown>, state: string) {
  const error = await work.then(
    () => null,
    (e: unknown) => e as Error & { cause?: Error },
  );
  expect(error, 'the database should have refused').not.toBeNull();
  expect(String(error!.cause?.message ?? error!.message)).toBe(`entries cannot be changed while their month is ${state}`);
}

describe.each(testEngines())('entries follow their month’s state on $name', (engine) => {
  let open: OpenDatabase;
  const month = {} as Record<'april' | 'october' | 'november', number>;
  let kpi4: number;
  let spare: number;

  const entryOf = async (measureId: number, periodId: number) =>
    (await open.db.select().from(entries).where(and(eq(entries.measureId, measureId), eq(entries.periodId, periodId))))[0] ?? null;
  const insertEntry = (measureId: number, periodId: number, more: Partial<NewEntry> = {}) =>
    open.db.insert(entries).values({ measureId, periodId, value: '1', ...more }).returning();
  const setValue = (id: number, value: string) => open.db.update(entries).set({ value }).where(eq(entries.id, id));

  beforeAll(async () => {
    open = await openMigrated(engine);
    await seedReferencePack(open.db);
    for (const [name, m] of [['april', '2020-04-01'], ['october', '2020-10-01'], ['november', '2020-11-01']] as const) {
      month[name] = (await open.db.select({ id: periods.id }).from(periods).where(eq(periods.month, m)))[0]!.id;
    }
    const [measure] = await open.db.select().from(measures).where(eq(measures.ref, 'KPI4'));
    kpi4 = measure!.id;
    // A measure with no figures yet, so an insert is refused by the trigger and not by a duplicate.
    const { id: _id, ...copy } = measure!;
    spare = (await open.db.insert(measures).values({ ...copy, ref: 'KPI99', displayOrder: 9990 }).returning())[0]!.id;
  });
  afterAll(async () => open?.close());

  it('lets figures be entered, changed and removed while the month is open', async () => {
    const [made] = await insertEntry(spare, month.november);
    await setValue(made!.id, '2');
    expect((await entryOf(spare, month.november))!.value).toBe('2');
    await open.db.delete(entries).where(eq(entries.id, made!.id));
    expect(await entryOf(spare, month.november)).toBeNull();
  });

  it.each([
    ['april', 'approved'],
    ['october', 'published'],
  ] as const)('refuses any insert, update or delete in %s, which is %s', async (name, state) => {
    const existing = (await entryOf(kpi4, month[name]))!;
    await refused(insertEntry(spare, month[name]), state);
    await refused(setValue(existing.id, '12.3'), state);
    await refused(open.db.update(entries).set({ status: 'returned' }).where(eq(entries.id, existing.id)), state);
    await refused(open.db.delete(entries).where(eq(entries.id, existing.id)), state);
    expect(await entryOf(kpi4, month[name])).toEqual(existing);
    expect(await entryOf(spare, month[name])).toBeNull();
  });

  it('in review, allows only returning an entry and the lead’s changes to a returned one', async () => {
    const [submitted] = await insertEntry(kpi4, month.november, { status: 'submitted', value: '94.5' });
    const [returned] = await insertEntry(spare, month.november, { status: 'submitted', value: '90' });
    await open.db.transaction(async (tx) => {
      await lockPeriodForStateChange(tx, month.november);
      await tx.update(periods).set({ state: 'in_review' }).where(eq(periods.id, month.november));
    });

    // Nothing new, no figure changed, nothing removed.
    const other = (await open.db.select({ id: measures.id }).from(measures).where(eq(measures.ref, 'SM1')))[0]!.id;
    await refused(insertEntry(other, month.november), 'in_review');
    await refused(setValue(submitted!.id, '99'), 'in_review');
    await refused(open.db.delete(entries).where(eq(entries.id, submitted!.id)), 'in_review');
    // Returning is a change of status only: not a way to change the figures too.
    await refused(open.db.update(entries).set({ status: 'returned', value: '91' }).where(eq(entries.id, returned!.id)), 'in_review');

    await open.db.update(entries).set({ status: 'returned', version: sql`${entries.version} + 1` }).where(eq(entries.id, returned!.id));
    await setValue(returned!.id, '91.5');
    await open.db.update(entries).set({ status: 'submitted' }).where(eq(entries.id, returned!.id));
    expect(await entryOf(spare, month.november)).toMatchObject({ value: '91.5', status: 'submitted', version: 2 });
    // Resubmitted, it is held with the rest of the month again.
    await refused(setValue(returned!.id, '92'), 'in_review');
    expect(await entryOf(kpi4, month.november)).toMatchObject({ value: '94.5', status: 'submitted' });
  });
});
