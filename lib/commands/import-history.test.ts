// An earlier year's figures imported with --history, on both engines: missing months created,
// signed off and marked imported; a month of the current year, or one reported here, refused with
// its line; the same file twice changes nothing; a changed file replaces the imported entries, all
// or nothing; one audit event for the file and one per entry; and the review's steps never reach
// an imported month (publish, reopen), whatever path is tried.
import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../db/client';
import { planFiguresImport } from '../../db/queries/figures-import';
import { annualTargets, auditEvents, entries, measures, periods } from '../../db/schema';
import { seedDemo } from '../../db/seed/demo';
import { seedReferencePack } from '../../db/seed/reference-pack';
import { openMigrated, testEngines, actorByEmail } from '../../db/testing';
import type { Actor } from '../auth/policy';
import { FIGURES_CSV_HEADER } from '../import/figures-csv';
import { importFigures } from './import-figures';
import { publishPack, reopenPeriod } from './periods';

const csv = (...lines: string[]) => [FIGURES_CSV_HEADER, ...lines, ''].join('\n');

describe.each(testEngines())('importing history on $name', (engine) => {
  let open: OpenDatabase;
  let admin: Actor;
  let executive: Actor;

  const actorFor = (email: string): Promise<Actor> => actorByEmail(open.db, email);
  const monthOf = async (month: string) => (await open.db.select().from(periods).where(eq(periods.month, `${month}-01`)))[0] ?? null;
  const entryOf = async (ref: string, month: string) => {
    const [row] = await open.db
      .select({ entry: entries })
      .from(entries)
      .innerJoin(measures, eq(measures.id, entries.measureId))
      .innerJoin(periods, eq(periods.id, entries.periodId))
      .where(and(eq(measures.ref, ref), eq(periods.month, `${month}-01`)));
    return row?.entry ?? null;
  };
  const eventCount = async (action: string) => (await open.db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.action, action)))[0]!.n;
  const history = (text: string) => importFigures(open.db, admin, { csv: text, history: true });

  beforeAll(async () => {
    open = await openMigrated(engine);
    await seedReferencePack(open.db);
    await seedDemo(open.db);
    admin = await actorFor('admin@tfc.example');
    executive = await actorFor('ceo@tfc.example');
  }, 60_000);
  afterAll(async () => open?.close());

  const april2018 = csv('KPI3,2018-04,95.2,,,,,', 'KPI6,2018-04,83.4,,,,,', 'KPI3,2018-05,94.1,,,,,');

  it('creates each missing month signed off and marked imported, its entries submitted, with an audit event for the file and each entry', async () => {
    const entryEvents = await eventCount('entry.import');
    const result = await history(april2018);
    expect(result).toEqual({ ok: true, value: { rows: 3, created: 3, updated: 0, unchanged: 0, submit: false, history: true } });

    const april = await monthOf('2018-04');
    expect(april).toMatchObject({ state: 'approved', financialYear: 2018, dueDate: '2018-05-15' });
    expect(april!.importedAt).not.toBeNull();
    expect((await monthOf('2018-05'))?.dueDate).toBe('2018-06-15');
    expect(await entryOf('KPI3', '2018-04')).toMatchObject({ value: '95.2', status: 'submitted', version: 1, updatedById: admin.id, submittedById: admin.id });

    expect(await eventCount('entry.import')).toBe(entryEvents + 3);
    const [file] = await open.db.select().from(auditEvents).where(eq(auditEvents.action, 'figures.import')).orderBy(sql`${auditEvents.id} desc`).limit(1);
    expect(file).toMatchObject({ actorId: admin.id, detail: { rows: 3, created: 3, history: true, monthsCreated: ['2018-04', '2018-05'] } });
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await monthOf('2018-04');
    const entryEvents = await eventCount('entry.import');
    expect(await history(april2018)).toMatchObject({ ok: true, value: { created: 0, updated: 0, unchanged: 3 } });
    expect(await monthOf('2018-04')).toEqual(before);
    expect(await eventCount('entry.import')).toBe(entryEvents);
  });

  it('replaces an imported month’s entries from a corrected file, leaving the month signed off and imported', async () => {
    const result = await history(csv('KPI3,2018-04,95.7,,,,,', 'KPI6,2018-04,83.4,,,,,'));
    expect(result).toMatchObject({ ok: true, value: { created: 0, updated: 1, unchanged: 1 } });
    expect(await entryOf('KPI3', '2018-04')).toMatchObject({ value: '95.7', status: 'submitted', version: 2 });
    expect(await monthOf('2018-04')).toMatchObject({ state: 'approved' });
    expect((await monthOf('2018-04'))!.importedAt).not.toBeNull();
    const [event] = await open.db.select().from(auditEvents).where(eq(auditEvents.action, 'entry.import')).orderBy(sql`${auditEvents.id} desc`).limit(1);
    expect(event).toMatchObject({ before: { value: '95.2', status: 'submitted' }, after: { value: '95.7', status: 'submitted' }, detail: { measureRef: 'KPI3', month: '2018-04', history: true } });
  });

  it('refuses a month of the current year, and a month reported here, each on its line', async () => {
    const result = await history(csv('KPI3,2018-06,94,,,,,', 'KPI3,2020-11,94,,,,,', 'KPI6,2021-01,90,,,,,'));
    expect(result).toMatchObject({ ok: false, kind: 'invalid' });
    const lines = (result.ok === false && result.kind === 'invalid' ? result.fieldErrors.csv : '')!.split('\n');
    expect(lines).toEqual([
      'line 3: 2020-11 is not an earlier year: import it without --history (history is for the years before 2020/21)',
      'line 4: 2021-01 is not an earlier year: import it without --history (history is for the years before 2020/21)',
    ]);
    // All or nothing: line 2 was fine, and its month was not made.
    expect(await monthOf('2018-06')).toBeNull();
  });

  it('sends a correction to imported history through --history, and refuses submitting it', async () => {
    const plain = await importFigures(open.db, admin, { csv: csv('KPI3,2019-10,94,,,,,') });
    expect(plain).toMatchObject({ ok: false, kind: 'invalid', fieldErrors: { csv: 'line 2: October 2019 is imported history from 2019/20: import its figures with --history to correct them' } });
    expect(await importFigures(open.db, admin, { csv: april2018, history: true, submit: true })).toMatchObject({
      ok: false,
      kind: 'invalid',
      fieldErrors: { history: 'History is stored as signed off already: import it without submitting' },
    });
  });

  it('rates history with that year’s targets, and leaves it unrated without them', async () => {
    const [kpi3] = await open.db.select({ id: measures.id }).from(measures).where(eq(measures.ref, 'KPI3'));
    await open.db.insert(annualTargets).values({ measureId: kpi3!.id, financialYear: 2017, target: '95', toleranceEdge: '90' });
    const plan = await planFiguresImport(open.db, csv('KPI3,2017-07,92.5,,,,,', 'KPI3,2018-07,92.5,,,,,'), { submit: false, history: true });
    expect(plan.problems).toEqual([]);
    expect(plan.rows.map((r) => [r.month, r.rating.rating])).toEqual([
      ['2017-07', 'amber'],
      ['2018-07', 'none'],
    ]);
  });

  it('never publishes or reopens an imported month, by the commands or by SQL', async () => {
    const published = await publishPack(open.db, executive, { month: '2019-10', visibility: 'public' });
    expect(published).toEqual({
      ok: false,
      kind: 'state',
      message: 'October 2019 is imported history from 2019/20, so it cannot be published. To correct its figures, import them again with --history.',
    });
    expect(await reopenPeriod(open.db, executive, { month: '2019-10', reason: 'A correction.' })).toMatchObject({ ok: false, kind: 'state', message: expect.stringContaining('cannot be reopened') });
    expect((await monthOf('2019-10'))?.state).toBe('approved');
    await expect(open.db.update(periods).set({ state: 'published' }).where(eq(periods.month, '2019-10-01'))).rejects.toThrow();
    // And its entries stay as they are: the month is not open.
    await expect(
      open.db.execute(sql`update entries set value = 1 where period_id = (select id from periods where month = '2019-10-01')`),
    ).rejects.toThrow();
  });
});
