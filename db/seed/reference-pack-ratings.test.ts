// The rating layer, fed the seeded 2020/21 data through the same query the pages use (a rated
// month), must give the reference pack's own ratings (shared/reference/tfc-performance-report-2020-10.txt).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ratingLetter, type EntryRating } from '../../lib/rating';
import type { OpenDatabase } from '../client';
import { findPeriodByMonth } from '../queries/periods';
import { loadRatedMonth } from '../queries/rated-month';
import { openMigrated, testEngines } from '../testing';
import { seedReferencePack } from './reference-pack';
import { latestPackOf } from '../queries/packs';

/** October 2020 as the pack rates it: the KPI positions and the supporting table's RAG column. */
const OCTOBER_2020: Record<string, { rating: string; judged?: true }> = {
  KPI1: { rating: 'green' }, KPI2: { rating: 'green' }, KPI3: { rating: 'amber' },
  KPI4: { rating: 'amber' }, KPI5: { rating: 'green' }, KPI6: { rating: 'green' },
  SM1: { rating: 'none' }, SM2: { rating: 'none' }, SM3: { rating: 'none' }, SM4: { rating: 'amber' },
  SM5: { rating: 'green' }, SM6: { rating: 'green' }, SM7: { rating: 'green' }, SM8: { rating: 'blue' },
  SM9: { rating: 'blue' }, SM10: { rating: 'green' }, SM11: { rating: 'green' }, SM12: { rating: 'none' },
  SM13: { rating: 'green' }, SM14: { rating: 'none' }, SM15: { rating: 'none' },
  SM16: { rating: 'green', judged: true }, SM17: { rating: 'green' }, SM18: { rating: 'none' },
  SM19: { rating: 'green', judged: true }, SM20: { rating: 'blue', judged: true }, SM21: { rating: 'none' },
  SM22: { rating: 'blue' }, SM23: { rating: 'green' }, SM24: { rating: 'blue' }, SM25: { rating: 'green' },
  SM26: { rating: 'green' },
};

/**
 * The pack's summary grid, April to October, for every measure it rates monthly or year to date.
 * Its "-" in such a month (SM16 in June, SM25 in July) reads as B: no figure that month.
 */
const GRID_APRIL_TO_OCTOBER: Record<string, string> = {
  KPI1: 'GGGGGGG', KPI3: 'GAGGGAA', KPI4: 'GGGGGGA', KPI5: 'AAARAAG', KPI6: 'GGGGGGG',
  SM4: 'RAAAGAA', SM5: 'GGGGGGG', SM6: 'GGGGGGG', SM7: 'GGGGGGG', SM10: 'GAGAAGG', SM11: 'GGGGGGG',
  SM13: 'GGGGGAG', SM16: 'GGBGGGG', SM17: 'GAGGGGG', SM19: 'GGGGGGG', SM23: 'GGGGGGG', SM25: 'GGGBGGG',
};

const MONTHS = ['2020-04-01', '2020-05-01', '2020-06-01', '2020-07-01', '2020-08-01', '2020-09-01', '2020-10-01'];

describe.each(testEngines())('the reference pack, rated from the seed on $name', (engine) => {
  let open: OpenDatabase;
  /** Each month's ratings by measure ref. */
  const ratings = new Map<string, Map<string, EntryRating>>();
  let catalogue: { ref: string }[];
  const rate = (measure: { ref: string }, month: string) => ratings.get(month)!.get(measure.ref)!;

  beforeAll(async () => {
    open = await openMigrated(engine);
    await seedReferencePack(open.db);
    for (const month of MONTHS) {
      const rated = await loadRatedMonth(open.db, (await findPeriodByMonth(open.db, month))!, {});
      ratings.set(month, new Map(rated.map((r) => [r.measure.ref, r.rating])));
      catalogue = rated.map((r) => r.measure);
    }
  });
  afterAll(async () => {
    await open?.close();
  });

  it('rates all 32 measures in October 2020 as the pack does', () => {
    const rated = Object.fromEntries(
      catalogue.map((m) => {
        const { rating, judged } = rate(m, '2020-10-01');
        return [m.ref, judged ? { rating, judged } : { rating }];
      }),
    );
    expect(rated).toEqual(OCTOBER_2020);
  });

  it('holds the same in the published October 2020 pack: every rating, and the grid, read from its snapshot', async () => {
    const pack = await latestPackOf(open.db, (await findPeriodByMonth(open.db, '2020-10-01'))!.id);
    const snapshot = pack!.snapshot;
    expect(pack!.version).toBe(1);
    const rated = Object.fromEntries(snapshot.measures.map((m) => [m.ref, m.judged ? { rating: m.rating, judged: true } : { rating: m.rating }]));
    expect(rated).toEqual(OCTOBER_2020);
    const grid = Object.fromEntries(
      snapshot.grid.rows.filter((row) => row.ref in GRID_APRIL_TO_OCTOBER).map((row) => [row.ref, row.letters.slice(0, 7).join('')]),
    );
    expect(grid).toEqual(GRID_APRIL_TO_OCTOBER);
    // The figures as the pack prints them.
    const byRef = new Map(snapshot.measures.map((m) => [m.ref, m]));
    expect(byRef.get('KPI2')).toMatchObject({ figureText: '339', targetText: '375', toleranceText: '375.1 – 402.9' });
    expect(byRef.get('SM15')).toMatchObject({ figureText: '41 (25)', ytdText: '381 (84)' });
    expect(byRef.get('SM8')).toMatchObject({ figureText: 'n/ava', ratingLabel: 'Blue' });
  });

  it('gives the summary grid letters of the pack from April to October', () => {
    const grid = Object.fromEntries(
      catalogue
        .filter((m) => m.ref in GRID_APRIL_TO_OCTOBER)
        .map((m) => [m.ref, MONTHS.map((month) => ratingLetter(rate(m, month).rating)).join('')]),
    );
    expect(grid).toEqual(GRID_APRIL_TO_OCTOBER);
  });

  it('explains October ratings in words', () => {
    const byRef = new Map(catalogue.map((m) => [m.ref, m]));
    expect(rate(byRef.get('KPI4')!, '2020-10-01').reason).toBe(
      '94.5% is below the 95% target but within the 90% – 94.9% tolerance.',
    );
    expect(rate(byRef.get('SM4')!, '2020-10-01').reason).toBe(
      'Year to date: 24.0% is above the 23% target but within the 23.1% – 28.9% tolerance.',
    );
    expect(rate(byRef.get('KPI2')!, '2020-10-01').reason).toBe(
      'For the quarter to September 2020: 339 is below the 375 target.',
    );
    expect(rate(byRef.get('SM8')!, '2020-10-01').reason).toBe(
      'Rated once a year, in March; no figure is rated in October 2020.',
    );
  });
});
