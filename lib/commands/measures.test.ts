// The measure commands on a real database, seeded with the reference pack and the demo accounts:
// each writes its change and an audit event with before and after; only an administrator may;
// the database's checks never fire, because the schema has said what to do first.
import { asc, count, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../db/client';
import { loadRatedMonth } from '../../db/queries/rated-month';
import { auditEvents, entries, measures, periods, users } from '../../db/schema';
import { seedDemo } from '../../db/seed/demo';
import { seedReferencePack } from '../../db/seed/reference-pack';
import { openMigrated, testEngines } from '../../db/testing';
import type { Actor } from '../auth/policy';
import type { MeasureFormValues } from '../measures/measure-schema';
import * as commands from './measures';
import { DENIED_MESSAGE } from './result';

const form = (overrides: Partial<MeasureFormValues> = {}): MeasureFormValues => ({
  ref: 'SM90',
  title: 'Children seen by a dentist in the year',
  group: 'supporting',
  serviceArea: 'Children in Care',
  ownerId: '',
  unit: 'percent',
  ratePer: '',
  secondaryLabel: '',
  decimals: '1',
  polarity: 'higher',
  basis: 'monthly',
  annualMonth: '',
  basisNote: '',
  source: 'TfC',
  dataLagNote: '',
  definition: 'Children in care at the month end who saw a dentist in the twelve months before.',
  ...overrides,
});

describe.each(testEngines())('measure commands on $name', (engine) => {
  let open: OpenDatabase;
  let admin: Actor;
  let lead: Actor & { name: string };
  let otherLead: Actor;
  let viewer: Actor;
  let serial = 0;
  /** A reference no other test has used. */
  const nextRef = () => `ZZ${++serial}`;

  const account = async (email: string) => {
    const [row] = await open.db.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, email));
    return row!;
  };
  const measureByRef = async (ref: string) => (await open.db.select().from(measures).where(eq(measures.ref, ref)))[0]!;
  const lastAudit = async () => (await open.db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1))[0]!;
  const auditCount = async () => (await open.db.select({ n: count() }).from(auditEvents))[0]!.n;
  const listOrder = async () => (await open.db.select({ ref: measures.ref }).from(measures).orderBy(asc(measures.displayOrder), asc(measures.ref))).map((m) => m.ref);
  const create = async (overrides: Partial<MeasureFormValues> = {}) => {
    const result = await commands.createMeasure(open.db, admin, form({ ref: nextRef(), ...overrides }));
    if (!result.ok) throw new Error(`could not create: ${JSON.stringify(result)}`);
    return measureByRef(result.value.ref);
  };
  const edit = (measure: typeof measures.$inferSelect, overrides: Partial<MeasureFormValues>) => ({
    ...form({
      ref: measure.ref, title: measure.title, group: measure.group, serviceArea: measure.serviceArea, ownerId: measure.ownerId ?? '',
      unit: measure.unit, ratePer: measure.ratePer ? (String(measure.ratePer) as '10000') : '', secondaryLabel: measure.secondaryLabel ?? '',
      decimals: String(measure.decimals), polarity: measure.polarity, basis: measure.basis, annualMonth: measure.annualMonth ? String(measure.annualMonth) : '',
      basisNote: measure.basisNote ?? '', source: measure.source, dataLagNote: measure.dataLagNote ?? '', definition: measure.definition ?? '',
    }),
    ...overrides,
    measureId: String(measure.id),
    version: String(commands.measureVersion(measure)),
  });

  beforeAll(async () => {
    open = await openMigrated(engine);
    await seedReferencePack(open.db);
    await seedDemo(open.db);
    admin = { id: (await account('admin@tfc.example')).id, roles: ['admin'] };
    const sam = await account('lead.socialcare@tfc.example');
    lead = { id: sam.id, name: sam.name, roles: ['lead'] };
    otherLead = { id: (await account('lead.earlyhelp@tfc.example')).id, roles: ['lead'] };
    viewer = { id: (await account('committee@sunderland.example')).id, roles: ['viewer'] };
  }, 60_000);
  afterAll(async () => open?.close());

  it('adds a measure last in the list, with an audit event of what it holds', async () => {
    const ref = nextRef();
    const result = await commands.createMeasure(open.db, admin, form({ ref: ref.toLowerCase(), ownerId: lead.id, unit: 'rate', ratePer: '10000', decimals: '2' }));
    expect(result).toMatchObject({ ok: true, value: { ref, title: 'Children seen by a dentist in the year' } });
    const order = await listOrder();
    expect(order.at(-1)).toBe(ref);
    const saved = await measureByRef(ref);
    expect(saved).toMatchObject({ ownerId: lead.id, unit: 'rate', ratePer: 10000, decimals: 2, active: true, secondaryLabel: null, annualMonth: null });
    const event = await lastAudit();
    expect(event).toMatchObject({ action: 'measure.create', actorId: admin.id, subjectType: 'measure', subjectId: ref, before: null });
    expect(event.after).toMatchObject({ ref, ownerId: lead.id, unit: 'rate', ratePer: 10000, active: true, displayOrder: saved.displayOrder });
  });

  it('refuses a reference already taken, and an owner who is not an active lead, in words on the field', async () => {
    expect(await commands.createMeasure(open.db, admin, form({ ref: 'KPI3' }))).toEqual({
      ok: false, kind: 'invalid', fieldErrors: { ref: 'KPI3 is already the reference of another measure: choose a different reference' },
    });
    const notALead = await commands.createMeasure(open.db, admin, form({ ref: nextRef(), ownerId: viewer.id }));
    expect(notALead).toMatchObject({ ok: false, kind: 'invalid', fieldErrors: { ownerId: expect.stringMatching(/^Choose someone who is an active lead now/) } });
  });

  it('refuses everyone but an administrator, and writes nothing', async () => {
    const before = await auditCount();
    const some = await create();
    const after = await auditCount();
    for (const actor of [null, lead, viewer, { id: lead.id, roles: ['executive'] } as Actor]) {
      expect(await commands.createMeasure(open.db, actor, form({ ref: nextRef() }))).toEqual({ ok: false, kind: 'denied', message: DENIED_MESSAGE });
      expect(await commands.updateMeasure(open.db, actor, edit(some, { title: 'No' }))).toEqual({ ok: false, kind: 'denied', message: DENIED_MESSAGE });
      expect(await commands.moveMeasure(open.db, actor, { measureId: some.id, direction: 'up' })).toEqual({ ok: false, kind: 'denied', message: DENIED_MESSAGE });
      expect(await commands.deactivateMeasure(open.db, actor, { measureId: some.id })).toEqual({ ok: false, kind: 'denied', message: DENIED_MESSAGE });
      expect(await commands.reactivateMeasure(open.db, actor, { measureId: some.id })).toEqual({ ok: false, kind: 'denied', message: DENIED_MESSAGE });
    }
    expect(after).toBe(before + 1);
    expect(await auditCount()).toBe(after);
  });

  it('edits a measure: the audit event holds what changed, before and after', async () => {
    const measure = await create({ ownerId: lead.id });
    const result = await commands.updateMeasure(open.db, admin, edit(measure, { ownerId: otherLead.id, title: 'Children seen by a dentist', decimals: '0' }));
    expect(result).toMatchObject({ ok: true, value: { ref: measure.ref, changed: ['title', 'ownerId', 'decimals'] } });
    expect(await measureByRef(measure.ref)).toMatchObject({ ownerId: otherLead.id, title: 'Children seen by a dentist', decimals: 0 });
    expect(await lastAudit()).toMatchObject({
      action: 'measure.update', subjectId: measure.ref,
      before: { title: 'Children seen by a dentist in the year', ownerId: lead.id, decimals: 1 },
      after: { title: 'Children seen by a dentist', ownerId: otherLead.id, decimals: 0 },
    });
  });

  it('refuses a save over someone else’s, and saves nothing when nothing changed', async () => {
    const measure = await create();
    const first = await commands.updateMeasure(open.db, admin, edit(measure, { title: 'First' }));
    expect(first.ok).toBe(true);
    const stale = await commands.updateMeasure(open.db, admin, edit(measure, { title: 'Second' }));
    expect(stale).toMatchObject({ ok: false, kind: 'state', message: expect.stringMatching(/^Someone else changed .* after you opened it/) });
    expect((await measureByRef(measure.ref)).title).toBe('First');
    const before = await auditCount();
    const unchanged = await commands.updateMeasure(open.db, admin, edit(await measureByRef(measure.ref), {}));
    expect(unchanged).toMatchObject({ ok: true, value: { changed: [] } });
    expect(await auditCount()).toBe(before);
  });

  it('changes a new measure’s reference, but never one with figures or in a published pack', async () => {
    const measure = await create();
    const renamed = nextRef();
    expect(await commands.updateMeasure(open.db, admin, edit(measure, { ref: renamed }))).toMatchObject({ ok: true, value: { ref: renamed, previousRef: measure.ref } });
    expect(await commands.updateMeasure(open.db, admin, edit(await measureByRef('KPI3'), { ref: 'KPI99' }))).toEqual({
      ok: false, kind: 'invalid',
      fieldErrors: { ref: 'Keep the reference KPI3: it cannot change once the measure has figures or appears in a published pack' },
    });
    expect(await commands.updateMeasure(open.db, admin, edit(await measureByRef(renamed), { ref: 'KPI4' }))).toMatchObject({ ok: false, kind: 'invalid', fieldErrors: { ref: expect.stringMatching(/^KPI4 is already/) } });
  });

  it('moves a measure up and down by swapping it with its neighbour', async () => {
    const start = await listOrder();
    const i = start.indexOf('KPI4');
    const kpi4 = await measureByRef('KPI4');
    expect(await commands.moveMeasure(open.db, admin, { measureId: String(kpi4.id), direction: 'up' })).toMatchObject({ ok: true, value: { ref: 'KPI4', position: i } });
    const moved = await listOrder();
    expect(moved.slice(i - 1, i + 1)).toEqual(['KPI4', start[i - 1]]);
    expect(moved.filter((ref) => ref !== 'KPI4')).toEqual(start.filter((ref) => ref !== 'KPI4'));
    expect(await lastAudit()).toMatchObject({
      action: 'measure.move', subjectId: 'KPI4', before: { position: i + 1 }, after: { position: i }, detail: { swappedWith: start[i - 1] },
    });
    expect((await commands.moveMeasure(open.db, admin, { measureId: kpi4.id, direction: 'down' })).ok).toBe(true);
    expect(await listOrder()).toEqual(start);

    const first = await measureByRef(start[0]!);
    expect(await commands.moveMeasure(open.db, admin, { measureId: first.id, direction: 'up' })).toEqual({
      ok: false, kind: 'state', message: `${start[0]} is already first in the list, so it cannot move up.`,
    });
    expect(await commands.moveMeasure(open.db, admin, { measureId: 999999, direction: 'up' })).toMatchObject({ ok: false, kind: 'not_found' });
  });

  it('deactivates a measure: its figures stay, and it drops off a month’s list until reactivated', async () => {
    const sm4 = await measureByRef('SM4');
    const [november] = await open.db.select({ id: periods.id, month: periods.month }).from(periods).where(eq(periods.month, '2020-11-01'));
    const entriesOf = async () => (await open.db.select({ n: count() }).from(entries).where(eq(entries.measureId, sm4.id)))[0]!.n;
    const figures = await entriesOf();
    expect(figures).toBeGreaterThan(0);
    expect((await loadRatedMonth(open.db, november!)).map((m) => m.measure.ref)).toContain('SM4');

    expect(await commands.deactivateMeasure(open.db, admin, { measureId: sm4.id })).toEqual({
      ok: false, kind: 'invalid', fieldErrors: { confirm: 'Tick the box to confirm that the measure should be deactivated' },
    });
    expect(await commands.deactivateMeasure(open.db, admin, { measureId: sm4.id, confirm: 'yes' })).toEqual({ ok: true, value: { ref: 'SM4' } });
    expect(await lastAudit()).toMatchObject({ action: 'measure.deactivate', subjectId: 'SM4', before: { active: true }, after: { active: false } });
    expect(await entriesOf()).toBe(figures);
    expect((await loadRatedMonth(open.db, november!)).map((m) => m.measure.ref)).not.toContain('SM4');
    expect((await loadRatedMonth(open.db, november!, { includeRetired: true })).map((m) => m.measure.ref)).toContain('SM4');
    expect(await commands.deactivateMeasure(open.db, admin, { measureId: sm4.id, confirm: 'yes' })).toMatchObject({ ok: false, kind: 'state', message: 'SM4 is already inactive. Reload the page to see where it stands.' });

    expect(await commands.reactivateMeasure(open.db, admin, { measureId: sm4.id })).toEqual({ ok: true, value: { ref: 'SM4' } });
    expect(await lastAudit()).toMatchObject({ action: 'measure.reactivate', before: { active: false }, after: { active: true } });
    expect((await loadRatedMonth(open.db, november!)).map((m) => m.measure.ref)).toContain('SM4');
  });

  it('never reaches a database check: every combination of unit, rate, second count, basis, month and decimals is saved or refused in words', async () => {
    let saved = 0;
    for (const unit of ['percent', 'rate', 'count'] as const)
      for (const ratePer of ['', '10000', '100000'] as const)
        for (const secondaryLabel of ['', 'children'])
          for (const basis of ['monthly', 'annual'] as const)
            for (const annualMonth of ['', '4'])
              for (const decimals of ['0', '4', '5']) {
                const values = form({ ref: nextRef(), unit, ratePer, secondaryLabel, basis, annualMonth, decimals });
                const result = await commands.createMeasure(open.db, admin, values);
                const allowed = (unit === 'rate') === (ratePer !== '') && (secondaryLabel === '' || unit === 'count') && (basis === 'annual') === (annualMonth !== '') && decimals !== '5';
                expect(result.ok, JSON.stringify(values)).toBe(allowed);
                if (!result.ok) expect(result.kind).toBe('invalid');
                else saved++;
              }
    // Percentages: 2 bases × 2 decimals; rates: 2 rates × 2 × 2; counts: 2 labels × 2 × 2.
    expect(saved).toBe(20);
  }, 120_000);
});
