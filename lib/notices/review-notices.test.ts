// The review's notices from the real commands, delivered through a real SMTP server on loopback,
// on both engines, on the seed's published October 2020 taken back into review: an entry returned
// tells its lead (reminders off or not; nobody for a deactivated lead) with the executive's note,
// and a second return of the same entry tells them again; the resubmission that completes the month
// tells the executives, each time; version 2 of the pack tells the viewers it is for members only,
// with the reason it was published again. A return refused writes no message.
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadEntryContext } from '../../db/queries/entries';
import { measures, outboxMessages, reviewNotes } from '../../db/schema';
import { testEngines } from '../../db/testing';
import { entryAsForm, saveEntry } from '../commands/entries';
import { publishPack, reopenPeriod, signOffPeriod } from '../commands/periods';
import { returnEntry } from '../commands/review';
import type { Actor } from '../auth/policy';
import { composeNotice } from './compose-notice';
import { EXECUTIVES, JO, SAM, setUpNoticeTest, TEST_CONTEXT, VIEWERS, type NoticeTest } from './testing';

const saved = vi.hoisted(() => {
  const before = { SITE_URL: process.env.SITE_URL, ORGANISATION_NAME: process.env.ORGANISATION_NAME };
  process.env.SITE_URL = 'https://performance.tfc.example';
  process.env.ORGANISATION_NAME = 'Together for Children Sunderland';
  return before;
});

const context = TEST_CONTEXT;
const REASON = 'SM4 commentary needed correcting.';
const SM4_NOTE = 'Please give the repeat referral numbers.\nCompare them with last year’s.';

