// A rated month: the same ratings as rating each measure's own entries directly, the scopes
// (whose measures, which months' figures), and a number of queries that does not grow with the
// number of measures. October 2020 against the pack itself: db/seed/reference-pack-ratings.test.ts.
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directionOfTravel, rateMeasureForMonth } from '../../lib/rating';
import type { Database, OpenDatabase } from '../client';
import { annualTargets, entries, measures, periods, users } from '../schema';
import { copyMeasures } from '../seed/copy-measures';
import { seedReferencePack } from '../seed/reference-pack';
import { openCountingDatabase, openMigrated, testEngines } from '../testing';
import { loadEntryContext } from './entries';
import { findPeriodByMonth } from './periods';
import { loadRatedMonth, ratedMonthScope, type RatedMonthScope } from './rated-month';

const MONTHS = ['2020-04-01', '2020-05-01', '2020-06-01', '2020-07-01', '2020-08-01', '2020-09-01', '2020-10-01', '2020-11-01'];

const period = async (db: Database, month: string) => (await findPeriodByMonth(db, month))!;

/** Every entry with its month and its period's state, read plainly: what the ratings should come from. */
const allEntries = (db: Database) =>
  db
    .select({
      measureId: entries.measureId,
      month: periods.month,
      state: periods.state,
      value: entries.value,
      ytdValue: entries.ytdValue,
      availability: entries.availability,
      judgedRating: entries.judgedRating,
      judgedJustification: entries.judgedJustification,
    })
    .from(entries)
    .innerJoin(periods, eq(periods.id, entries.periodId));

describe('a rated month in a fixed number of queries', () => {
  it('makes as many queries for 320 measures as for 32, and rates the copies as their originals', async () => {
    const { db, counter, close } = await openCountingDatabase();
    try {
      await seedReferencePack(db);
      const october = await period(db, '2020-10-01');
      const november = await period(db, '2020-11-01');
      const [{ ownerId }] = (await db.select({ ownerId: measures.ownerId }).from(measures).where(eq(measures.ref, 'KPI1'))) as [
        { ownerId: string },
      ];
      const count = async (work: () => Promise<unknown>) => {
        counter.count = 0;
        await work();
        return counter.count;
      };
      const queries = async () => ({
        everyMeasure: await count(() => loadRatedMonth(db, october)),
        publishedOnly: await count(() => loadRatedMonth(db, october, { publishedOnly: true })),
        oneOwner: await count(() => loadRatedMonth(db, november, { ownerId })),
        retiredToo: await count(() => loadRatedMonth(db, october, { includeRetired: true })),
        entryContext: await count(() => loadEntryContext(db, 'KPI2', '2020-10-01')),
      });

      const states = () => db.select({ month: periods.month, state: periods.state }).from(periods).orderBy(asc(periods.month));
      const statesBefore = await states();
      const at32 = await queries();
      expect(await db.$count(measures)).toBe(32);

      await copyMeasures(db, 10);
      expect(await db.$count(measures)).toBe(320);
      expect(await states()).toEqual(statesBefore);

      const at320 = await queries();
      expect(at320).toEqual(at32);
      expect(Math.max(...Object.values(at32))).toBeLessThanOrEqual(2);

      const rated = await loadRatedMonth(db, october);
      expect(rated).toHaveLength(320);
      const byRef = new Map(rated.map((r) => [r.measure.ref, r]));
      for (const row of rated.filter((r) => r.measure.ref.includes('-'))) {
        const original = byRef.get(row.measure.ref.split('-')[0]!)!;
        expect({ ref: row.measure.ref, rating: row.rating, history: row.history.length }).toEqual({
          ref: row.measure.ref,
          rating: original.rating,
          history: original.history.length,
        });
      }
    } finally {
      await close();
    }
  });
});

