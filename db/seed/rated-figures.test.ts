// On the seeded year (April to October as the pack has it, November's demo drafts), every figure
// printed beside a rating gives that rating again through the threshold rule, and is the figure
// the measure's basis rates: the year to date, the quarter, the three-month mean or the month's own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rateValue, shownFigure, type RatedFigureKind } from '../../lib/rating';
import type { OpenDatabase } from '../client';
import { findPeriodByMonth } from '../queries/periods';
import { loadRatedMonth, type RatedMeasure } from '../queries/rated-month';
import { openMigrated, testEngines } from '../testing';
import { seedDemo } from './demo';
import { seedReferencePack } from './reference-pack';

const MONTHS = ['2020-04-01', '2020-05-01', '2020-06-01', '2020-07-01', '2020-08-01', '2020-09-01', '2020-10-01', '2020-11-01'];
const KIND: Record<RatedMeasure['measure']['basis'], RatedFigureKind> = {
  monthly: 'month', annual: 'month', ytd: 'ytd', quarterly: 'quarter', rolling3m: 'average',
};

describe.each(testEngines())('rated figures of the seeded year on $name', (engine) => {
  let open: OpenDatabase;
  const months: [string, RatedMeasure[]][] = [];

  beforeAll(async () => {
    open = await openMigrated(engine);
    await seedReferencePack(open.db);
    await seedDemo(open.db);
    for (const month of MONTHS) months.push([month, await loadRatedMonth(open.db, (await findPeriodByMonth(open.db, month))!, {})]);
  });
  afterAll(async () => {
    await open?.close();
  });

  it('prints, beside every colour the rule gives, a figure that gives the same colour', () => {
    let checked = 0;
    for (const [month, rows] of months) {
      for (const { measure, target, entry, rating } of rows) {
        const where = `${measure.ref} ${month}`;
        if (rating.judged || rating.rating === 'blue' || rating.rating === 'none') {
          expect(rating.rated, where).toBeNull();
          continue;
        }
        const rated = rating.rated!;
        expect(rated, where).not.toBeNull();
        expect(rated.kind, where).toBe(KIND[measure.basis]);
        const again = rateValue({
          value: rated.figure.replace(/%$/, ''),
          target: target.target,
          tolerance: target.toleranceEdge,
          polarity: measure.polarity,
          decimals: measure.decimals,
          unit: measure.unit,
        });
        expect(again.rating, `${where}: ${rated.figure}`).toBe(rating.rating);
        // The figure the basis names, as saved.
        if (measure.basis === 'ytd') expect(rated.figure, where).toBe(shownFigure(entry!.ytdValue, measure.decimals, measure.unit));
        if (measure.basis === 'monthly') expect(rated.figure, where).toBe(shownFigure(entry!.value, measure.decimals, measure.unit));
        checked += 1;
      }
    }
    // Most of the 32 measures are rated most months: the loop above did not pass by checking nothing.
    expect(checked).toBeGreaterThan(100);
  });

  it('shows SM4’s year-to-date figure, not its month’s, beside July’s Amber', () => {
    const july = months.find(([m]) => m === '2020-07-01')![1].find((r) => r.measure.ref === 'SM4')!;
    expect(july.rating).toMatchObject({ rating: 'amber', rated: { label: 'Year to date' } });
    expect(july.rating.rated!.figure).toBe(shownFigure(july.entry!.ytdValue, 1, 'percent'));
    expect(july.rating.rated!.figure).not.toBe(shownFigure(july.entry!.value, 1, 'percent'));
  });
});
