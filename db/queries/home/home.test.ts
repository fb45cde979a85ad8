// Each role's home on the seeded demo (October 2020 published, November open with five drafts),
// then as the month moves on: a lead whose figures were all imported, a month closed for review
// with an entry returned, and an account with two roles. Then the query count at 32 and 320 measures.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../lib/auth/policy';
import { importFigures } from '../../../lib/commands/import-figures';
import { closeForReview } from '../../../lib/commands/periods';
import { returnEntry } from '../../../lib/commands/review';
import { FIGURES_CSV_HEADER } from '../../../lib/import/figures-csv';
import type { PackSnapshot } from '../../../lib/packs/snapshot';
import type { OpenDatabase } from '../../client';
import { measures, periods, publishedPacks, users } from '../../schema';
import { copyMeasures } from '../../seed/copy-measures';
import { seedDemo } from '../../seed/demo';
import { seedReferencePack } from '../../seed/reference-pack';
import { openCountingDatabase, openMigrated, testEngines, actorByEmail } from '../../testing';
import { loadRatedMonth } from '../rated-month';
import { loadHome } from './index';

const JO_OWNS = ['KPI1', 'KPI2', 'SM11', 'SM12', 'SM14', 'SM15', 'SM16', 'SM22', 'SM23', 'SM24', 'SM25', 'SM26'];

