// A month's notices from the real commands, delivered through a real SMTP server on loopback, on
// both engines: opening a month tells each active lead with measures in it (reminders off or not),
// the submit that completes a month tells every active executive once (by import or by a lead's
// save, even two at the same moment), and publishing tells every active viewer. A command refused,
// a save that conflicts or a change that fails at commit writes no message.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { entries, measures, periods } from '../../db/schema';
import { testEngines } from '../../db/testing';
import { importFigures } from '../commands/import-figures';
import { saveEntry } from '../commands/entries';
import { closeForReview, publishPack, signOffPeriod } from '../commands/periods';
import { openNextMonth } from '../commands/periods-admin';
import { FIGURES_CSV_HEADER } from '../import/figures-csv';
import { composeNotice } from './compose-notice';
import { noticeContext } from './enqueue-notices';
import { EXECUTIVES, JO, SAM, setUpNoticeTest, TEST_CONTEXT, VIEWERS, type NoticeTest } from './testing';
import { noticeIfReadyForReview } from './workflow-notices';

// The site's address and the organisation's name, as a server is given them (read by lib/env.ts on import).
const saved = vi.hoisted(() => {
  const before = { SITE_URL: process.env.SITE_URL, ORGANISATION_NAME: process.env.ORGANISATION_NAME };
  process.env.SITE_URL = 'https://performance.tfc.example';
  process.env.ORGANISATION_NAME = 'Together for Children Sunderland';
  return before;
});

const context = TEST_CONTEXT;
const LATE = 'Not yet available from the source system.';

/** A file of figures: each measure not available this month, with a sentence why. */
const notAvailable = (month: string, refs: readonly string[]) =>
  [FIGURES_CSV_HEADER, ...refs.map((ref) => `${ref},${month},,,,not_available,${LATE},`), ''].join('\r\n');