describe.each(testEngines())('the review’s notices on $name', (engine) => {
  let t: NoticeTest;

  const db = () => t.open.db;
  const titleOf = async (ref: string) => (await db().select({ title: measures.title }).from(measures).where(eq(measures.ref, ref)))[0]!.title;
  const ret = (ref: string, note: string, who: Actor = t.people.executive) => returnEntry(db(), who, { month: '2020-10', measureRef: ref, note });
  /** Submits the October entry again as it stands, with any changes. */
  const resubmit = async (who: Actor, ref: string, changes: Record<string, string> = {}) => {
    const entry = (await loadEntryContext(db(), ref, '2020-10-01'))!.current!.entry;
    return saveEntry(db(), who, { ...entryAsForm(entry), ...changes, measureRef: ref, month: '2020-10', version: entry.version, intent: 'submit' });
  };
  const readyKeys = async () => (await t.keysOf('ready_for_review')).filter((key) => key.startsWith('ready_for_review:2020-10:'));

  beforeAll(async () => {
    t = await setUpNoticeTest(engine);
  });
  afterAll(async () => {
    await t?.close();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
  beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => {}));

  it('tells a measure’s lead when the executive returns its entry, with the note and who returned it', async () => {
    expect(await reopenPeriod(db(), t.people.executive, { month: '2020-10', reason: REASON })).toMatchObject({ ok: true });
    expect(await t.deliver()).toEqual([]);
    expect(await ret('SM4', SM4_NOTE)).toMatchObject({ ok: true });
    const mail = await t.deliver();
    expect(mail.map((m) => [m.to, m.subject])).toEqual([[SAM, 'SM4 for October 2020 has been returned to you']]);
    const sm4 = { ref: 'SM4', title: await titleOf('SM4') };
    expect(mail[0]!.text).toBe(
      composeNotice({ kind: 'entry_returned', recipientName: 'Sam Okafor', month: '2020-10', measure: sm4, note: SM4_NOTE, returnedBy: 'Alex Morgan' }, context).text,
    );
    expect(mail[0]!.text).toContain(`Alex Morgan has returned your entry for SM4 ${sm4.title}, October 2020, with this note:\n\n> Please give the repeat referral numbers.\n> Compare them with last year’s.\n`);
    expect(mail[0]!.text).toContain('Change SM4 for October 2020:\nhttps://performance.tfc.example/entries/2020-10/SM4\n');
    expect(mail[0]!.html).toContain('<a href="https://performance.tfc.example/entries/2020-10/SM4"');
    const [note] = await db().select({ id: reviewNotes.id }).from(reviewNotes);
    expect(await t.keysOf('entry_returned')).toEqual([`entry_returned:2020-10:SM4:n${note!.id}:${t.people.sam.id}`]);
  });

  it('writes no message for a return refused', async () => {
    const before = await t.outboxCount();
    expect(await ret('SM4', 'Again.')).toMatchObject({ ok: false, kind: 'state', message: 'SM4 has already been returned to its lead.' });
    expect(await ret('KPI4', 'Not mine to return.', t.people.sam)).toMatchObject({ ok: false, kind: 'denied' });
    expect(await ret('KPI4', 'Not in review.', t.people.admin)).toMatchObject({ ok: false, kind: 'denied' });
    expect(await t.outboxCount()).toBe(before);
    expect(await t.deliver()).toEqual([]);
  });

  it('tells a lead with reminders off too, and nobody for a measure whose lead is deactivated', async () => {
    expect(await ret('KPI1', 'Please check the year-to-date figure.')).toMatchObject({ ok: true });
    expect(await ret('KPI4', 'Please add what will be done.')).toMatchObject({ ok: true });
    expect(await ret('SM26', 'Please check the quarter.')).toMatchObject({ ok: true, value: { ownerName: 'Robin Hale' } });
    const mail = await t.deliver();
    expect(mail.map((m) => [m.to, m.subject])).toEqual([
      [JO, 'KPI1 for October 2020 has been returned to you'],
      [SAM, 'KPI4 for October 2020 has been returned to you'],
    ]);
    expect(mail[0]!.text).toContain('> Please check the year-to-date figure.\n');
    expect(await db().select().from(outboxMessages).where(like(outboxMessages.dedupeKey, 'entry_returned:2020-10:SM26:%'))).toEqual([]);
  });

  it('tells the executives when the last returned entry is resubmitted, and again after a second return of the same entry', async () => {
    expect(await resubmit(t.people.sam, 'SM4', { commentary: 'There have been 363 repeat referrals since April 2020, fewer than last year.' })).toMatchObject({ ok: true });
    expect(await resubmit(t.people.sam, 'KPI4', { improvementAction: 'Visits are tracked weekly by team managers until every child is seen within 20 days.' })).toMatchObject({ ok: true });
    expect(await resubmit(t.people.jo, 'KPI1')).toMatchObject({ ok: true });
    expect(await t.deliver()).toEqual([]);
    // SM26's lead is gone: the performance team resubmits it, and the month is complete again.
    expect(await resubmit(t.people.admin, 'SM26')).toMatchObject({ ok: true });
    const ready = await t.deliver();
    expect(ready.map((m) => [m.to, m.subject])).toEqual(EXECUTIVES.map((to) => [to, 'October 2020 is ready for your review']));
    expect(ready[0]!.text).toContain('Review October 2020:\nhttps://performance.tfc.example/review/2020-10\n');
    expect(await readyKeys()).toHaveLength(2);

    // The executive is still not satisfied with SM4: a second return, told again.
    expect(await ret('SM4', 'Please say how many children that is.')).toMatchObject({ ok: true });
    const again = await t.deliver();
    expect(again.map((m) => [m.to, m.subject])).toEqual([[SAM, 'SM4 for October 2020 has been returned to you']]);
    expect(again[0]!.text).toContain('> Please say how many children that is.\n');
    const sm4Keys = (await t.keysOf('entry_returned')).filter((key) => key.startsWith('entry_returned:2020-10:SM4:'));
    expect(sm4Keys).toHaveLength(2);

    expect(await resubmit(t.people.sam, 'SM4', { commentary: 'There have been 363 repeat referrals (241 children) since April 2020, fewer than last year.' })).toMatchObject({ ok: true });
    const readyAgain = await t.deliver();
    expect(readyAgain.map((m) => [m.to, m.subject])).toEqual(EXECUTIVES.map((to) => [to, 'October 2020 is ready for your review']));
    expect(await readyKeys()).toHaveLength(4);
  });

  it('tells every active viewer that version 2 is published, for members only, with the reason it was published again', async () => {
    expect(await signOffPeriod(db(), t.people.executive, { month: '2020-10' })).toMatchObject({ ok: true });
    expect(await publishPack(db(), t.people.executive, { month: '2020-10', visibility: 'members_only' })).toMatchObject({ ok: true, value: { version: 2 } });
    const mail = await t.deliver();
    expect(mail.map((m) => [m.to, m.subject])).toEqual(VIEWERS.map((to) => [to, 'Version 2 of the October 2020 performance pack is published']));
    const toPat = mail[1]!;
    expect(toPat.text).toBe(
      composeNotice({ kind: 'pack_published', recipientName: 'Cllr Pat Reid', month: '2020-10', version: 2, visibility: 'members_only', changeNote: REASON }, context).text,
    );
    expect(toPat.text).toContain(`This is version 2. It replaces version 1.\n\nThe note published with it:\n\n> ${REASON}\n`);
    expect(toPat.text).toContain('The pack is for members only: sign in to read it.');
    expect(toPat.text).toContain('Read the October 2020 pack:\nhttps://performance.tfc.example/packs/2020-10/v2\n');
    expect(toPat.html).toContain('<a href="https://performance.tfc.example/packs/2020-10/v2"');
    const keys = await db()
      .select({ key: outboxMessages.dedupeKey })
      .from(outboxMessages)
      .where(and(eq(outboxMessages.kind, 'pack_published'), eq(outboxMessages.recipientName, 'Cllr Pat Reid')));
    expect(keys.map((k) => k.key)).toEqual([expect.stringMatching(/^pack_published:2020-10:v2:[0-9a-f-]{36}$/)]);
  });
});
