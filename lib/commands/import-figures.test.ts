// The figures import on a real database, both engines: a file with every awkward feature of CSV
// imports; the same file twice changes nothing the second time; one bad row among 1,000 writes
// nothing and is named; a submitted entry is never overwritten; the audit records the file and
// each entry; only admins may import.
import { and, count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../db/client';
import { planFiguresImport } from '../../db/queries/figures-import';
import { auditEvents, entries, measures, periods } from '../../db/schema';
import { seedDemo } from '../../db/seed/demo';
import { seedReferencePack } from '../../db/seed/reference-pack';
import { openMigrated, testEngines, actorByEmail } from '../../db/testing';
import type { Actor } from '../auth/policy';
import { FIGURES_CSV_HEADER } from '../import/figures-csv';
import { importFigures, importFiguresReporting } from './import-figures';

describe.each(testEngines())('the figures import on $name', (engine) => {
  let open: OpenDatabase;
  let admin: Actor;
  let lead: Actor;
  let november: number;

  const actorFor = (email: string): Promise<Actor> => actorByEmail(open.db, email);
  const entryOf = async (ref: string) => {
    const [row] = await open.db
      .select({ entry: entries })
      .from(entries)
      .innerJoin(measures, eq(measures.id, entries.measureId))
      .where(and(eq(measures.ref, ref), eq(entries.periodId, november)));
    return row?.entry ?? null;
  };
  const novemberCount = async () => (await open.db.select({ n: count() }).from(entries).where(eq(entries.periodId, november)))[0]!.n;
  const eventCount = async (action: string) => (await open.db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.action, action)))[0]!.n;

  beforeAll(async () => {
    open = await openMigrated(engine);
    await seedReferencePack(open.db);
    await seedDemo(open.db);
    admin = await actorFor('admin@tfc.example');
    lead = await actorFor('lead.socialcare@tfc.example');
    november = (await open.db.select({ id: periods.id }).from(periods).where(eq(periods.month, '2020-11-01')))[0]!.id;
  }, 60_000);
  afterAll(async () => open?.close());

  // A byte-order mark, CR LF line ends, quoted commas, doubled quotes, a new line in a field and a
  // trailing empty line; KPI3 overwrites the demo's draft, the others are new.
  const awkward =
    `\uFEFF${FIGURES_CSV_HEADER}\r\n` +
    `KPI3,2020-11,92.06%,,,available,"Referrals rose, again; ""decisions"" waited","Weekly triage, from December"\r\n` +
    `KPI6,2020-11,78.5,,,,,\r\n` +
    `SM15,2020-11,73,52,,,"Two\r\nlines",\r\n` +
    `SM16,2020-11,,,,not_available,,\r\n` +
    `\r\n`;

  it('is refused to a lead', async () => {
    expect(await importFigures(open.db, lead, { csv: awkward, submit: false })).toMatchObject({ ok: false, kind: 'denied' });
  });

  it('previews each row: the figure as printed, its rating, and what it overwrites, writing nothing', async () => {
    const before = await novemberCount();
    const plan = await planFiguresImport(open.db, awkward, { submit: false });
    expect(plan.problems).toEqual([]);
    expect(plan.counts).toEqual({ rows: 4, created: 3, updated: 1, unchanged: 0 });
    expect(plan.rows.map((r) => [r.line, r.ref, r.figure, r.change, r.beforeFigure])).toEqual([
      [2, 'KPI3', '92.1%', 'update', '93.2%'],
      [3, 'KPI6', '78.5%', 'create', null],
      [4, 'SM15', '73 (52)', 'create', null],
      [6, 'SM16', 'n/ava', 'create', null],
    ]);
    expect(plan.rows[0]!.rating.rating).toMatch(/^(green|amber|red|blue|none)$/);
    expect(await novemberCount()).toBe(before);
  });

  it('imports a file with a byte-order mark, CR LF, quoted commas and a trailing empty line, with its audit events', async () => {
    const before = await novemberCount();
    const kpi3Before = (await entryOf('KPI3'))!;
    const result = await importFigures(open.db, admin, { csv: awkward, submit: false });
    expect(result).toEqual({ ok: true, value: { rows: 4, created: 3, updated: 1, unchanged: 0, submit: false, history: false } });
    expect(await novemberCount()).toBe(before + 3);

    const kpi3 = (await entryOf('KPI3'))!;
    expect(kpi3).toMatchObject({
      value: '92.06',
      commentary: 'Referrals rose, again; "decisions" waited',
      improvementAction: 'Weekly triage, from December',
      status: 'draft',
      version: kpi3Before.version + 1,
      updatedById: admin.id,
    });
    expect(await entryOf('SM15')).toMatchObject({ value: '73', secondaryValue: '52', commentary: 'Two\nlines', version: 1 });
    expect(await entryOf('SM16')).toMatchObject({ value: null, availability: 'not_available' });

    // The admin's events: the seed imported its illustrative 2019/20 history the same way, as nobody.
    const [file] = await open.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'figures.import'), eq(auditEvents.actorId, admin.id)));
    expect(file).toMatchObject({ actorId: admin.id, detail: { rows: 4, created: 3, updated: 1, unchanged: 0, submit: false, months: ['2020-11'] } });
    const perEntry = await open.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'entry.import'), eq(auditEvents.actorId, admin.id)));
    expect(perEntry).toHaveLength(4);
    const kpi3Event = perEntry.find((e) => e.subjectId === String(kpi3.id))!;
    expect(kpi3Event.before).toMatchObject({ value: '93.2', status: 'draft' });
    expect(kpi3Event.after).toMatchObject({ value: '92.06', status: 'draft' });
  });

  it('changes nothing when the same file is imported a second time', async () => {
    const versions = await open.db.select({ id: entries.id, version: entries.version }).from(entries).where(eq(entries.periodId, november));
    const events = await eventCount('entry.import');
    const result = await importFigures(open.db, admin, { csv: awkward, submit: false });
    expect(result).toEqual({ ok: true, value: { rows: 4, created: 0, updated: 0, unchanged: 4, submit: false, history: false } });
    expect(await open.db.select({ id: entries.id, version: entries.version }).from(entries).where(eq(entries.periodId, november))).toEqual(
      expect.arrayContaining(versions),
    );
    expect(await eventCount('entry.import')).toBe(events);
  });

  it('submits with submit, setting who submitted, and then never overwrites the submitted entry', async () => {
    const submitted = await importFigures(open.db, admin, { csv: `${FIGURES_CSV_HEADER}\nKPI4,2020-11,97.3,,,,,\n`, submit: 'true' });
    expect(submitted).toMatchObject({ ok: true, value: { updated: 1, submit: true } });
    const kpi4 = (await entryOf('KPI4'))!;
    expect(kpi4).toMatchObject({ status: 'submitted', value: '97.3', submittedById: admin.id });
    expect(kpi4.submittedAt).toBeInstanceOf(Date);

    const overwrite = await importFigures(open.db, admin, { csv: `${FIGURES_CSV_HEADER}\nKPI4,2020-11,96,,,,,\nKPI5,2020-11,10,,,,,\n`, submit: false });
    expect(overwrite).toEqual({
      ok: false,
      kind: 'invalid',
      fieldErrors: { csv: 'line 2: KPI4 for November 2020 has already been submitted by its lead: an import never overwrites a submitted entry' },
    });
    expect(await entryOf('KPI4')).toEqual(kpi4);
    expect(await entryOf('KPI5')).toBeNull();
  });

  it('refuses Amber or Red with submit but without commentary, listing every bad row', async () => {
    const result = await importFigures(open.db, admin, { csv: `${FIGURES_CSV_HEADER}\nKPI6,2020-11,20,,,,,\nSM7,2020-11,2x.1,,,,,\n`, submit: true });
    expect(result).toMatchObject({ ok: false, kind: 'invalid' });
    const lines = result.ok || result.kind !== 'invalid' ? [] : (result.fieldErrors.csv ?? '').split('\n');
    expect(lines).toEqual([
      'line 2: KPI6 for November 2020 is rated Red, so it cannot be submitted without commentary and an improvement action',
      "line 3: SM7 value '2x.1' is not a number",
    ]);
  });

  it('writes nothing for one bad row among 1,000 and names that row; fixed, the 1,000 import in batches', async () => {
    await open.db.insert(measures).values(
      Array.from({ length: 1000 }, (_, i) => ({
        ref: `IMP${i + 1}`,
        title: `Imported measure ${i + 1}`,
        group: 'supporting' as const,
        serviceArea: 'Testing',
        unit: 'count' as const,
        decimals: 0,
        polarity: 'none' as const,
        basis: 'monthly' as const,
        source: 'Test',
        displayOrder: 1000 + i,
      })),
    );
    const rows = Array.from({ length: 1000 }, (_, i) => `IMP${i + 1},2020-11,${i === 637 ? '4o' : i},,,,,`);
    const before = await novemberCount();
    const events = await eventCount('entry.import');
    const bad = await importFigures(open.db, admin, { csv: [FIGURES_CSV_HEADER, ...rows].join('\n'), submit: false });
    expect(bad).toEqual({ ok: false, kind: 'invalid', fieldErrors: { csv: "line 639: IMP638 value '4o' is not a number" } });
    expect(await novemberCount()).toBe(before);
    expect(await eventCount('entry.import')).toBe(events);

    rows[637] = 'IMP638,2020-11,40,,,,,';
    const progress: string[] = [];
    const reporting = importFiguresReporting({
      onChecked: (done, total) => progress.push(`checked ${done}/${total}`),
      onWritten: (done, total) => progress.push(`written ${done}/${total}`),
    });
    const good = await reporting(open.db, admin, { csv: [FIGURES_CSV_HEADER, ...rows].join('\n'), submit: false });
    expect(progress).toEqual(['checked 1000/1000', 'written 500/1000', 'written 1000/1000']);
    expect(good).toEqual({ ok: true, value: { rows: 1000, created: 1000, updated: 0, unchanged: 0, submit: false, history: false } });
    expect(await novemberCount()).toBe(before + 1000);
    expect(await eventCount('entry.import')).toBe(events + 1000);
    const imported = await open.db
      .select({ value: entries.value })
      .from(entries)
      .innerJoin(measures, eq(measures.id, entries.measureId))
      .where(inArray(measures.ref, ['IMP1', 'IMP638', 'IMP1000']));
    expect(imported.map((e) => e.value).sort()).toEqual(['0', '40', '999']);
  }, 60_000);

  it('refuses an empty file and one over 1 MB before reading it', async () => {
    expect(await importFigures(open.db, admin, { csv: '', submit: false })).toEqual({
      ok: false,
      kind: 'invalid',
      fieldErrors: { csv: 'Choose a CSV file of figures' },
    });
    expect(await importFigures(open.db, admin, { csv: `${FIGURES_CSV_HEADER}\n${'x'.repeat(1024 * 1024)}`, submit: false })).toMatchObject({
      ok: false,
      fieldErrors: { csv: 'The file must be 1 MB or smaller: split it into several files' },
    });
  });
});
