// Benchmark points on a real database with the reference pack, both engines: adding, changing and
// removing one (with its audit event, before and after), the same point twice refused with the
// sentence, a file imported all or nothing (one bad row among many writes nothing and is named;
// the same file twice changes nothing), and every other role refused, writing nothing.
import { and, count, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../db/client';
import { loadMeasureBenchmarks, planBenchmarksImport } from '../../db/queries/benchmarks';
import { auditEvents, benchmarkPoints, measures, userRoles, users } from '../../db/schema';
import { seedDemo } from '../../db/seed/demo';
import { seedReferencePack } from '../../db/seed/reference-pack';
import { openMigrated, testEngines } from '../../db/testing';
import type { Actor, Role } from '../auth/policy';
import { BENCHMARKS_CSV_HEADER } from '../import/benchmarks-csv';
import { addBenchmarkPoint, changeBenchmarkPoint, importBenchmarks, removeBenchmarkPoint } from './benchmarks';

async function actorOf(open: OpenDatabase, email: string): Promise<Actor> {
  const [user] = await open.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  const roles = await open.db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, user!.id));
  return { id: user!.id, roles: roles.map((r) => r.role as Role) };
}

const point = (extra: Record<string, string> = {}) => ({
  measureRef: 'SM4',
  series: 'North East',
  periodLabel: '2019/20',
  periodEndDay: '31',
  periodEndMonth: '3',
  periodEndYear: '2020',
  value: '21.5',
  ...extra,
});

