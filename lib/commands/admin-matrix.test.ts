// Every administration command × every caller who is not an administrator, by direct calls of the
// commands on a seeded database: each is refused as 'denied' and nothing in the database changes
// (no audit event, every table's rows as they were). The inputs are ones an administrator succeeds
// with (the last test runs them), so a missing role check would write something here. A policy
// action only administrators may take without a row here fails, except one that only reads
// (`*.view`, such as the outbox): it has no command, and e2e/access.spec.ts holds its pages to it.
import { rowsOf } from '@/db/rows';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database, OpenDatabase } from '../../db/client';
import { benchmarkPoints, measures, signInThrottles, users } from '../../db/schema';
import { seedDemo } from '../../db/seed/demo';
import { seedReferencePack } from '../../db/seed/reference-pack';
import { actorByEmail, openMigrated, testEngines } from '../../db/testing';
import { ACTIONS, POLICY, type Action, type Actor } from '../auth/policy';
import { BENCHMARKS_CSV_HEADER } from '../import/benchmarks-csv';
import { FIGURES_CSV_HEADER } from '../import/figures-csv';
import { addBenchmarkPoint, changeBenchmarkPoint, importBenchmarks, removeBenchmarkPoint } from './benchmarks';
import type { Command } from './define-command';
import { importFigures } from './import-figures';
import { createMeasure, deactivateMeasure, measureVersion, moveMeasure, reactivateMeasure, updateMeasure } from './measures';
import { openNextMonth } from './periods-admin';
import { DENIED_MESSAGE } from './result';
import { clearSignInLock } from './sign-in-locks';
import { copyTargetsForward, setTarget } from './targets';
import { changeRoles, createUser, deactivateUser, reactivateUser, setTemporaryPassword, signOutEverywhere } from './users';

type Caller = 'anonymous' | 'lead' | 'executive' | 'viewer';
const CALLERS: Caller[] = ['anonymous', 'lead', 'executive', 'viewer'];

/** What the inputs point at, read from the seeded database. */
type Seeded = { sm4: typeof measures.$inferSelect; kpi4Id: number; changePointId: number; removePointId: number; personId: string; lockKey: string };

const measureForm = (measure: typeof measures.$inferSelect) => ({
  ref: measure.ref, title: measure.title, group: measure.group, serviceArea: measure.serviceArea, ownerId: measure.ownerId ?? '',
  unit: measure.unit, ratePer: measure.ratePer ? String(measure.ratePer) : '', secondaryLabel: measure.secondaryLabel ?? '',
  decimals: String(measure.decimals), polarity: measure.polarity, basis: measure.basis, annualMonth: measure.annualMonth ? String(measure.annualMonth) : '',
  basisNote: measure.basisNote ?? '', source: measure.source, dataLagNote: measure.dataLagNote ?? '', definition: measure.definition ?? '',
});

const point = { series: 'North East', periodLabel: '2019/20', periodEndDay: '31', periodEndMonth: '3', periodEndYear: '2020', value: '21.5' };
const figures = (...rows: string[]) => [FIGURES_CSV_HEADER, ...rows, ''].join('\r\n');

/**
 * One row per administration command: its policy action and an input an administrator succeeds
 * with, in this order (reactivating follows deactivating).
 */
const COMMANDS: { name: string; action: Action; command: Command<unknown>; input: (s: Seeded) => object }[] = [
  { name: 'measures: create', action: 'measures.manage', command: createMeasure, input: (s) => ({ ...measureForm(s.sm4), ref: 'SM90', title: 'A new measure' }) },
  { name: 'measures: update', action: 'measures.manage', command: updateMeasure, input: (s) => ({ ...measureForm(s.sm4), title: 'Re-referrals in twelve months', measureId: String(s.sm4.id), version: String(measureVersion(s.sm4)) }) },
  { name: 'measures: move', action: 'measures.manage', command: moveMeasure, input: (s) => ({ measureId: String(s.kpi4Id), direction: 'up' }) },
  { name: 'measures: deactivate', action: 'measures.manage', command: deactivateMeasure, input: (s) => ({ measureId: String(s.sm4.id), confirm: 'yes' }) },
  { name: 'measures: reactivate', action: 'measures.manage', command: reactivateMeasure, input: (s) => ({ measureId: String(s.sm4.id) }) },
  { name: 'targets: set', action: 'targets.manage', command: setTarget, input: () => ({ measureRef: 'KPI1', financialYear: '2020', kind: 'target', target: '71.5', toleranceEdge: '66' }) },
  { name: 'targets: copy forward', action: 'targets.manage', command: copyTargetsForward, input: () => ({ fromYear: '2020' }) },
  { name: 'months: open', action: 'periods.manage', command: openNextMonth, input: () => ({ month: '2020-12', dueDateDay: '15', dueDateMonth: '1', dueDateYear: '2021' }) },
  { name: 'benchmarks: add', action: 'benchmarks.manage', command: addBenchmarkPoint, input: () => ({ measureRef: 'SM4', ...point }) },
  { name: 'benchmarks: change', action: 'benchmarks.manage', command: changeBenchmarkPoint, input: (s) => ({ measureRef: 'KPI2', ...point, pointId: String(s.changePointId), value: '350' }) },
  { name: 'benchmarks: remove', action: 'benchmarks.manage', command: removeBenchmarkPoint, input: (s) => ({ measureRef: 'KPI2', pointId: String(s.removePointId) }) },
  { name: 'benchmarks: import', action: 'benchmarks.manage', command: importBenchmarks, input: () => ({ csv: `${BENCHMARKS_CSV_HEADER}\nSM4,England,2019/20,2020-03-31,20\n` }) },
  { name: 'figures: import as drafts', action: 'figures.import', command: importFigures, input: () => ({ csv: figures('KPI6,2020-11,78.5,,,,,') }) },
  { name: 'figures: import as submitted', action: 'figures.import', command: importFigures, input: () => ({ csv: figures('KPI6,2020-11,90,,,,Every plan reviewed this term.,None needed.'), submit: 'true' }) },
  { name: 'figures: import as history', action: 'figures.import', command: importFigures, input: () => ({ csv: figures('KPI6,2018-04,83.4,,,,,'), history: 'true' }) },
  // People and sign-in (in depth: users.test.ts, sign-in-locks.test.ts).
  { name: 'users: create', action: 'users.manage', command: createUser, input: () => ({ name: 'Robin Hale', email: 'robin.hale@tfc.example', roles: ['viewer'], temporaryPassword: 'a-long-temporary-password' }) },
  { name: 'users: change roles', action: 'users.manage', command: changeRoles, input: (s) => ({ userId: s.personId, roles: ['lead', 'viewer'] }) },
  { name: 'users: deactivate', action: 'users.manage', command: deactivateUser, input: (s) => ({ userId: s.personId }) },
  { name: 'users: reactivate', action: 'users.manage', command: reactivateUser, input: (s) => ({ userId: s.personId }) },
  { name: 'users: set a temporary password', action: 'users.manage', command: setTemporaryPassword, input: (s) => ({ userId: s.personId, temporaryPassword: 'another-temporary-password' }) },
  { name: 'users: sign out everywhere', action: 'users.manage', command: signOutEverywhere, input: (s) => ({ userId: s.personId }) },
  { name: 'users: clear a sign-in lock', action: 'users.manage', command: clearSignInLock, input: (s) => ({ key: s.lockKey }) },
];

