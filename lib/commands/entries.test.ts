// Saving and submitting entries on the seeded reference pack, on a real database: who may, what is
// kept, and that no save ever overwrites one it did not start from.
import { and, count, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../db/client';
import { loadEntryContext } from '../../db/queries/entries';
import { auditEvents, entries, measures } from '../../db/schema';
import { seedDemo } from '../../db/seed/demo';
import { seedReferencePack } from '../../db/seed/reference-pack';
import { openMigrated, testEngines, actorByEmail } from '../../db/testing';
import type { Actor } from '../auth/policy';
import { saveEntry, SUBMITTED_NEEDS_INTENT, whyReadOnly, type EntryConflict } from './entries';
import { DENIED_MESSAGE } from './result';

describe.each(testEngines())('saving entries on $name', (engine) => {
  let open: OpenDatabase;
  const people = {} as Record<'sam' | 'jo' | 'admin' | 'viewer' | 'executive', Actor>;

  const actorFor = (email: string): Promise<Actor> => actorByEmail(open.db, email);
  const current = async (ref: string, month = '2020-11-01') => (await loadEntryContext(open.db, ref, month))!.current?.entry ?? null;
  const auditCount = async () => (await open.db.select({ n: count() }).from(auditEvents))[0]!.n;
  const lastAudit = async () => (await open.db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1))[0]!;

  beforeAll(async () => {
    open = await openMigrated(engine);
    await seedReferencePack(open.db);
    await seedDemo(open.db);
    people.sam = await actorFor('lead.socialcare@tfc.example');
    people.jo = await actorFor('lead.earlyhelp@tfc.example');
    people.admin = await actorFor('admin@tfc.example');
    people.viewer = await actorFor('committee@sunderland.example');
    people.executive = await actorFor('ceo@tfc.example');
  });
  afterAll(async () => open?.close());

  it('saves the owner’s draft over the version it started from, with an audit event of before and after', async () => {
    const before = (await current('KPI4'))!;
    const result = await saveEntry(open.db, people.sam, { measureRef: 'KPI4', month: '2020-11', version: before.version, intent: 'draft', value: '96.2%' });
    expect(result).toMatchObject({ ok: true, value: { version: before.version + 1, status: 'draft', rating: 'green' } });
    expect(await current('KPI4')).toMatchObject({ value: '96.2', version: before.version + 1, updatedById: people.sam.id });
    expect(await lastAudit()).toMatchObject({
      action: 'entry.save_draft',
      actorId: people.sam.id,
      before: { value: before.value, status: 'draft' },
      after: { value: '96.2', status: 'draft' },
      detail: { measureRef: 'KPI4', month: '2020-11', rating: 'green' },
    });
  });

  it('refuses an Amber submit without commentary and an action, however the form was bypassed', async () => {
    const { version } = (await current('KPI4'))!;
    const result = await saveEntry(open.db, people.sam, { measureRef: 'KPI4', month: '2020-11', version, intent: 'submit', value: '94.5' });
    expect(result).toEqual({
      ok: false,
      kind: 'invalid',
      fieldErrors: {
        commentary: 'Enter commentary: November 2020 is rated Amber, so say why',
        improvementAction: 'Enter an improvement action: November 2020 is rated Amber, so say what will be done',
      },
    });
    expect((await current('KPI4'))!.status).toBe('draft');
  });

  it('submits once commentary and an action are given', async () => {
    const { version } = (await current('KPI4'))!;
    const result = await saveEntry(open.db, people.sam, {
      measureRef: 'KPI4', month: '2020-11', version, intent: 'submit', value: '94.5',
      commentary: 'Two visits slipped during staff sickness.', improvementAction: 'Daily visit tracker reviewed by team managers.',
    });
    expect(result).toMatchObject({ ok: true, value: { status: 'submitted', rating: 'amber' } });
    expect(await current('KPI4')).toMatchObject({ status: 'submitted', submittedById: people.sam.id });
  });

  it('tells another lead why not, refuses everyone else, and saves nothing', async () => {
    const before = (await current('KPI4'))!;
    const input = { measureRef: 'KPI4', month: '2020-11', version: before.version, intent: 'draft', value: '50' };
    // A lead, who enters figures, is told why not for another lead's measure.
    expect(await saveEntry(open.db, people.jo, input)).toEqual({
      ok: false,
      kind: 'state',
      message: 'Only Sam Okafor, who owns KPI4, or the performance team can change these figures.',
    });
    // No role of these enters figures at all: refused before anything is read (the chief executive reviews).
    for (const actor of [people.executive, people.viewer, null]) {
      expect(await saveEntry(open.db, actor, input)).toEqual({ ok: false, kind: 'denied', message: DENIED_MESSAGE });
    }
    expect(await current('KPI4')).toEqual(before);
  });

  it('lets an administrator enter on the lead’s behalf, recorded as themselves', async () => {
    const result = await saveEntry(open.db, people.admin, { measureRef: 'SM7', month: '2020-11', version: 0, intent: 'draft', value: '96.0' });
    expect(result.ok).toBe(true);
    expect(await current('SM7')).toMatchObject({ updatedById: people.admin.id, version: 1 });
    expect(await lastAudit()).toMatchObject({ actorId: people.admin.id, detail: { onBehalfOf: people.sam.id } });
  });

  it('refuses a save over a newer version, and shows what is saved now', async () => {
    const { version } = (await current('SM7'))!;
    expect((await saveEntry(open.db, people.sam, { measureRef: 'SM7', month: '2020-11', version, intent: 'draft', value: '97.0' })).ok).toBe(true);
    const stale = await saveEntry(open.db, people.admin, { measureRef: 'SM7', month: '2020-11', version, intent: 'draft', value: '95.5', commentary: 'Mine' });
    expect(stale).toMatchObject({ ok: false, kind: 'conflict', message: expect.stringMatching(/^Sam Okafor saved this entry after you opened it/) });
    const conflict = (stale as { current: EntryConflict }).current;
    expect(conflict).toMatchObject({
      version: version + 1, status: 'draft', savedBy: 'Sam Okafor', savedById: people.sam.id, values: { value: '97', commentary: '' },
    });
    expect((await current('SM7'))!.value).toBe('97');
    // Saving again from the version now saved keeps the second person's figures.
    expect((await saveEntry(open.db, people.admin, { measureRef: 'SM7', month: '2020-11', version: conflict.version, intent: 'draft', value: '95.5' })).ok).toBe(true);
  });

  it('lets only one of two first saves of a new entry through', async () => {
    const first = { measureRef: 'SM17', month: '2020-11', version: 0, intent: 'draft' };
    const results = await Promise.all([
      saveEntry(open.db, people.sam, { ...first, value: '0.0' }),
      saveEntry(open.db, people.admin, { ...first, value: '0.5' }),
    ]);
    expect(results.map((r) => (r.ok ? 'saved' : r.kind)).sort()).toEqual(['conflict', 'saved']);
    const november = (await loadEntryContext(open.db, 'SM17', '2020-11-01'))!;
    const rows = await open.db.select().from(entries).where(and(eq(entries.measureId, november.measure.id), eq(entries.periodId, november.period.id)));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.version).toBe(1);
  });

  it('keeps a month that is no longer open read-only, and says why', async () => {
    expect(await saveEntry(open.db, people.sam, { measureRef: 'KPI4', month: '2020-10', version: 1, intent: 'draft', value: '99' })).toEqual({
      ok: false,
      kind: 'state',
      message: 'October 2020 has been published, so its figures can no longer be changed.',
    });
  });

  it('keeps a retired measure read-only for its owner and the performance team, and says why', async () => {
    await open.db.update(measures).set({ active: false }).where(eq(measures.ref, 'SM9'));
    const before = await auditCount();
    for (const actor of [people.sam, people.admin]) {
      for (const intent of ['draft', 'submit']) {
        expect(await saveEntry(open.db, actor, { measureRef: 'SM9', month: '2020-11', version: 0, intent, value: '12' })).toEqual({
          ok: false,
          kind: 'state',
          message: 'SM9 has been retired, so its figures can no longer be changed.',
        });
      }
    }
    expect(await current('SM9')).toBeNull();
    expect(await auditCount()).toBe(before);
    const row = (await loadEntryContext(open.db, 'SM9', '2020-11-01'))!;
    expect(whyReadOnly(people.sam, row)).toBe('SM9 has been retired, so its figures can no longer be changed.');
    await open.db.update(measures).set({ active: true }).where(eq(measures.ref, 'SM9'));
    expect(whyReadOnly(people.sam, (await loadEntryContext(open.db, 'SM9', '2020-11-01'))!)).toBeNull();
  });

  it('refuses anyone whose role never enters figures before reading what they sent', async () => {
    // Nonsense input: a lead is told what is wrong with it, the others only that they may not.
    const nonsense = { measureRef: 'drop table', month: 'soon' };
    expect(await saveEntry(open.db, people.sam, nonsense)).toMatchObject({ ok: false, kind: 'invalid' });
    for (const actor of [people.executive, people.viewer, null]) {
      expect(await saveEntry(open.db, actor, nonsense)).toEqual({ ok: false, kind: 'denied', message: DENIED_MESSAGE });
      expect(await saveEntry(open.db, actor, { ...nonsense, intent: 'submit' })).toEqual({ ok: false, kind: 'denied', message: DENIED_MESSAGE });
    }
  });

  it('answers an unknown measure or month without guessing', async () => {
    expect(await saveEntry(open.db, people.sam, { measureRef: 'KPI99', month: '2020-11', version: 0 })).toMatchObject({ ok: false, kind: 'not_found' });
    expect(await saveEntry(open.db, people.viewer, { measureRef: 'KPI99', month: '2020-11', version: 0 })).toMatchObject({ ok: false, kind: 'denied' });
    expect(await saveEntry(open.db, people.sam, { measureRef: 'drop table', month: 'soon' })).toMatchObject({
      ok: false,
      kind: 'invalid',
      fieldErrors: { measureRef: 'Choose a measure', month: 'Choose a month' },
    });
  });

  it('never turns a submitted entry back into a draft without saying so: submit the changes, or withdraw it', async () => {
    const sm5 = { measureRef: 'SM5', month: '2020-11' };
    const figures = { value: '90.1', ytdValue: '93.0' };
    expect(await saveEntry(open.db, people.sam, { ...sm5, version: 0, intent: 'submit', ...figures })).toMatchObject({
      ok: true, value: { status: 'submitted', change: 'entry.submit', version: 1 },
    });
    expect(await lastAudit()).toMatchObject({ action: 'entry.submit' });

    // A plain draft save over it is refused, and nothing is saved or audited.
    const audits = await auditCount();
    expect(await saveEntry(open.db, people.sam, { ...sm5, version: 1, intent: 'draft', ...figures, value: '80' })).toEqual({
      ok: false, kind: 'state', message: SUBMITTED_NEEDS_INTENT,
    });
    expect(await current('SM5')).toMatchObject({ status: 'submitted', value: '90.1', version: 1 });
    expect(await auditCount()).toBe(audits);

    // Changes submitted again: still submitted, audited as a resubmission.
    expect(await saveEntry(open.db, people.sam, { ...sm5, version: 1, intent: 'submit', ...figures, value: '90.4' })).toMatchObject({
      ok: true, value: { status: 'submitted', change: 'entry.resubmit', version: 2 },
    });
    expect(await current('SM5')).toMatchObject({ status: 'submitted', value: '90.4' });
    expect(await lastAudit()).toMatchObject({ action: 'entry.resubmit', before: { value: '90.1' }, after: { value: '90.4' } });

    // Withdrawn explicitly: a draft again, audited as a withdrawal; then draft saves go through.
    expect(await saveEntry(open.db, people.sam, { ...sm5, version: 2, intent: 'withdraw', ...figures, value: '90.4' })).toMatchObject({
      ok: true, value: { status: 'draft', change: 'entry.withdraw', version: 3 },
    });
    expect(await lastAudit()).toMatchObject({ action: 'entry.withdraw', actorId: people.sam.id });
    // An ordinary save in an open month changes only what the form shows: nothing is drawn again.
    expect(await saveEntry(open.db, people.sam, { ...sm5, version: 3, intent: 'draft', ...figures })).toMatchObject({
      ok: true, value: { status: 'draft', change: 'entry.save_draft', value: '90.1', redraw: false },
    });
    // "Withdraw" of an entry that is not submitted is only a draft save, and is audited as one.
    expect(await saveEntry(open.db, people.sam, { ...sm5, version: 4, intent: 'withdraw', ...figures })).toMatchObject({
      ok: true, value: { status: 'draft', change: 'entry.save_draft' },
    });
    expect(await lastAudit()).toMatchObject({ action: 'entry.save_draft' });
  });

  it('audits a submit over a returned entry as a resubmission, and lets a returned entry be saved as a draft', async () => {
    const sm5 = { measureRef: 'SM5', month: '2020-11', value: '90.1', ytdValue: '93.0' };
    const { id, version } = (await current('SM5'))!;
    await open.db.update(entries).set({ status: 'returned' }).where(eq(entries.id, id));
    // Answering a return changes more than the form shows (the note goes): the page is drawn again.
    expect(await saveEntry(open.db, people.sam, { ...sm5, version, intent: 'draft' })).toMatchObject({
      ok: true, value: { status: 'draft', change: 'entry.save_draft', redraw: true },
    });
    await open.db.update(entries).set({ status: 'returned' }).where(eq(entries.id, id));
    expect(await saveEntry(open.db, people.sam, { ...sm5, version: version + 1, intent: 'submit' })).toMatchObject({
      ok: true, value: { status: 'submitted', change: 'entry.resubmit' },
    });
    expect(await lastAudit()).toMatchObject({ action: 'entry.resubmit' });
  });
});