describe.each(testEngines())('benchmark points on $name', (engine) => {
  let open: OpenDatabase;
  let admin: Actor;
  let others: Record<'lead' | 'executive' | 'viewer', Actor>;

  const auditCount = async () => (await open.db.select({ n: count() }).from(auditEvents))[0]!.n;
  const lastAudit = async () => (await open.db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1))[0]!;
  const pointsOf = async (ref: string) => (await loadMeasureBenchmarks(open.db, ref))!.points.map(({ series, periodLabel, periodEnd, value }) => ({ series, periodLabel, periodEnd, value }));
  const pointCount = async () => (await open.db.select({ n: count() }).from(benchmarkPoints))[0]!.n;

  beforeAll(async () => {
    open = await openMigrated(engine);
    await seedReferencePack(open.db);
    await seedDemo(open.db);
    admin = await actorOf(open, 'admin@tfc.example');
    others = {
      lead: await actorOf(open, 'lead.socialcare@tfc.example'),
      executive: await actorOf(open, 'ceo@tfc.example'),
      viewer: await actorOf(open, 'committee@sunderland.example'),
    };
  }, 60_000);
  afterAll(async () => open?.close());

  it('seeds KPI2 with North East and England, newest period first within each series', async () => {
    const kpi2 = await pointsOf('KPI2');
    expect(kpi2.map((p) => `${p.series} ${p.periodLabel} ${p.value}`).slice(0, 2)).toEqual(['North East Oct 18 – Sep 19 351', 'North East Jul 18 – Jun 19 362']);
    expect(kpi2.filter((p) => p.series === 'England')).toHaveLength(5);
  });

  it.each(['anonymous', 'lead', 'executive', 'viewer'] as const)('refuses %s every change, writing nothing', async (who) => {
    const actor = who === 'anonymous' ? null : others[who];
    const [audits, points] = [await auditCount(), await pointCount()];
    const [kpi2] = (await loadMeasureBenchmarks(open.db, 'KPI2'))!.points;
    expect(await addBenchmarkPoint(open.db, actor, point())).toMatchObject({ ok: false, kind: 'denied' });
    expect(await changeBenchmarkPoint(open.db, actor, { ...point({ measureRef: 'KPI2', value: '1' }), pointId: String(kpi2!.id) })).toMatchObject({ ok: false, kind: 'denied' });
    expect(await removeBenchmarkPoint(open.db, actor, { measureRef: 'KPI2', pointId: String(kpi2!.id) })).toMatchObject({ ok: false, kind: 'denied' });
    expect(await importBenchmarks(open.db, actor, { csv: `${BENCHMARKS_CSV_HEADER}\nSM4,England,2019/20,2020-03-31,20\n` })).toMatchObject({ ok: false, kind: 'denied' });
    expect([await auditCount(), await pointCount()]).toEqual([audits, points]);
  });

  it('adds a point, with its audit event naming the measure', async () => {
    const result = await addBenchmarkPoint(open.db, admin, point());
    expect(result).toEqual({ ok: true, value: { ref: 'SM4', changed: true, series: 'North East', periodLabel: '2019/20', periodEnd: '2020-03-31', value: '21.5' } });
    expect(await pointsOf('SM4')).toEqual([{ series: 'North East', periodLabel: '2019/20', periodEnd: '2020-03-31', value: '21.5' }]);
    expect(await lastAudit()).toMatchObject({
      action: 'benchmark.add', actorId: admin.id, subjectType: 'benchmark_point',
      before: null, after: { series: 'North East', periodLabel: '2019/20', periodEnd: '2020-03-31', value: '21.5' }, detail: { measureRef: 'SM4' },
    });
  });

  it('refuses the same series and period end again, saying which point to change', async () => {
    const before = await auditCount();
    expect(await addBenchmarkPoint(open.db, admin, point({ value: '30', periodLabel: 'Year to March 2020' }))).toEqual({
      ok: false, kind: 'invalid',
      fieldErrors: { periodEndDay: 'There is already a North East point ending 31 March 2020 for SM4: change that one instead' },
    });
    expect(await auditCount()).toBe(before);
  });

  it('refuses a point the rules refuse, every field at once, writing nothing', async () => {
    const before = await auditCount();
    const result = await addBenchmarkPoint(open.db, admin, point({ series: 'Wales', periodLabel: ' ', periodEndDay: '30', periodEndMonth: '2', value: '120' }));
    expect(result).toEqual({
      ok: false, kind: 'invalid',
      fieldErrors: {
        series: 'Choose the series: North East, England, Statistical neighbours or Last year',
        periodLabel: 'Enter the period the value is for, like 2019/20 or Jul – Sep 2019',
        periodEndDay: 'The period end must be a real date',
        value: 'Value must be between 0 and 100',
      },
    });
    expect(await addBenchmarkPoint(open.db, admin, point({ measureRef: 'KPI99' }))).toEqual({
      ok: false, kind: 'not_found', message: 'That measure could not be found. Go back to the list of measures and choose it again.',
    });
    expect(await auditCount()).toBe(before);
  });

  it('changes a point with before and after, and writes nothing when nothing changed', async () => {
    const [saved] = (await loadMeasureBenchmarks(open.db, 'SM4'))!.points;
    const result = await changeBenchmarkPoint(open.db, admin, { ...point({ value: '22.25', series: 'England' }), pointId: String(saved!.id) });
    expect(result).toMatchObject({ ok: true, value: { changed: true, series: 'England', value: '22.25' } });
    expect(await lastAudit()).toMatchObject({
      action: 'benchmark.change', subjectId: String(saved!.id),
      before: { series: 'North East', value: '21.5' }, after: { series: 'England', value: '22.25' }, detail: { measureRef: 'SM4' },
    });
    const before = await auditCount();
    expect(await changeBenchmarkPoint(open.db, admin, { ...point({ value: '22.250', series: 'england' }), pointId: String(saved!.id) })).toMatchObject({ ok: true, value: { changed: false } });
    expect(await auditCount()).toBe(before);
  });

  it("refuses a change onto another point's series and period end, and a point of another measure", async () => {
    await addBenchmarkPoint(open.db, admin, point({ periodLabel: '2018/19', periodEndYear: '2019', value: '23' }));
    const points = (await loadMeasureBenchmarks(open.db, 'SM4'))!.points;
    const older = points.find((p) => p.periodEnd === '2019-03-31')!;
    expect(await changeBenchmarkPoint(open.db, admin, { ...point({ series: 'England' }), pointId: String(older.id) })).toMatchObject({
      ok: false, fieldErrors: { periodEndDay: 'There is already a England point ending 31 March 2020 for SM4: change that one instead' },
    });
    expect(await removeBenchmarkPoint(open.db, admin, { measureRef: 'KPI2', pointId: String(older.id) })).toEqual({
      ok: false, kind: 'not_found', message: 'That benchmark point could not be found: someone may have removed it. Go back to the measure’s benchmarks.',
    });
  });

  it('removes a point, with what it was in the audit event', async () => {
    const older = (await loadMeasureBenchmarks(open.db, 'SM4'))!.points.find((p) => p.periodEnd === '2019-03-31')!;
    expect(await removeBenchmarkPoint(open.db, admin, { measureRef: 'SM4', pointId: String(older.id) })).toMatchObject({ ok: true });
    expect((await pointsOf('SM4')).map((p) => p.periodEnd)).toEqual(['2020-03-31']);
    expect(await lastAudit()).toMatchObject({ action: 'benchmark.remove', before: { series: 'North East', periodLabel: '2018/19', value: '23' }, after: null, detail: { measureRef: 'SM4' } });
  });

  // A byte-order mark, CR LF, quoted commas and a trailing empty line; one row changes KPI2's
  // seeded North East point, one repeats an England point unchanged, the others are new.
  const file =
    `\uFEFF${BENCHMARKS_CSV_HEADER}\r\n` +
    `KPI2,North East,Oct 18 – Sep 19,2019-09-30,349\r\n` +
    `KPI2,England,Oct 18 – Sep 19,2019-09-30,216\r\n` +
    `SM3,Statistical neighbours,"Apr – Jun 2020, provisional",2020-06-30,61.2\r\n` +
    `sm3,last year,2019/20,2020-03-31,58\r\n` +
    `\r\n`;

  it('imports a file: new points inserted, matching ones changed, one audit event per file and per point changed', async () => {
    const plan = await planBenchmarksImport(open.db, file);
    expect(plan.problems).toEqual([]);
    expect(plan.counts).toEqual({ rows: 4, created: 2, updated: 1, unchanged: 1 });
    const [points, changes] = [await pointCount(), (await open.db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.action, 'benchmark.import')))[0]!.n];
    expect(await importBenchmarks(open.db, admin, { csv: file })).toEqual({ ok: true, value: { rows: 4, created: 2, updated: 1, unchanged: 1 } });
    expect(await pointCount()).toBe(points + 2);
    expect(await pointsOf('SM3')).toEqual([
      { series: 'Statistical neighbours', periodLabel: 'Apr – Jun 2020, provisional', periodEnd: '2020-06-30', value: '61.2' },
      { series: 'Last year', periodLabel: '2019/20', periodEnd: '2020-03-31', value: '58' },
    ]);
    const imported = await open.db.select().from(auditEvents).where(eq(auditEvents.action, 'benchmark.import')).orderBy(auditEvents.id);
    expect(imported).toHaveLength(changes + 3);
    expect(imported.find((e) => (e.detail as { line: number }).line === 2)).toMatchObject({
      before: { series: 'North East', value: '351' }, after: { series: 'North East', value: '349' }, detail: { measureRef: 'KPI2' },
    });
    expect(await lastAudit()).toMatchObject({ action: 'benchmarks.import', subjectType: 'benchmarks_import', detail: { rows: 4, created: 2, updated: 1, unchanged: 1, measures: ['KPI2', 'SM3'] } });
  });

  it('changes nothing when the same file is imported again', async () => {
    const [pointsBefore] = await open.db.select().from(benchmarkPoints).where(eq(benchmarkPoints.measureId, (await open.db.select({ id: measures.id }).from(measures).where(eq(measures.ref, 'SM3')))[0]!.id));
    expect(await importBenchmarks(open.db, admin, { csv: file })).toEqual({ ok: true, value: { rows: 4, created: 0, updated: 0, unchanged: 4 } });
    const [pointsAfter] = await open.db.select().from(benchmarkPoints).where(and(eq(benchmarkPoints.id, pointsBefore!.id)));
    expect(pointsAfter).toEqual(pointsBefore);
    expect((await lastAudit()).action).toBe('benchmarks.import');
  });

  it('asks for a file when none is chosen, or it is empty', async () => {
    const before = await auditCount();
    for (const csv of [undefined, '', ' \r\n ']) {
      expect(await importBenchmarks(open.db, admin, { csv })).toEqual({ ok: false, kind: 'invalid', fieldErrors: { csv: 'Choose a CSV file of benchmark points' } });
    }
    expect(await auditCount()).toBe(before);
  });

  it('writes nothing when one row among many is wrong, and names that row', async () => {
    const rows = Array.from({ length: 400 }, (_, i) => `SM5,England,Month ${i + 1},${new Date(Date.UTC(2015, 0, i + 1)).toISOString().slice(0, 10)},${(i % 90) + 0.5}`);
    rows[236] = 'SM5,England,Bad row,2015-08-25,2x.1';
    const [audits, points] = [await auditCount(), await pointCount()];
    const result = await importBenchmarks(open.db, admin, { csv: [BENCHMARKS_CSV_HEADER, ...rows].join('\n') });
    expect(result).toEqual({ ok: false, kind: 'invalid', fieldErrors: { csv: "line 238: SM5 value '2x.1': enter the value as a number, like 94.52" } });
    expect([await auditCount(), await pointCount()]).toEqual([audits, points]);
  });
});