/**
 * Every table of the schema: its row count and a digest of its rows, so a refusal that wrote,
 * changed or removed anything anywhere shows here, naming the table.
 */
async function everyTable(db: Database): Promise<Record<string, unknown>[]> {
  const tables = rowsOf(
    await db.execute(sql`select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`),
  ).map((row) => String(row.table_name));
  const each = tables.map(
    (table) => `select '${table}' as name, count(*)::int as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from "${table}" t`,
  );
  // Raw SQL built only from the schema's own table names, read from information_schema above.
  return rowsOf(await db.execute(sql.raw(each.join(' union all '))));
}

/** The actions that change something and only administrators may take. */
const adminActions = ACTIONS.filter(
  (action) =>
    !action.endsWith('.view') &&
    (POLICY[action] as readonly { roles: readonly string[] }[]).every((rule) => rule.roles.length === 1 && rule.roles[0] === 'admin'),
);

describe.each(testEngines())('what only an administrator may do, on $name', (engine) => {
  let open: OpenDatabase;
  let seeded: Seeded;
  const people = {} as Record<Caller | 'admin', Actor | null>;

  beforeAll(async () => {
    open = await openMigrated(engine);
    await seedReferencePack(open.db);
    await seedDemo(open.db);
    people.anonymous = null;
    people.admin = await actorByEmail(open.db, 'admin@tfc.example');
    people.lead = await actorByEmail(open.db, 'lead.socialcare@tfc.example');
    people.executive = await actorByEmail(open.db, 'ceo@tfc.example');
    people.viewer = await actorByEmail(open.db, 'committee@sunderland.example');
    const measure = async (ref: string) => (await open.db.select().from(measures).where(eq(measures.ref, ref)))[0]!;
    const kpi2 = await measure('KPI2');
    const kpi2Points = await open.db.select({ id: benchmarkPoints.id, series: benchmarkPoints.series }).from(benchmarkPoints).where(eq(benchmarkPoints.measureId, kpi2.id));
    const [person] = await open.db.select({ id: users.id }).from(users).where(eq(users.email, 'lead.earlyhelp@tfc.example'));
    const lockKey = 'email:locked.out@tfc.example';
    await open.db.insert(signInThrottles).values({ key: lockKey, failures: 0, windowStartedAt: new Date(), lockedUntil: new Date(Date.now() + 15 * 60_000) });
    seeded = {
      sm4: await measure('SM4'),
      kpi4Id: (await measure('KPI4')).id,
      changePointId: kpi2Points.find((p) => p.series === 'North East')!.id,
      removePointId: kpi2Points.find((p) => p.series === 'England')!.id,
      personId: person!.id,
      lockKey,
    };
    // Each refusal is logged for the server's operator; not wanted in the test's output.
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  }, 60_000);
  afterAll(async () => {
    vi.restoreAllMocks();
    await open?.close();
  });

  it('has a row for every action of the policy that only administrators may take', () => {
    expect(adminActions.length).toBeGreaterThan(0);
    expect([...new Set(COMMANDS.map((row) => row.action))].sort()).toEqual([...adminActions].sort());
  });

  const cases = COMMANDS.flatMap((row) => CALLERS.map((caller) => ({ ...row, caller })));
  it.each(cases)('$name by $caller: refused, nothing written', async ({ command, input, caller }) => {
    const before = await everyTable(open.db);
    expect(await command(open.db, people[caller], input(seeded))).toEqual({ ok: false, kind: 'denied', message: DENIED_MESSAGE });
    expect(await everyTable(open.db)).toEqual(before);
  });

  it('lets an administrator run every row with the same input, each writing its audit event', async () => {
    for (const { name, command, input } of COMMANDS) {
      const before = await everyTable(open.db);
      const result = await command(open.db, people.admin, input(seeded));
      expect({ name, result }).toMatchObject({ name, result: { ok: true } });
      const audit = (tables: Record<string, unknown>[]) => tables.find((t) => t.name === 'audit_events')!.rows as number;
      expect(audit(await everyTable(open.db)), name).toBeGreaterThan(audit(before));
    }
  }, 60_000);
});
