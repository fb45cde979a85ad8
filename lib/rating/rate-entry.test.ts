import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  directionOfTravel,
  judgementAllowed,
  needsCommentary,
  rateEntry,
  rateMeasureForMonth,
  type EntryFigures,
  type MeasureRules,
  type Rating,
  type RatingBasis,
  type TargetRules,
} from './index';

const measure = (basis: RatingBasis, over: Partial<MeasureRules> = {}): MeasureRules => ({
  unit: 'percent', decimals: 1, polarity: 'higher', basis, ...over,
});
const KPI1: TargetRules = { target: '65', toleranceEdge: '62' };
const entry = (month: string, value: string | null, over: Partial<EntryFigures> = {}): EntryFigures => ({
  month, value, availability: 'available', ...over,
});
/** The rating for `month` from all the measure's entries. */
const rateIn = (m: MeasureRules, month: string, entries: EntryFigures[], target: TargetRules = KPI1) =>
  rateMeasureForMonth(m, target, month, entries);

describe('monthly', () => {
  const monthly = measure('monthly');
  it.each([
    ['89.1', 'green', '89.1% is above the 65% target.', '89.1%'],
    ['65', 'green', '65.0% meets the 65% target.', '65.0%'],
    ['63', 'amber', '63.0% is below the 65% target but within the 62% – 64.9% tolerance.', '63.0%'],
    ['50', 'red', '50.0% is below the 65% target and outside the 62% – 64.9% tolerance.', '50.0%'],
  ] as const)('rates the month value %s as %s', (value, rating, reason, figure) => {
    const result = rateEntry({ measure: monthly, target: KPI1, month: '2020-10', entry: entry('2020-10', value, { ytdValue: '99' }) });
    expect(result).toEqual({ rating, reason, judged: false, rated: { figure, label: 'October 2020', kind: 'month' } });
  });

  it.each([
    [null, 'No figure has been entered for October 2020.'],
    [entry('2020-10', null), 'No figure has been entered for October 2020.'],
    [entry('2020-10', '70', { availability: 'not_available' }), 'No figure is available for October 2020.'],
    [entry('2020-10', '70', { availability: 'not_applicable' }), 'The measure does not apply in October 2020.'],
    [entry('2020-10', '70', { availability: 'not_due' }), 'No figure is due for October 2020.'],
  ])('is blue when the figure is missing or not available (%o)', (e, reason) => {
    expect(rateEntry({ measure: monthly, target: KPI1, month: '2020-10-01', entry: e })).toEqual({ rating: 'blue', reason, judged: false, rated: null });
  });

  it('is blue for a month it cannot read', () => {
    expect(rateEntry({ measure: monthly, target: KPI1, month: 'October', entry: entry('October', '70') }).rating).toBe('blue');
  });
});

describe('ytd', () => {
  const ytd = measure('ytd');
  it('rates the year-to-date value, not the month value', () => {
    expect(rateEntry({ measure: ytd, target: KPI1, month: '2020-10', entry: entry('2020-10', '50', { ytdValue: '89.1' }) }))
      .toEqual({ rating: 'green', reason: 'Year to date: 89.1% is above the 65% target.', judged: false, rated: { figure: '89.1%', label: 'Year to date', kind: 'ytd' } });
    expect(rateEntry({ measure: ytd, target: KPI1, month: '2020-10', entry: entry('2020-10', '89', { ytdValue: '63' }) }).rating)
      .toBe('amber');
  });

  it('is blue without a year-to-date figure, or when the entry is not available', () => {
    expect(rateEntry({ measure: ytd, target: KPI1, month: '2020-10', entry: entry('2020-10', '89') }))
      .toEqual({ rating: 'blue', reason: 'No year-to-date figure has been entered for October 2020.', judged: false, rated: null });
    expect(rateEntry({ measure: ytd, target: KPI1, month: '2020-10', entry: null }).rating).toBe('blue');
    expect(rateEntry({
      measure: ytd, target: KPI1, month: '2020-10', entry: entry('2020-10', null, { ytdValue: '89', availability: 'not_due' }),
    })).toEqual({ rating: 'blue', reason: 'No figure is due for October 2020.', judged: false, rated: null });
  });
});