describe.each(testEngines())('a month’s notices on $name', (engine) => {
  let t: NoticeTest;
  let refs: string[];

  const db = () => t.open.db;
  const periodId = async (month: string) => (await db().select({ id: periods.id }).from(periods).where(eq(periods.month, `${month}-01`)))[0]?.id;
  const entryVersion = async (ref: string, month: string) => {
    const [row] = await db()
      .select({ version: entries.version })
      .from(entries)
      .innerJoin(measures, eq(measures.id, entries.measureId))
      .where(sql`${measures.ref} = ${ref} and ${entries.periodId} = ${(await periodId(month))!}`);
    return row?.version ?? 0;
  };
  const submitNotAvailable = async (who: 'sam' | 'jo', ref: string, month: string) =>
    saveEntry(db(), t.people[who], { measureRef: ref, month, version: await entryVersion(ref, month), intent: 'submit', availability: 'not_available', commentary: LATE });

  beforeAll(async () => {
    t = await setUpNoticeTest(engine);
    refs = (await db().select({ ref: measures.ref }).from(measures).where(eq(measures.active, true))).map((m) => m.ref);
  });
  afterAll(async () => {
    await t?.close();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
  // Refusals are logged for the server's operator; not wanted in the test's output.
  beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => {}));

  it('reads the site’s address and the organisation’s name as the rest of the portal does', () => {
    expect(noticeContext()).toEqual(context);
  });

  it('tells each active lead with measures in a month just opened, listing theirs and the due date; reminders off or not; nobody else', async () => {
    expect(await openNextMonth(db(), t.people.admin, { month: '2020-12', dueDateDay: '15', dueDateMonth: '1', dueDateYear: '2021' })).toMatchObject({ ok: true });
    const mail = await t.deliver();
    const subject = 'December 2020 is open: your figures are due by Friday 15 January 2021';
    // Not Robin Hale, SM26's lead, whose account is deactivated; not the administrator, executives or viewers.
    expect(mail.map((m) => [m.to, m.subject])).toEqual([[JO, subject], [SAM, subject]]);
    const [toJo, toSam] = mail as [(typeof mail)[0], (typeof mail)[0]];
    for (const [to, lead, name] of [[toSam, t.people.sam, 'Sam Okafor'], [toJo, t.people.jo, 'Jo Barnes']] as const) {
      const theirs = await t.measuresOf(lead.id);
      expect(to.text).toBe(composeNotice({ kind: 'month_opened', recipientName: name, month: '2020-12', dueDate: '2021-01-15', measures: theirs }, context).text);
      expect(to.text).toContain(`your ${theirs.length} measures by Friday 15 January 2021:\n\n- ${theirs[0]!.ref} ${theirs[0]!.title}\n`);
      expect(to.text).toContain('Enter your figures for December 2020:\nhttps://performance.tfc.example/my-measures?month=2020-12\n');
      expect(to.html).toContain('<a href="https://performance.tfc.example/my-measures?month=2020-12"');
    }
    // Jo's SM26 went to Robin Hale: it is in nobody's message.
    expect((await t.measuresOf(t.people.jo.id)).map((m) => m.ref)).not.toContain('SM26');
    expect(mail.some((m) => m.text.includes('SM26'))).toBe(false);
    expect((await t.keysOf('month_opened')).sort()).toEqual([`month_opened:2020-12:${t.people.sam.id}`, `month_opened:2020-12:${t.people.jo.id}`].sort());
  });

  it('writes no message for a month refused, or for one whose change fails at commit', async () => {
    const before = await t.outboxCount();
    const january = { month: '2021-01', dueDateDay: '10', dueDateMonth: '2', dueDateYear: '2021' };
    expect(await openNextMonth(db(), t.people.admin, { month: '2020-12', dueDateDay: '15', dueDateMonth: '1', dueDateYear: '2021' })).toMatchObject({ ok: false, kind: 'state' });
    expect(await openNextMonth(db(), t.people.sam, january)).toMatchObject({ ok: false, kind: 'denied' });
    // The new month's row refused when the transaction commits, after its messages were written.
    await db().execute(sql.raw(`create function refuse_at_commit() returns trigger language plpgsql as $$ begin raise exception 'refused at commit'; end $$`));
    await db().execute(sql.raw('create constraint trigger refuse_new_month after insert on periods deferrable initially deferred for each row execute function refuse_at_commit()'));
    try {
      const failure: unknown = await openNextMonth(db(), t.people.admin, january).then(() => null, (error: unknown) => error);
      expect(failure).toBeInstanceOf(Error);
      const messages = (error: unknown): string => (error instanceof Error ? `${error.message} ${messages(error.cause)}` : '');
      expect(messages(failure)).toMatch(/refused at commit/);
    } finally {
      await db().execute(sql.raw('drop trigger refuse_new_month on periods'));
      await db().execute(sql.raw('drop function refuse_at_commit()'));
    }
    expect(await periodId('2021-01')).toBeUndefined();
    expect(await t.outboxCount()).toBe(before);
    expect(await t.deliver()).toEqual([]);
  });

  it('tells every active executive once when an import submits a month’s last entry; nothing while entries are missing, or for a save that conflicts', async () => {
    expect(await importFigures(db(), t.people.admin, { csv: notAvailable('2020-11', refs.filter((ref) => ref !== 'KPI4')), submit: 'true' })).toMatchObject({ ok: true, value: { rows: 31 } });
    expect(await t.keysOf('ready_for_review')).toEqual([]);
    // Sam saves KPI4 in one window, then submits from another opened before: refused, nothing sent.
    const version = await entryVersion('KPI4', '2020-11');
    expect(await saveEntry(db(), t.people.sam, { measureRef: 'KPI4', month: '2020-11', version, intent: 'draft', value: '97.1' })).toMatchObject({ ok: true });
    expect(await saveEntry(db(), t.people.sam, { measureRef: 'KPI4', month: '2020-11', version, intent: 'submit', availability: 'not_available', commentary: LATE })).toMatchObject({ ok: false, kind: 'conflict' });
    expect(await t.keysOf('ready_for_review')).toEqual([]);
    expect(await t.deliver()).toEqual([]);

    expect(await importFigures(db(), t.people.admin, { csv: notAvailable('2020-11', ['KPI4']), submit: 'true' })).toMatchObject({ ok: true, value: { updated: 1 } });
    const mail = await t.deliver();
    expect(mail.map((m) => [m.to, m.subject])).toEqual(EXECUTIVES.map((to) => [to, 'November 2020 is ready for your review']));
    expect(mail[0]!.text).toBe(composeNotice({ kind: 'ready_for_review', recipientName: 'Alex Morgan', month: '2020-11', measureCount: 32 }, context).text);
    expect(mail[0]!.text).toContain('Every entry for November 2020 has been submitted: 32 measures.');
    expect(mail[0]!.text).toContain('Review November 2020:\nhttps://performance.tfc.example/review/2020-11\n');
    expect(mail[0]!.html).toContain('<a href="https://performance.tfc.example/review/2020-11"');
    expect(await t.keysOf('ready_for_review')).toHaveLength(2);
    expect((await t.keysOf('ready_for_review')).every((key) => /^ready_for_review:2020-11:r\d+:[0-9a-f-]{36}$/.test(key))).toBe(true);
    // Asked again with nothing changed (a request retried): nothing new.
    const november = (await periodId('2020-11'))!;
    expect(await db().transaction((tx) => noticeIfReadyForReview(tx, [{ periodId: november, month: '2020-11' }]))).toBe(0);
    expect(await t.deliver()).toEqual([]);
  });

  it('tells them once when a month’s last two entries are submitted by their leads at the same moment', async () => {
    expect(await importFigures(db(), t.people.admin, { csv: notAvailable('2020-12', refs.filter((ref) => ref !== 'KPI4' && ref !== 'KPI1')), submit: 'true' })).toMatchObject({ ok: true });
    // On PostgreSQL each save is held as it commits, so each asks whether the month is complete
    // while the other's entry is written but not yet committed: without a lock, neither sees both.
    if (engine.name === 'postgres') {
      await db().execute(sql.raw(`create function hold_entry_save() returns trigger language plpgsql as $$ begin perform pg_sleep(0.3); return null; end $$`));
      await db().execute(sql.raw('create constraint trigger hold_entry_save after insert or update on entries deferrable initially deferred for each row execute function hold_entry_save()'));
    }
    try {
      const saves = await Promise.all([submitNotAvailable('sam', 'KPI4', '2020-12'), submitNotAvailable('jo', 'KPI1', '2020-12')]);
      expect(saves).toMatchObject([{ ok: true }, { ok: true }]);
    } finally {
      if (engine.name === 'postgres') {
        await db().execute(sql.raw('drop trigger hold_entry_save on entries'));
        await db().execute(sql.raw('drop function hold_entry_save()'));
      }
    }
    const mail = await t.deliver();
    expect(mail.map((m) => [m.to, m.subject])).toEqual(EXECUTIVES.map((to) => [to, 'December 2020 is ready for your review']));
    expect(mail[1]!.text).toContain('Review December 2020:\nhttps://performance.tfc.example/review/2020-12\n');
  });

  it('tells every active viewer when a month’s pack is published, with its link and that it is public; nothing for a publish refused', async () => {
    expect(await closeForReview(db(), t.people.executive, { month: '2020-11' })).toMatchObject({ ok: true });
    const before = await t.outboxCount();
    expect(await publishPack(db(), t.people.executive, { month: '2020-11', visibility: 'public' })).toMatchObject({ ok: false, kind: 'state' });
    expect(await publishPack(db(), t.people.admin, { month: '2020-11', visibility: 'public' })).toMatchObject({ ok: false, kind: 'denied' });
    expect(await t.outboxCount()).toBe(before);
    expect(await signOffPeriod(db(), t.people.executive, { month: '2020-11' })).toMatchObject({ ok: true });
    expect(await t.deliver()).toEqual([]);

    expect(await publishPack(db(), t.people.executive, { month: '2020-11', visibility: 'public' })).toMatchObject({ ok: true, value: { version: 1 } });
    const mail = await t.deliver();
    // Not the deactivated viewer; not the executive who published it, nor the leads or administrator.
    expect(mail.map((m) => [m.to, m.subject])).toEqual(VIEWERS.map((to) => [to, 'The November 2020 performance pack is published']));
    const toChris = mail[0]!;
    expect(toChris.text).toBe(
      composeNotice({ kind: 'pack_published', recipientName: 'Cllr Chris Dale', month: '2020-11', version: 1, visibility: 'public', changeNote: null }, context).text,
    );
    expect(toChris.text).toContain('The Together for Children Sunderland performance pack for November 2020 has been published.');
    expect(toChris.text).toContain('The pack is public: anyone can read it, without signing in.');
    expect(toChris.text).toContain('Read the November 2020 pack:\nhttps://performance.tfc.example/packs/2020-11/v1\n');
    expect(toChris.html).toContain('<a href="https://performance.tfc.example/packs/2020-11/v1"');
    const keys = await t.keysOf('pack_published');
    expect(keys).toHaveLength(2);
    expect(keys.every((key) => /^pack_published:2020-11:v1:[0-9a-f-]{36}$/.test(key))).toBe(true);
  });
});