describe.each(testEngines())('the home page on $name', (engine) => {
  let open: OpenDatabase;
  const people = {} as Record<'sam' | 'jo' | 'admin' | 'viewer' | 'executive', Actor>;
  const actorFor = (email: string): Promise<Actor> => actorByEmail(open.db, email);

  beforeAll(async () => {
    open = await openMigrated(engine);
    await seedReferencePack(open.db);
    await seedDemo(open.db);
    people.sam = await actorFor('lead.socialcare@tfc.example');
    people.jo = await actorFor('lead.earlyhelp@tfc.example');
    people.admin = await actorFor('admin@tfc.example');
    people.viewer = await actorFor('committee@sunderland.example');
    people.executive = await actorFor('ceo@tfc.example');
  });
  afterAll(async () => open?.close());

  it('gives each person only the parts of their roles', async () => {
    const parts = async (actor: Actor) => Object.keys(await loadHome(open.db, actor, '2020-12-01')).filter((k) => k !== 'openMonth').sort();
    expect(await parts(people.sam)).toEqual(['lead']);
    expect(await parts(people.executive)).toEqual(['executive', 'packs']);
    expect(await parts(people.admin)).toEqual(['admin']);
    expect(await parts(people.viewer)).toEqual(['packs']);
    expect(await parts({ id: people.sam.id, roles: ['lead', 'admin'] })).toEqual(['admin', 'lead']);
  });

  it("shows a lead November's drafts before what is not started, and their ratings this month and last", async () => {
    const { lead } = await loadHome(open.db, people.sam, '2020-12-01');
    expect(lead!.returned).toEqual([]);
    const month = lead!.open!;
    expect(month).toMatchObject({ month: '2020-11', label: 'November 2020', dueDate: '2020-12-10', lastMonthLabel: 'October 2020', owned: 20, submitted: 0 });
    expect(month.toDo).toHaveLength(20);
    expect(month.toDo.slice(0, 3)).toEqual([
      { ref: 'KPI3', title: expect.any(String), state: 'draft' },
      { ref: 'KPI4', title: expect.any(String), state: 'draft' },
      { ref: 'SM6', title: expect.any(String), state: 'draft' },
    ]);
    expect(new Set(month.toDo.slice(3).map((w) => w.state))).toEqual(new Set(['not_started']));

    // Last month's ratings are October's as its own month rates them.
    const october = await loadRatedMonth(open.db, (await open.db.select().from(periods).where(eq(periods.month, '2020-10-01')))[0]!, { ownerId: people.sam.id });
    const byRef = new Map(month.measures.map((m) => [m.ref, m]));
    for (const row of october) expect(byRef.get(row.measure.ref)!.before?.rating).toBe(row.rating.rating);
    expect(byRef.get('KPI3')!.now).not.toBeNull();
    expect(byRef.get('SM1')!.now).toBeNull();
    // The year so far, April to November, with the draft as its last figure.
    expect(byRef.get('KPI3')!.trend.words).toMatch(/^April [\d.]+%, .*, November 93\.2%$/);
    expect(byRef.get('KPI3')!.trend.plotted).toBe(8);
  });

  it('shows the executive the month still open, its blockers, and its latest pack', async () => {
    const { executive, packs } = await loadHome(open.db, people.executive, '2020-12-01');
    expect(executive).toMatchObject({ month: '2020-11', state: 'open', lastMonthLabel: 'October 2020', submitted: 0, expected: 32 });
    // Only the five drafts have a rating yet.
    const counted = Object.values(executive!.counts).reduce((a, b) => a + b, 0);
    expect(counted).toBe(5);
    expect(executive!.blocked).toMatch(/^The month cannot be signed off yet: 32 not submitted \(/);
    // KPI3's draft is Amber with commentary and no improvement action yet.
    expect(executive!.concerns.find((c) => c.ref === 'KPI3')).toMatchObject({ rating: 'amber', explained: 'no improvement action', submitted: false });
    for (const concern of executive!.concerns) {
      expect(['red', 'amber']).toContain(concern.rating);
      expect(concern.submitted).toBe(false);
    }
    for (const movement of executive!.movements) expect(['improved', 'declined']).toContain(movement.direction);
    expect(packs!.latest).toMatchObject({ month: '2020-10', version: 1 });
  });

  it("shows the performance team the open month by lead and by measure, and what is overdue from the day after it was due", async () => {
    const { admin } = await loadHome(open.db, people.admin, '2020-12-10');
    const month = admin!.open!;
    expect(month).toMatchObject({ month: '2020-11', expected: 32, submitted: 0, overdue: false });
    expect(month.byLead.map((l) => [l.name, l.owned, l.draft, l.notStarted])).toEqual([
      ['Sam Okafor', 20, 3, 17],
      ['Jo Barnes', 12, 2, 10],
    ]);
    expect(month.outstanding).toHaveLength(32);
    expect(month.outstanding.slice(0, 5).map((o) => o.state)).toEqual(['draft', 'draft', 'draft', 'draft', 'draft']);
    expect((await loadHome(open.db, people.admin, '2020-12-11')).admin!.open!.overdue).toBe(true);
  });

  it("shows the committee the latest pack's headline, counted from what it published, and the earlier packs", async () => {
    const { packs } = await loadHome(open.db, people.viewer, '2020-12-01');
    const [pack] = await open.db
      .select({ snapshot: publishedPacks.snapshot })
      .from(publishedPacks)
      .innerJoin(periods, eq(periods.id, publishedPacks.periodId))
      .where(eq(periods.month, '2020-10-01'));
    const snapshot = pack!.snapshot as PackSnapshot;
    const count = (rating: string) => snapshot.measures.filter((m) => m.rating === rating).length;
    expect(packs!.latest).toMatchObject({
      month: '2020-10', label: 'October 2020', version: 1, measureCount: 32,
      counts: { red: count('red'), amber: count('amber'), green: count('green'), blue: count('blue'), none: count('none') },
    });
    expect(packs!.latest!.counts.green).toBeGreaterThan(0);
    expect(packs!.latest!.kpis.map((k) => k.ref)).toEqual(['KPI1', 'KPI2', 'KPI3', 'KPI4', 'KPI5', 'KPI6']);
    const kpi1 = packs!.latest!.kpis[0]!;
    expect(kpi1.figure).toBe(snapshot.measures.find((m) => m.ref === 'KPI1')!.figureText);
    expect(kpi1.trend.words.split(', ')).toHaveLength(7);
    expect(packs!.earlier.map((p) => p.month)).toEqual(['2020-07']);
  });

  it('tells a lead whose figures are all in that nothing is left, and the team who imported them', async () => {
    const csv = [FIGURES_CSV_HEADER, ...JO_OWNS.map((ref) => `${ref},2020-11,,,,not_available,,`)].join('\n');
    expect(await importFigures(open.db, people.admin, { csv, submit: 'true' })).toMatchObject({ ok: true });
    const { lead } = await loadHome(open.db, people.jo, '2020-12-01');
    expect(lead!.open).toMatchObject({ owned: 12, submitted: 12, toDo: [] });
    const { admin } = await loadHome(open.db, people.admin, '2020-12-01');
    expect(admin!.lastImport).toMatchObject({ by: 'Priya Shah', rows: 12, submitted: true, history: false, months: ['2020-11'] });
    expect(admin!.open!.byLead.find((l) => l.name === 'Jo Barnes')).toMatchObject({ owned: 12, submitted: 12 });
  });

  it("puts an entry returned in review first on its lead's home, with the chief executive's note", async () => {
    expect(await closeForReview(open.db, people.executive, { month: '2020-11' })).toMatchObject({ ok: true });
    expect(await returnEntry(open.db, people.executive, { month: '2020-11', measureRef: 'KPI1', note: 'Please check the figure against the case list.' })).toMatchObject({ ok: true });
    const { lead, openMonth } = await loadHome(open.db, people.jo, '2020-12-01');
    expect(openMonth).toBeNull();
    expect(lead).toEqual({
      open: null,
      returned: [{ ref: 'KPI1', title: expect.any(String), month: '2020-11', label: 'November 2020', note: 'Please check the figure against the case list.' }],
    });
    const { executive } = await loadHome(open.db, people.executive, '2020-12-01');
    expect(executive).toMatchObject({ month: '2020-11', state: 'in_review' });
    expect(executive!.blocked).toContain('1 returned and not yet resubmitted (KPI1)');
  });
});

describe('the home page in a fixed number of queries', () => {
  it('makes as many queries for 320 measures as for 32, for every role', async () => {
    const { db, counter, close } = await openCountingDatabase();
    try {
      await seedReferencePack(db);
      await seedDemo(db);
      const [sam] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'lead.socialcare@tfc.example'));
      const everyRole: Actor = { id: sam!.id, roles: ['lead', 'executive', 'admin', 'viewer'] };
      const queries = async () => {
        const counts: Record<string, number> = {};
        for (const role of ['lead', 'executive', 'admin', 'viewer'] as const) {
          counter.count = 0;
          await loadHome(db, { id: sam!.id, roles: [role] }, '2020-12-11');
          counts[role] = counter.count;
        }
        counter.count = 0;
        const home = await loadHome(db, everyRole, '2020-12-11');
        counts.every = counter.count;
        return { counts, lead: home.lead!.open!.owned, admin: home.admin!.open!.expected, kpis: home.packs!.latest!.kpis.length };
      };
      const at32 = await queries();
      expect(at32).toMatchObject({ lead: 20, admin: 32, kpis: 6 });
      await copyMeasures(db, 10);
      expect(await db.$count(measures)).toBe(320);
      const at320 = await queries();
      expect(at320.counts).toEqual(at32.counts);
      expect(at320).toMatchObject({ lead: 200, admin: 320 });
      // The open month once, then each part: the lead's 3 (6 in April), the executive's 3 and the
      // latest pack's 1 (2 with the committee's headline), the team's 3.
      expect(at32.counts).toEqual({ lead: 4, executive: 5, admin: 4, viewer: 3, every: 12 });
    } finally {
      await close();
    }
  });
});