describe('quarterly', () => {
  const quarterly = measure('quarterly');
  const year = [
    entry('2020-06', '70'), entry('2020-07', '10'), entry('2020-09', '63'), entry('2020-12', '50'), entry('2021-03', '66'),
  ];
  it.each([
    ['2020-04', 'blue'], ['2020-05', 'blue'],
    ['2020-06', 'green'], ['2020-07', 'green'], ['2020-08', 'green'],
    ['2020-09', 'amber'], ['2020-10', 'amber'], ['2020-11', 'amber'],
    ['2020-12', 'red'], ['2021-01', 'red'], ['2021-02', 'red'],
    ['2021-03', 'green'],
    ['2021-04', 'blue'], ['2021-05', 'blue'],
  ] as const)('%s is %s', (month, rating) => {
    expect(rateIn(quarterly, month, year).rating).toBe(rating);
  });

  it('says which quarter it rated, and that no quarter has ended in April and May', () => {
    expect(rateIn(quarterly, '2020-08', year).reason).toBe('For the quarter to June 2020: 70.0% is above the 65% target.');
    expect(rateIn(quarterly, '2021-02', year).reason).toMatch(/^For the quarter to December 2020: 50\.0% is below/);
    expect(rateIn(quarterly, '2020-05', year).reason).toBe('No quarter of the year has ended by May 2020.');
  });

  it('is blue when the latest quarter value is missing, without falling back to an earlier quarter', () => {
    const noSeptember = year.filter((e) => e.month !== '2020-09');
    for (const month of ['2020-09', '2020-10', '2020-11']) {
      expect(rateIn(quarterly, month, noSeptember)).toEqual({
        rating: 'blue', reason: 'No figure has been entered for the quarter to September 2020.', judged: false, rated: null,
      });
    }
    const notAvailable = year.map((e) => (e.month === '2020-09' ? { ...e, availability: 'not_available' as const } : e));
    expect(rateIn(quarterly, '2020-10', notAvailable).reason).toBe('No figure is available for the quarter to September 2020.');
  });
});

describe('annual', () => {
  it.each([
    [undefined, '2021-03', 'green'], [undefined, '2020-10', 'blue'], [undefined, '2020-06', 'blue'],
    [9, '2020-09', 'green'], [9, '2021-03', 'blue'],
  ] as const)('annualMonth %s: %s is %s', (annualMonth, month, rating) => {
    const result = rateEntry({ measure: measure('annual', { annualMonth }), target: KPI1, month, entry: entry(month, '70') });
    expect(result.rating).toBe(rating);
  });

  it('says when it is rated, and is blue in its month without a figure', () => {
    expect(rateEntry({ measure: measure('annual'), target: KPI1, month: '2020-10', entry: entry('2020-10', '70') }).reason)
      .toBe('Rated once a year, in March; no figure is rated in October 2020.');
    expect(rateEntry({ measure: measure('annual'), target: KPI1, month: '2021-03', entry: null }).rating).toBe('blue');
  });
});

