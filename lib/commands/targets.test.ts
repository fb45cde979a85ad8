// Setting a target and copying a year's targets forward, on a real database with the reference
// pack: what is written, what the audit log says, and that nothing is ever overwritten.
import { and, count, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../db/client';
import { listTargetsForYear, listTargetYears, loadTargetForm } from '../../db/queries/annual-targets';
import { annualTargets, auditEvents, measures, userRoles, users } from '../../db/schema';
import { seedDemo } from '../../db/seed/demo';
import { seedReferencePack } from '../../db/seed/reference-pack';
import { openMigrated, testEngines } from '../../db/testing';
import type { Actor, Role } from '../auth/policy';
import { copyTargetsForward, describeCopy, setTarget } from './targets';

async function actorOf(open: OpenDatabase, email: string): Promise<Actor> {
  const [user] = await open.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  const roles = await open.db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, user!.id));
  return { id: user!.id, roles: roles.map((r) => r.role as Role) };
}

describe.each(testEngines())('annual targets on $name', (engine) => {
  let open: OpenDatabase;
  let admin: Actor;
  let others: Record<'lead' | 'executive' | 'viewer', Actor>;

  const auditCount = async () => (await open.db.select({ n: count() }).from(auditEvents))[0]!.n;
  const lastAudit = async () => (await open.db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1))[0]!;
  const targetOf = async (ref: string, year: number) => {
    const [row] = await open.db
      .select({ target: annualTargets.target, toleranceEdge: annualTargets.toleranceEdge })
      .from(annualTargets)
      .innerJoin(measures, eq(measures.id, annualTargets.measureId))
      .where(and(eq(measures.ref, ref), eq(annualTargets.financialYear, year)));
    return row ?? null;
  };

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
  });
  afterAll(async () => open?.close());

  it.each(['anonymous', 'lead', 'executive', 'viewer'] as const)('refuses %s, writing nothing', async (who) => {
    const actor = who === 'anonymous' ? null : others[who];
    const before = await auditCount();
    expect(await setTarget(open.db, actor, { measureRef: 'KPI1', financialYear: '2020', kind: 'target', target: '70', toleranceEdge: '65' })).toMatchObject({ ok: false, kind: 'denied' });
    expect(await copyTargetsForward(open.db, actor, { fromYear: '2020' })).toMatchObject({ ok: false, kind: 'denied' });
    expect(await auditCount()).toBe(before);
    expect(await targetOf('KPI1', 2020)).toEqual({ target: '65', toleranceEdge: '62' });
    expect(await targetOf('KPI1', 2021)).toBeNull();
  });

  it("updates a year's target, with its audit event before and after", async () => {
    const result = await setTarget(open.db, admin, { measureRef: 'SM4', financialYear: '2020', kind: 'target', target: '22', toleranceEdge: '27.5' });
    expect(result).toEqual({ ok: true, value: { ref: 'SM4', financialYear: 2020, target: '22', toleranceEdge: '27.5', changed: true, shown: { target: '22%', tolerance: '22.1% – 27.5%' } } });
    expect(await targetOf('SM4', 2020)).toEqual({ target: '22', toleranceEdge: '27.5' });
    expect(await lastAudit()).toMatchObject({
      action: 'target.set', actorId: admin.id, subjectType: 'measure', subjectId: 'SM4',
      before: { target: '23', toleranceEdge: '28.9' }, after: { target: '22', toleranceEdge: '27.5' },
      detail: { measureRef: 'SM4', financialYear: '2020/21' },
    });
  });

  it('writes nothing when the target is saved unchanged', async () => {
    const before = await auditCount();
    const result = await setTarget(open.db, admin, { measureRef: 'SM4', financialYear: '2020', kind: 'target', target: '22.0', toleranceEdge: '27.50' });
    expect(result).toMatchObject({ ok: true, value: { changed: false } });
    expect(await auditCount()).toBe(before);
  });

  it("refuses a target the measure's rules refuse, with the sentence, writing nothing", async () => {
    const before = await auditCount();
    const result = await setTarget(open.db, admin, { measureRef: 'KPI2', financialYear: '2020', kind: 'target', target: '375', toleranceEdge: '350' });
    expect(result).toEqual({ ok: false, kind: 'invalid', fieldErrors: { toleranceEdge: 'For a measure where lower is better, the tolerance edge must be above the target' } });
    expect(await auditCount()).toBe(before);
    expect(await targetOf('KPI2', 2020)).toEqual({ target: '375', toleranceEdge: '402.9' });
  });

  it('says so for a measure that does not exist', async () => {
    expect(await setTarget(open.db, admin, { measureRef: 'KPI99', financialYear: '2020', kind: 'monitoring' })).toMatchObject({ ok: false, kind: 'not_found' });
  });

  it('refuses a year it cannot read', async () => {
    expect(await copyTargetsForward(open.db, admin, { fromYear: '20' })).toEqual({ ok: false, kind: 'invalid', fieldErrors: { fromYear: 'Choose a financial year' } });
  });

  it('says there is nothing to copy from a year without targets', async () => {
    expect(await copyTargetsForward(open.db, admin, { fromYear: '2030' })).toEqual({
      ok: false, kind: 'state', message: 'No targets are set for 2030/31, so there is nothing to copy.',
    });
  });

  it('copies every target forward once, then copies nothing, and never overwrites', async () => {
    // One of 2021/22's targets set by hand first: the copy leaves it as it is.
    const set = await setTarget(open.db, admin, { measureRef: 'KPI1', financialYear: '2021', kind: 'target', target: '70', toleranceEdge: '65' });
    expect(set).toMatchObject({ ok: true, value: { changed: true } });
    expect((await lastAudit()).before).toBeNull();

    const first = await copyTargetsForward(open.db, admin, { fromYear: '2020' });
    expect(first).toEqual({ ok: true, value: { fromYear: 2020, toYear: 2021, copied: 31, alreadySet: 1 } });
    expect(first.ok && describeCopy(first.value)).toBe('31 targets copied to 2021/22; 1 already set');
    expect(await lastAudit()).toMatchObject({
      action: 'targets.copy_forward', subjectType: 'financial_year', subjectId: '2021',
      detail: { from: '2020/21', to: '2021/22', copied: 31, skipped: 1 },
    });
    expect(await targetOf('KPI1', 2021)).toEqual({ target: '70', toleranceEdge: '65' });
    expect(await targetOf('SM4', 2021)).toEqual({ target: '22', toleranceEdge: '27.5' });
    // Monitoring-only measures are copied as monitoring only.
    expect(await targetOf('SM1', 2021)).toEqual({ target: null, toleranceEdge: null });

    const before = await auditCount();
    const second = await copyTargetsForward(open.db, admin, { fromYear: '2020' });
    expect(second).toEqual({ ok: true, value: { fromYear: 2020, toYear: 2021, copied: 0, alreadySet: 32 } });
    expect(await auditCount()).toBe(before);

    // 2021/22 copies on to 2022/23: all 32.
    expect(await copyTargetsForward(open.db, admin, { fromYear: '2021' })).toMatchObject({ ok: true, value: { copied: 32, alreadySet: 0 } });
  });

  it('lists the years, a year of targets, and one target with last year’s figures', async () => {
    expect((await listTargetYears(open.db)).slice(-3)).toEqual([
      { financialYear: 2021, targetsSet: 32, months: 0 },
      { financialYear: 2020, targetsSet: 32, months: 8 },
      // The seed's 2019/20, imported as history: its months, and no targets (so it is not rated).
      { financialYear: 2019, targetsSet: 0, months: 12 },
    ]);
    const year = await listTargetsForYear(open.db, 2021);
    expect(year).toHaveLength(32);
    expect(year[0]).toMatchObject({ measure: { ref: 'KPI1' }, saved: { target: '70', toleranceEdge: '65' }, nextYearSet: true });

    const form = await loadTargetForm(open.db, 'KPI1', 2021);
    expect(form?.saved).toEqual({ target: '70', toleranceEdge: '65' });
    expect(form?.previous).toEqual({ target: '65', toleranceEdge: '62' });
    expect(form?.lastYear.financialYear).toBe(2020);
    expect(form?.lastYear.months).toEqual(['2020-04', '2020-05', '2020-06', '2020-07', '2020-08', '2020-09', '2020-10', '2020-11']);
    expect(await loadTargetForm(open.db, 'KPI99', 2021)).toBeNull();
  });
});
