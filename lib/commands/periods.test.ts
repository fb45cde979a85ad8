// A month's whole way through review on a real database, both engines: closing for review,
// returning an entry and its resubmission, sign-off with its blocks and maker-checker, publishing
// an immutable versioned snapshot, and a reopen that makes version 2 with what changed.
import { desc, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../db/client';
import { loadEntryContext } from '../../db/queries/entries';
import { auditEvents, entries, measures, periods, publishedPacks, reviewNotes, userRoles, users } from '../../db/schema';
import { seedDemo } from '../../db/seed/demo';
import { seedReferencePack } from '../../db/seed/reference-pack';
import { openMigrated, testEngines, actorByEmail } from '../../db/testing';
import type { Actor } from '../auth/policy';
import { hashPassword } from '../auth/password';
import type { PackSnapshot } from '../packs/snapshot';
import { saveEntry } from './entries';
import { closeForReview, publishPack, reopenPeriod, signOffPeriod } from './periods';
import { returnEntry } from './review';

describe.each(testEngines())('the review workflow on $name', (engine) => {
  let open: OpenDatabase;
  const people = {} as Record<'sam' | 'admin' | 'viewer' | 'executive', Actor>;

  const actorFor = (email: string): Promise<Actor> => actorByEmail(open.db, email);
  const stateOf = async (month: string) => (await open.db.select({ state: periods.state }).from(periods).where(eq(periods.month, `${month}-01`)))[0]!.state;
  const entryOf = async (ref: string, month: string) => (await loadEntryContext(open.db, ref, `${month}-01`))!.current!.entry;
  const packs = async (month: string) =>
    open.db
      .select({ version: publishedPacks.version, hash: publishedPacks.contentHash, snapshot: publishedPacks.snapshot, changes: publishedPacks.changes, changeNote: publishedPacks.changeNote, visibility: publishedPacks.visibility })
      .from(publishedPacks)
      .innerJoin(periods, eq(periods.id, publishedPacks.periodId))
      .where(eq(periods.month, `${month}-01`))
      .orderBy(publishedPacks.version);

  beforeAll(async () => {
    open = await openMigrated(engine);
    await seedReferencePack(open.db);
    await seedDemo(open.db);
    people.sam = await actorFor('lead.socialcare@tfc.example');
    people.admin = await actorFor('admin@tfc.example');
    people.viewer = await actorFor('committee@sunderland.example');
    people.executive = await actorFor('ceo@tfc.example');
  });
  afterAll(async () => open?.close());

  it('closes November for review, saying what is still missing; then leads can change nothing', async () => {
    expect(await closeForReview(open.db, people.sam, { month: '2020-11' })).toMatchObject({ ok: false, kind: 'denied' });
    expect(await closeForReview(open.db, people.viewer, { month: '2020-11' })).toMatchObject({ ok: false, kind: 'denied' });
    expect(await closeForReview(open.db, people.executive, { month: '2020-11' })).toEqual({ ok: true, value: { month: '2020-11', label: 'November 2020', state: 'in_review' } });
    expect(await stateOf('2020-11')).toBe('in_review');
    const [event] = await open.db.select().from(auditEvents).where(eq(auditEvents.action, 'period.close_for_review'));
    expect((event!.detail as { notSubmitted: string[] }).notSubmitted).toHaveLength(32);
    const kpi4 = await entryOf('KPI4', '2020-11');
    expect(await saveEntry(open.db, people.sam, { measureRef: 'KPI4', month: '2020-11', version: kpi4.version, value: '96' })).toEqual({
      ok: false,
      kind: 'state',
      message: 'November 2020 is in review, so its figures can no longer be changed.',
    });
    expect(await closeForReview(open.db, people.executive, { month: '2020-11' })).toMatchObject({ ok: false, kind: 'state', message: expect.stringContaining('November 2020 is in review, so it cannot be closed for review now') });
  });

  it('will not sign off a month with measures not submitted, and says which', async () => {
    const result = await signOffPeriod(open.db, people.executive, { month: '2020-11' });
    expect(result).toMatchObject({ ok: false, kind: 'state' });
    expect(result.ok === false && 'message' in result && result.message).toMatch(/^The month cannot be signed off yet: 32 not submitted \(KPI1, KPI2, KPI3/);
    expect(await stateOf('2020-11')).toBe('in_review');
  });

  it('holds October 2020 as published: version 1, public, the reference pack’s figures, immutable even by SQL', async () => {
    const [v1, ...later] = await packs('2020-10');
    expect(later).toEqual([]);
    expect(v1).toMatchObject({ version: 1, visibility: 'public', changes: [], changeNote: null });
    const snapshot = v1!.snapshot as PackSnapshot;
    expect(snapshot.monthsCovered.label).toBe('August to October 2020');
    expect(snapshot.meta).toMatchObject({ author: 'Jill Colbert, Chief Executive', reportDate: '2021-01-07', title: 'Together for Children Performance Report' });
    const byRef = new Map(snapshot.measures.map((m) => [m.ref, m]));
    expect(snapshot.measures).toHaveLength(32);
    expect(byRef.get('KPI1')).toMatchObject({ figureText: '89.1%', targetText: '65%', toleranceText: '62% – 64.9%', ratingLetter: 'G' });
    expect(byRef.get('SM4')).toMatchObject({ figureText: '22.1%', ytdText: '24.0%', ratingLabel: 'Amber', toleranceText: '23.1% – 28.9%' });
    expect(byRef.get('SM14')).toMatchObject({ figureText: '73 (52)', ytdText: '433 (247)', ratingLetter: '–' });
    expect(snapshot.grid.rows.find((r) => r.ref === 'KPI3')!.letters.slice(0, 7).join('')).toBe('GAGGGAA');
    expect((await packs('2020-07'))[0]!.snapshot).toMatchObject({ monthsCovered: { label: 'April to July 2020' } });
    await expect(open.db.update(publishedPacks).set({ visibility: 'members_only' }).where(ne(publishedPacks.version, 0))).rejects.toThrow();
    await expect(open.db.delete(publishedPacks).where(ne(publishedPacks.version, 0))).rejects.toThrow();
    // A published month's figures are locked, even against SQL.
    await expect(open.db.update(entries).set({ value: '1' }).where(eq(entries.id, (await entryOf('KPI1', '2020-10')).id))).rejects.toThrow();
  });

  it('asks for a reason to reopen, and only the executive may', async () => {
    expect(await reopenPeriod(open.db, people.executive, { month: '2020-10', reason: '' })).toMatchObject({ ok: false, kind: 'invalid', fieldErrors: { reason: 'Enter the reason for reopening the month' } });
    expect(await reopenPeriod(open.db, people.admin, { month: '2020-10', reason: 'x' })).toMatchObject({ ok: false, kind: 'denied' });
    expect(await reopenPeriod(open.db, people.executive, { month: '2020-11', reason: 'x' })).toMatchObject({ ok: false, kind: 'state' });
    expect(await stateOf('2020-10')).toBe('published');
  });

  it('reopens with a reason; a returned entry is fixed by its lead; version 2 says what changed and version 1 is untouched', async () => {
    const [v1] = await packs('2020-10');
    expect(await reopenPeriod(open.db, people.executive, { month: '2020-10', reason: 'SM4 commentary needed correcting.' })).toMatchObject({ ok: true });
    expect(await returnEntry(open.db, people.sam, { month: '2020-10', measureRef: 'SM4', note: 'x' })).toMatchObject({ ok: false, kind: 'denied' });
    expect(await returnEntry(open.db, people.executive, { month: '2020-10', measureRef: 'SM4', note: ' ' })).toMatchObject({ ok: false, kind: 'invalid' });
    expect(await returnEntry(open.db, people.executive, { month: '2020-10', measureRef: 'SM4', note: 'Please give the repeat referral numbers.' })).toMatchObject({ ok: true, value: { ref: 'SM4' } });
    const sm4 = await entryOf('SM4', '2020-10');
    expect(sm4.status).toBe('returned');
    const [note] = await open.db.select().from(reviewNotes).where(eq(reviewNotes.entryId, sm4.id));
    expect(note!.note).toBe('Please give the repeat referral numbers.');

    // KPI4 is Amber without an improvement action, as the reference pack printed it: that blocks
    // sign-off too, until its lead adds one.
    const blocked = await signOffPeriod(open.db, people.executive, { month: '2020-10' });
    expect(blocked).toMatchObject({ ok: false, kind: 'state' });
    expect(!blocked.ok && 'message' in blocked && blocked.message).toBe(
      'The month cannot be signed off yet: 1 returned and not yet resubmitted (SM4); 1 rated Amber or Red without commentary or an improvement action (KPI4).',
    );
    expect(await returnEntry(open.db, people.executive, { month: '2020-10', measureRef: 'KPI4', note: 'Please add what will be done.' })).toMatchObject({ ok: true });
    // Another measure of the month stays locked; the returned one is the lead's to change.
    const kpi3 = await entryOf('KPI3', '2020-10');
    expect(await saveEntry(open.db, people.sam, { measureRef: 'KPI3', month: '2020-10', version: kpi3.version, value: '96', intent: 'submit' })).toMatchObject({ ok: false, kind: 'state' });
    const form = { measureRef: 'SM4', month: '2020-10', value: sm4.value, ytdValue: sm4.ytdValue, improvementAction: sm4.improvementAction, availability: 'available' };
    const draft = await saveEntry(open.db, people.sam, { ...form, version: sm4.version, intent: 'draft', commentary: 'There have been 363 repeat referrals since April 2020.' });
    expect(draft).toMatchObject({ ok: true, value: { status: 'returned' } });
    const resubmitted = await saveEntry(open.db, people.sam, { ...form, version: sm4.version + 1, intent: 'submit', commentary: 'There have been 363 repeat referrals since April 2020, fewer than last year.' });
    expect(resubmitted).toMatchObject({ ok: true, value: { status: 'submitted' } });
    const [resubmit] = await open.db.select().from(auditEvents).where(eq(auditEvents.action, 'entry.resubmit'));
    expect(resubmit).toMatchObject({ actorId: people.sam.id });

    const returnedKpi4 = await entryOf('KPI4', '2020-10');
    expect(
      await saveEntry(open.db, people.sam, {
        measureRef: 'KPI4', month: '2020-10', version: returnedKpi4.version, intent: 'submit', value: returnedKpi4.value, availability: 'available',
        commentary: returnedKpi4.commentary, improvementAction: 'Visits are tracked weekly by team managers until every child is seen within 20 days.',
      }),
    ).toMatchObject({ ok: true, value: { status: 'submitted', change: 'entry.resubmit' } });

    expect(await signOffPeriod(open.db, people.executive, { month: '2020-10' })).toMatchObject({ ok: true });
    const changes = ['KPI4 improvement action revised', 'SM4 commentary revised'];
    expect(await publishPack(open.db, people.executive, { month: '2020-10', visibility: 'members_only' })).toMatchObject({ ok: true, value: { version: 2, changes } });
    await expect(open.db.update(entries).set({ value: '1' }).where(eq(entries.id, sm4.id))).rejects.toThrow();
    const [v1After, v2] = await packs('2020-10');
    expect(v1After).toEqual(v1);
    expect(v2).toMatchObject({ version: 2, visibility: 'members_only', changes, changeNote: 'SM4 commentary needed correcting.' });
  });

  it('keeps maker and checker apart, unless there is only one executive, and audits the exception', async () => {
    // A second person, executive and admin, who enters a figure in November as the admin.
    const [made] = await open.db.insert(users).values({ email: 'deputy@tfc.example', name: 'Dee Puty', passwordHash: await hashPassword('a long enough password') }).returning({ id: users.id });
    await open.db.insert(userRoles).values([{ userId: made!.id, role: 'executive' }, { userId: made!.id, role: 'admin' }]);
    const deputy: Actor = { id: made!.id, roles: ['executive', 'admin'] };
    // December: open, entered by the deputy, closed for review.
    const [december] = await open.db.insert(periods).values({ month: '2020-12-01', financialYear: 2020, dueDate: '2021-01-10' }).returning();
    const save = await saveEntry(open.db, deputy, { measureRef: 'SM21', month: '2020-12', version: 0, intent: 'submit', value: '250' });
    expect(save).toMatchObject({ ok: true });
    expect(await closeForReview(open.db, deputy, { month: '2020-12' })).toMatchObject({ ok: true });
    const refusal = await signOffPeriod(open.db, deputy, { month: '2020-12' });
    expect(refusal).toMatchObject({ ok: false, kind: 'state', message: 'You submitted figures in this month, so another executive must sign it off.' });
    // With the other executive gone, the deputy is the only one: allowed, but not silently. (The
    // month is made signable by retiring every other measure: only SM21 is reported in it.)
    await open.db.update(users).set({ active: false }).where(eq(users.id, people.executive.id));
    await open.db.update(measures).set({ active: false }).where(ne(measures.ref, 'SM21'));
    expect(await signOffPeriod(open.db, deputy, { month: '2020-12' })).toMatchObject({ ok: true, value: { state: 'approved' } });
    const [exception] = await open.db.select().from(auditEvents).where(eq(auditEvents.action, 'period.sign_off')).orderBy(desc(auditEvents.id)).limit(1);
    expect(exception).toMatchObject({ actorId: deputy.id, subjectId: '2020-12' });
    expect((exception!.detail as { soleExecutiveException?: string }).soleExecutiveException).toMatch(/only active executive/);
    await open.db.update(measures).set({ active: true }).where(ne(measures.ref, 'SM21'));
    await open.db.update(users).set({ active: true }).where(eq(users.id, people.executive.id));
    expect(december!.state).toBe('open');
  });
});