describe('rolling3m', () => {
  // SM22: lower is better, target 6, edge 10.
  const rolling = measure('rolling3m', { polarity: 'lower' });
  const SM22: TargetRules = { target: '6', toleranceEdge: '10' };
  const three = (a: string, b: string, c: string) => [entry('2020-08', a), entry('2020-09', b), entry('2020-10', c)];

  it('rates the exact mean of the month and the two before it', () => {
    expect(rateIn(rolling, '2020-10', three('6.0', '6.5', '7'), SM22)).toEqual({
      rating: 'amber',
      reason: 'Average of August to October 2020: 6.5% is above the 6% target but within the 6.1% – 10% tolerance.',
      judged: false,
      rated: { figure: '6.5%', label: 'Average of August to October 2020', kind: 'average' },
    });
    expect(rateIn(rolling, '2020-10', three('6', '6', '6.1'), SM22).rating).toBe('green'); // 6.033… → 6.0
    expect(rateIn(rolling, '2020-10', three('6', '6.1', '6.1'), SM22).rating).toBe('amber'); // 6.066… → 6.1
    expect(rateIn(rolling, '2020-10', three('6', '6', '6.15'), SM22).rating).toBe('amber'); // 6.05 → 6.1
    expect(rateIn(rolling, '2020-10', three('0.1', '0.2', '0.3'), { target: '0.2', toleranceEdge: null }).rating).toBe('green');
    expect(rateIn(rolling, '2020-10', three('10', '10', '10.1'), SM22).rating).toBe('amber'); // 10.033… → 10.0
    expect(rateIn(rolling, '2020-10', three('10', '10.1', '10.1'), SM22).rating).toBe('red'); // 10.066… → 10.1
  });

  it('reaches back across a financial-year and a calendar-year boundary', () => {
    const across = [entry('2021-02-01', '6'), entry('2021-03-01', '6'), entry('2021-04-01', '6')];
    expect(rateIn(rolling, '2021-04', across, SM22).rating).toBe('green');
    expect(rateEntry({ measure: rolling, target: SM22, month: '2021-04', entry: across[2], earlier: across.slice(0, 2) }).rating)
      .toBe('green');
    const newYear = [entry('2020-11', '12'), entry('2020-12', '12'), entry('2021-01', '12')];
    expect(rateIn(rolling, '2021-01', newYear, SM22).reason).toBe(
      'Average of November 2020 to January 2021: 12.0% is above the 6% target and outside the 6.1% – 10% tolerance.',
    );
  });

  it('is blue if any of the three is missing or not available, and ignores later months', () => {
    const full = three('6', '6', '6');
    expect(rateIn(rolling, '2020-10', full.filter((e) => e.month !== '2020-09'), SM22)).toEqual({
      rating: 'blue',
      reason: 'The three-month average needs a figure for each of August to October 2020; September 2020 has none.',
      judged: false,
      rated: null,
    });
    expect(rateIn(rolling, '2020-10', full.slice(1), SM22).rating).toBe('blue');
    expect(rateIn(rolling, '2020-10', full.slice(0, 2), SM22).rating).toBe('blue');
    const notAvailable = full.map((e) => (e.month === '2020-08' ? { ...e, availability: 'not_due' as const } : e));
    expect(rateIn(rolling, '2020-10', notAvailable, SM22).rating).toBe('blue');
    expect(rateIn(rolling, '2020-10', [...full, entry('2020-11', '99')], SM22).rating).toBe('green');
  });
});

describe('no target, or no polarity', () => {
  const bases: RatingBasis[] = ['monthly', 'ytd', 'quarterly', 'annual', 'rolling3m'];
  const noTargets: TargetRules[] = [null, undefined, { target: null, toleranceEdge: '62' }, { target: '', toleranceEdge: null }];
  it.each(bases)('%s gives none without a target', (basis) => {
    const e = entry('2021-03', '70', { ytdValue: '70' });
    for (const target of noTargets) {
      expect(rateEntry({ measure: measure(basis), target, month: '2021-03', entry: e }))
        .toEqual({ rating: 'none', reason: 'No target is set, so this measure is not rated.', judged: false, rated: null });
    }
    expect(rateEntry({ measure: measure(basis, { polarity: 'none' }), target: KPI1, month: '2021-03', entry: e }).rating).toBe('none');
  });
});