describe.each(testEngines())('a rated month on $name', (engine) => {
  let open: OpenDatabase;
  let db: Database;
  let plain: Awaited<ReturnType<typeof allEntries>>;

  beforeAll(async () => {
    open = await openMigrated(engine);
    db = open.db;
    await seedReferencePack(db);
    // The reference pack names no owners and drafts nothing for November: two leads share the
    // measures, and one November figure is drafted.
    const leads = await db
      .insert(users)
      .values([
        { email: 'lead.one@example.test', name: 'Lead One' },
        { email: 'lead.two@example.test', name: 'Lead Two' },
      ])
      .returning({ id: users.id });
    await db.update(measures).set({ ownerId: leads[0]!.id }).where(eq(measures.group, 'kpi'));
    await db.update(measures).set({ ownerId: leads[1]!.id }).where(eq(measures.group, 'supporting'));
    const [kpi1] = await db.select().from(measures).where(eq(measures.ref, 'KPI1'));
    await db.insert(entries).values({
      measureId: kpi1!.id,
      periodId: (await period(db, '2020-11-01')).id,
      value: '70.0',
      ytdValue: '70.0',
      updatedById: leads[0]!.id,
    });
    plain = await allEntries(db);
  });
  afterAll(async () => {
    await open?.close();
  });

  /** Each active measure in the scope rated from its own entries, read without the rated month. */
  async function expectedRatings(month: string, keep: (e: (typeof plain)[number]) => boolean, ownerId?: string) {
    const active = await db
      .select()
      .from(measures)
      .where(and(eq(measures.active, true), ownerId ? eq(measures.ownerId, ownerId) : undefined))
      .orderBy(asc(measures.displayOrder), asc(measures.ref));
    const targets = await db.select().from(annualTargets).where(eq(annualTargets.financialYear, 2020));
    return active.map((m) => {
      const target = targets.find((t) => t.measureId === m.id) ?? null;
      return [m.ref, rateMeasureForMonth(m, target, month, plain.filter((e) => e.measureId === m.id && keep(e)))] as const;
    });
  }

  it('rates every measure in every month as its own entries do', async () => {
    for (const month of MONTHS) {
      const rated = await loadRatedMonth(db, await period(db, month));
      expect(rated.map((r) => [r.measure.ref, r.rating] as const)).toEqual(await expectedRatings(month, () => true));
    }
  });

  it("carries the month's entry with who saved it, and the measure's history up to the month", async () => {
    const october = await period(db, '2020-10-01');
    const rated = await loadRatedMonth(db, october);
    const kpi4 = rated.find((r) => r.measure.ref === 'KPI4')!;
    const [saved] = await db
      .select({ entry: entries, updatedByName: users.name })
      .from(entries)
      .leftJoin(users, eq(users.id, entries.updatedById))
      .where(and(eq(entries.measureId, kpi4.measure.id), eq(entries.periodId, october.id)));
    expect(kpi4.entry).toMatchObject({
      id: saved!.entry.id,
      value: saved!.entry.value,
      ytdValue: saved!.entry.ytdValue,
      commentary: saved!.entry.commentary,
      status: saved!.entry.status,
      version: saved!.entry.version,
      updatedByName: saved!.updatedByName,
      returnNote: null,
    });
    expect(kpi4.target.target).not.toBeNull();
    expect(kpi4.history.map((h) => h.month)).toEqual(
      plain.filter((e) => e.measureId === kpi4.measure.id && e.month <= '2020-10-01').map((e) => e.month).sort(),
    );
    expect(kpi4.history.at(-1)?.month).toBe('2020-10-01');
  });

  it('gives the direction of travel against last month and the same month last year', async () => {
    const rated = await loadRatedMonth(db, await period(db, '2020-10-01'));
    const figure = (measureId: number, month: string) => {
      const e = plain.find((p) => p.measureId === measureId && p.month === month);
      return e?.availability === 'available' ? e.value : null;
    };
    for (const { measure, direction } of rated) {
      expect(direction.sinceLastMonth).toBe(
        directionOfTravel({ current: figure(measure.id, '2020-10-01'), previous: figure(measure.id, '2020-09-01'), ...measure }),
      );
      // Against October 2019, from the seed's illustrative history (db/seed/history-2019.ts).
      expect(direction.sinceLastYear).toBe(
        directionOfTravel({ current: figure(measure.id, '2020-10-01'), previous: figure(measure.id, '2019-10-01'), ...measure }),
      );
    }
    expect(rated.some((r) => r.direction.sinceLastMonth !== null)).toBe(true);
    expect(rated.find((r) => r.measure.ref === 'KPI5')?.direction.sinceLastYear).toBe('improved'); // 10.8% from 12.9%, lower is better
  });

  it('rates from published months only for people who may not see drafts', async () => {
    const october = await period(db, '2020-10-01');
    const viewer = await loadRatedMonth(db, october, ratedMonthScope({ id: 'anyone', roles: ['viewer'] }, 'all'));
    const staff = await loadRatedMonth(db, october, ratedMonthScope({ id: 'anyone', roles: ['executive'] }, 'all'));
    const published = (e: (typeof plain)[number]) => e.state === 'published';
    expect(viewer.map((r) => [r.measure.ref, r.rating] as const)).toEqual(await expectedRatings('2020-10-01', published));
    expect(viewer.flatMap((r) => r.history.map((h) => h.month))).toSatisfy((months: string[]) =>
      months.every((m) => m === '2020-07-01' || m === '2020-10-01'),
    );
    // KPI2 is rated on the quarter to September, approved but not published.
    expect(viewer.find((r) => r.measure.ref === 'KPI2')!.rating.rating).toBe('blue');
    expect(staff.find((r) => r.measure.ref === 'KPI2')!.rating.rating).toBe('green');

    const november = await loadRatedMonth(db, await period(db, '2020-11-01'), { publishedOnly: true });
    expect(november.length).toBe(32);
    expect(november.filter((r) => r.entry !== null || r.history.some((h) => h.month === '2020-11-01'))).toEqual([]);
    const drafted = await loadRatedMonth(db, await period(db, '2020-11-01'));
    expect(drafted.filter((r) => r.entry !== null).map((r) => [r.measure.ref, r.entry!.value, r.entry!.updatedByName])).toEqual([
      ['KPI1', '70.0', 'Lead One'],
    ]);
  });

  it("lists one owner's measures for that owner's scope", async () => {
    const [kpi1] = await db.select().from(measures).where(eq(measures.ref, 'KPI1'));
    const ownerId = kpi1!.ownerId!;
    const scope: RatedMonthScope = ratedMonthScope({ id: ownerId, roles: ['lead'] }, 'own');
    expect(scope).toEqual({ ownerId, publishedOnly: false });
    const rated = await loadRatedMonth(db, await period(db, '2020-10-01'), scope);
    expect(rated.map((r) => r.measure.ref)).toEqual(['KPI1', 'KPI2', 'KPI3', 'KPI4', 'KPI5', 'KPI6']);
    expect(rated.every((r) => r.measure.ownerName === 'Lead One')).toBe(true);
    expect(rated.every((r) => r.measure.ownerId === ownerId)).toBe(true);
    expect(rated.map((r) => [r.measure.ref, r.rating] as const)).toEqual(await expectedRatings('2020-10-01', () => true, ownerId));
    expect(rated.every((r) => r.history.every((h) => h.measureId === r.measure.id))).toBe(true);
  });

  it('leaves retired measures out unless asked for them', async () => {
    const october = await period(db, '2020-10-01');
    await db.update(measures).set({ active: false }).where(eq(measures.ref, 'SM1'));
    try {
      const refs = (rows: { measure: { ref: string } }[]) => rows.map((r) => r.measure.ref);
      expect(refs(await loadRatedMonth(db, october))).not.toContain('SM1');
      const withRetired = await loadRatedMonth(db, october, { includeRetired: true });
      expect(withRetired).toHaveLength(32);
      expect(withRetired.find((r) => r.measure.ref === 'SM1')?.measure.active).toBe(false);
    } finally {
      await db.update(measures).set({ active: true }).where(eq(measures.ref, 'SM1'));
    }
  });
});
