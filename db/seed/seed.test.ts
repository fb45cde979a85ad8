import { asc, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackSnapshot } from '../../lib/packs/snapshot';
import type { OpenDatabase } from '../client';
import * as schema from '../schema';
import { openMigrated, testEngines } from '../testing';
import { seedDemo } from './demo';
import { seedReferencePack } from './reference-pack';

const tables = {
  users: schema.users,
  userRoles: schema.userRoles,
  measures: schema.measures,
  annualTargets: schema.annualTargets,
  periods: schema.periods,
  entries: schema.entries,
  benchmarkPoints: schema.benchmarkPoints,
  auditEvents: schema.auditEvents,
};

async function dump(open: OpenDatabase) {
  const out: Record<string, unknown[]> = {};
  for (const [name, table] of Object.entries(tables)) {
    // Order by every column's text so the dump is the same whatever the physical order.
    out[name] = (await open.db.select().from(table)).map((row) => JSON.stringify(row)).sort();
  }
  return out;
}

describe.each(testEngines())('seed on $name', (engine) => {
  let open: OpenDatabase;
  beforeAll(async () => {
    open = await openMigrated(engine);
  });
  afterAll(async () => {
    await open?.close();
  });

  it('loads the whole 2020/21 reference pack', async () => {
    const counts = await seedReferencePack(open.db);
    // 2019/20 as imported history: 25 measures rated monthly or on their year to date, twelve
    // months each, and KPI2 at its four quarter ends (db/seed/history-2019.ts).
    expect(counts).toEqual({ measures: 32, targets: 32, periods: 8, entries: 224, history: 304, benchmarks: 10, packs: 2 });

    const refs = (await open.db.select({ ref: schema.measures.ref }).from(schema.measures).orderBy(asc(schema.measures.displayOrder)))
      .map((m) => m.ref);
    expect(refs).toEqual([
      'KPI1', 'KPI2', 'KPI3', 'KPI4', 'KPI5', 'KPI6',
      ...Array.from({ length: 26 }, (_, i) => `SM${i + 1}`),
    ]);
  });

  it('keeps figures exact: numeric in, the same string out', async () => {
    const [kpi4] = await open.db
      .select({ value: schema.entries.value, target: schema.annualTargets.target, edge: schema.annualTargets.toleranceEdge })
      .from(schema.entries)
      .innerJoin(schema.measures, eq(schema.measures.id, schema.entries.measureId))
      .innerJoin(schema.periods, eq(schema.periods.id, schema.entries.periodId))
      .innerJoin(schema.annualTargets, eq(schema.annualTargets.measureId, schema.measures.id))
      .where(sql`${schema.measures.ref} = 'KPI4' and ${schema.periods.month} = '2020-10-01'`);
    expect(kpi4).toEqual({ value: '94.5', target: '95', edge: '90' });

    const [sm14] = await open.db
      .select({ value: schema.entries.value, secondary: schema.entries.secondaryValue, ytd: schema.entries.ytdValue, ytdSecondary: schema.entries.ytdSecondaryValue })
      .from(schema.entries)
      .innerJoin(schema.measures, eq(schema.measures.id, schema.entries.measureId))
      .innerJoin(schema.periods, eq(schema.periods.id, schema.entries.periodId))
      .where(sql`${schema.measures.ref} = 'SM14' and ${schema.periods.month} = '2020-10-01'`);
    expect(sm14).toEqual({ value: '73', secondary: '52', ytd: '433', ytdSecondary: '247' });
  });

  it('loads the illustrative 2019/20 as signed-off, imported months, before the packs were published', async () => {
    const months = await open.db
      .select({ month: schema.periods.month, state: schema.periods.state, dueDate: schema.periods.dueDate, importedAt: schema.periods.importedAt })
      .from(schema.periods)
      .where(sql`${schema.periods.financialYear} = 2019`)
      .orderBy(asc(schema.periods.month));
    expect(months).toHaveLength(12);
    expect(months.every((m) => m.state === 'approved' && m.importedAt !== null)).toBe(true);
    expect(months[0]).toMatchObject({ month: '2019-04-01', dueDate: '2019-05-15' });
    const [imports] = await open.db
      .select({ n: count() })
      .from(schema.auditEvents)
      .where(sql`${schema.auditEvents.action} = 'figures.import' and ${schema.auditEvents.detail}->>'history' = 'true'`);
    expect(imports!.n).toBe(1);
    // October 2020's pack has last year's line.
    const [pack] = await open.db
      .select({ snapshot: schema.publishedPacks.snapshot })
      .from(schema.publishedPacks)
      .innerJoin(schema.periods, eq(schema.periods.id, schema.publishedPacks.periodId))
      .where(sql`${schema.periods.month} = '2020-10-01'`);
    const { charts, measures } = pack!.snapshot as PackSnapshot;
    expect(charts.find((c) => c.ref === 'KPI6')?.lastYear.find((p) => p.month === '2019-10')?.value).toBe('85.5');
    // 89.9% against 85.5% in October 2019, higher being better.
    expect(measures.find((m) => m.ref === 'KPI6')?.direction.sinceLastYear).toBe('improved');
  });

  it("splits October's commentary from its improvement action as the pack does", async () => {
    const october = async (ref: string) => {
      const [row] = await open.db
        .select({ commentary: schema.entries.commentary, action: schema.entries.improvementAction })
        .from(schema.entries)
        .innerJoin(schema.measures, eq(schema.measures.id, schema.entries.measureId))
        .innerJoin(schema.periods, eq(schema.periods.id, schema.entries.periodId))
        .where(sql`${schema.measures.ref} = ${ref} and ${schema.periods.month} = '2020-10-01'`);
      return row;
    };
    // KPI4: one paragraph that explains the Amber and names no action.
    expect(await october('KPI4')).toEqual({
      commentary: expect.stringMatching(/^Performance has remained consistently high .* In all other months, performance had been above target\.$/),
      action: null,
    });
    // SM4: the pack's two paragraphs, the second being what is done about it.
    expect(await october('SM4')).toEqual({
      commentary: expect.stringMatching(/^There have been 363 repeat referrals .*within the annual target\.$/),
      action: expect.stringMatching(/^Since February, a "closure summary" .*against this measure\.$/),
    });
  });

  it('changes nothing when run a second time, with or without the demo', async () => {
    await seedDemo(open.db);
    const before = await dump(open);
    expect(await seedReferencePack(open.db)).toEqual({ measures: 0, targets: 0, periods: 0, entries: 0, history: 0, benchmarks: 0, packs: 0 });
    expect(await seedDemo(open.db)).toEqual({ accounts: 0, drafts: 0 });
    expect(await dump(open)).toEqual(before);
  });

  it('creates one demo account per role and leaves November open with drafts', async () => {
    const roles = await open.db.select({ role: schema.userRoles.role, n: count() }).from(schema.userRoles).groupBy(schema.userRoles.role);
    expect(Object.fromEntries(roles.map((r) => [r.role, r.n]))).toEqual({ admin: 1, executive: 1, lead: 2, viewer: 1 });
    const [november] = await open.db.select().from(schema.periods).where(eq(schema.periods.month, '2020-11-01'));
    expect(november?.state).toBe('open');
    const drafts = await open.db.select().from(schema.entries).where(eq(schema.entries.periodId, november!.id));
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.every((d) => d.status === 'draft' && d.updatedById !== null)).toBe(true);
  });

  it('refuses to change or delete an audit event', async () => {
    await expect(open.db.update(schema.auditEvents).set({ action: 'tampered' }).where(sql`true`)).rejects.toThrow();
    await expect(open.db.delete(schema.auditEvents).where(sql`true`)).rejects.toThrow();
  });
});