describe('judged ratings', () => {
  const monthly = measure('monthly');
  const judge = (judgedRating: EntryFigures['judgedRating'], judgedJustification: string | null, value: string | null = null,
    over: Partial<EntryFigures> = {}) => entry('2020-10', value, { judgedRating, judgedJustification, ...over });

  it('stands where the rule gives blue, and is marked as judged', () => {
    // SM16: monthly value n/a, rated Green on its year-to-date figure.
    const e = judge('green', ' Rated on the YTD figure of 100%. ', null, { availability: 'not_applicable' });
    expect(rateEntry({ measure: monthly, target: KPI1, month: '2020-10', entry: e }))
      .toEqual({ rating: 'green', reason: 'Judged Green: Rated on the YTD figure of 100%.', judged: true, rated: null });
  });

  it('stands where the rule gives no rating (SM19 green, SM20 blue)', () => {
    expect(rateEntry({ measure: monthly, target: null, month: '2020-10', entry: judge('green', 'On track.', '12') }))
      .toEqual({ rating: 'green', reason: 'Judged Green: On track.', judged: true, rated: null });
    expect(rateEntry({ measure: monthly, target: null, month: '2020-10', entry: judge('blue', 'No data yet.') }))
      .toEqual({ rating: 'blue', reason: 'Judged Blue: No data yet.', judged: true, rated: null });
  });

  it.each([
    ['green', '50', 'red'], ['red', '70', 'green'], ['green', '63', 'amber'], ['amber', '70', 'green'],
  ] as const)('a judged %s never overrides the rule value %s (%s)', (judged, value, rating) => {
    const e = judge(judged, 'Because.', value);
    expect(rateEntry({ measure: monthly, target: KPI1, month: '2020-10', entry: e })).toMatchObject({ rating, judged: false });
    expect(judgementAllowed({ measure: monthly, target: KPI1, month: '2020-10', entry: e })).toBe(false);
  });

  it.each([null, '', '   '])('is ignored without a justification (%j)', (justification) => {
    const e = judge('green', justification);
    expect(rateEntry({ measure: monthly, target: KPI1, month: '2020-10', entry: e })).toMatchObject({ rating: 'blue', judged: false });
    expect(rateEntry({ measure: monthly, target: null, month: '2020-10', entry: e })).toMatchObject({ rating: 'none', judged: false });
  });

  it('is allowed only where the rule gives blue or none', () => {
    expect(judgementAllowed({ measure: monthly, target: KPI1, month: '2020-10', entry: judge('green', 'x') })).toBe(true);
    expect(judgementAllowed({ measure: monthly, target: null, month: '2020-10', entry: judge('green', 'x', '70') })).toBe(true);
    // A quarterly measure carries the June rating to August, so a judgement cannot stand there; in May it can.
    const quarterly = measure('quarterly');
    const entries = [entry('2020-06', '70'), judge('red', 'x', null, { month: '2020-08' }), judge('red', 'x', null, { month: '2020-05' })];
    expect(rateIn(quarterly, '2020-08', entries)).toMatchObject({ rating: 'green', judged: false });
    expect(rateIn(quarterly, '2020-05', entries)).toMatchObject({ rating: 'red', judged: true });
  });
});

describe('needsCommentary', () => {
  it.each([['red', true], ['amber', true], ['green', false], ['blue', false], ['none', false]] as const)('%s → %s', (rating, needs) => {
    expect(needsCommentary(rating as Rating)).toBe(needs);
  });
});

describe('directionOfTravel', () => {
  const dir = (current: string | null, previous: string | null, polarity: 'higher' | 'lower' | 'none', decimals = 1) =>
    directionOfTravel({ current, previous, polarity, decimals });

  it.each([
    ['70', '65', 'higher', 'improved'], ['65', '70', 'higher', 'declined'], ['65', '65.0', 'higher', 'no change'],
    ['375', '380', 'lower', 'improved'], ['380', '375', 'lower', 'declined'], ['375.00', '375', 'lower', 'no change'],
    ['-1', '0', 'higher', 'declined'], ['-1', '0', 'lower', 'improved'],
  ] as const)('%s from %s (%s) is %s', (current, previous, polarity, expected) => {
    expect(dir(current, previous, polarity)).toBe(expected);
  });

  it('compares the figures as shown, rounded to the decimals', () => {
    expect(dir('64.96', '65.04', 'higher', 1)).toBe('no change');
    expect(dir('64.96', '65.04', 'higher', 2)).toBe('declined');
    expect(dir('64.96', '65.04', 'lower', 2)).toBe('improved');
    expect(dir('0.30000000000000004', '0.3', 'higher', 1)).toBe('no change');
  });

  it.each([
    [null, '65', 'higher'], ['65', null, 'higher'], ['', '65', 'lower'], ['65', 'n/a', 'lower'], ['70', '65', 'none'],
  ] as const)('is null for %j from %j (%s)', (current, previous, polarity) => {
    expect(dir(current, previous, polarity)).toBeNull();
  });

  it('property: swapping the figures swaps improved and declined', () => {
    const figure = fc.integer({ min: -10000, max: 10000 }).map((n) => (n / 100).toFixed(2));
    fc.assert(fc.property(figure, figure, fc.constantFrom('higher' as const, 'lower' as const), fc.integer({ min: 0, max: 2 }),
      (a, b, polarity, decimals) => {
        const there = dir(a, b, polarity, decimals);
        const back = dir(b, a, polarity, decimals);
        const swapped = { improved: 'declined', declined: 'improved', 'no change': 'no change' } as const;
        expect(there).not.toBeNull();
        expect(back).toBe(swapped[there!]);
      }));
  });
});
