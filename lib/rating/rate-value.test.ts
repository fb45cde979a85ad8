import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { compareDecimals, formatFixed, parseDecimal } from '../decimal';
import { rateValue, type Polarity, type Rating, type RateValueInput, type Unit } from './index';

const RATINGS: readonly Rating[] = ['red', 'amber', 'green', 'blue', 'none'];
const RANK: Partial<Record<Rating, number>> = { red: 0, amber: 1, green: 2 };

const rating = (input: RateValueInput) => rateValue(input).rating;

type Row = [value: string, target: string, edge: string | null, polarity: Polarity, decimals: number, expected: Rating];

// Every boundary: on target, one step either side of the target and of the tolerance edge.
const boundaries: Row[] = [
  // KPI1: higher is better, target 65, edge 62, 1 dp.
  ['65', '65', '62', 'higher', 1, 'green'],
  ['65.1', '65', '62', 'higher', 1, 'green'],
  ['64.9', '65', '62', 'higher', 1, 'amber'],
  ['62.1', '65', '62', 'higher', 1, 'amber'],
  ['62', '65', '62', 'higher', 1, 'amber'],
  ['61.9', '65', '62', 'higher', 1, 'red'],
  ['0', '65', '62', 'higher', 1, 'red'],
  // Higher is better at 0 dp: one step is 1.
  ['66', '65', '62', 'higher', 0, 'green'],
  ['64', '65', '62', 'higher', 0, 'amber'],
  ['63', '65', '62', 'higher', 0, 'amber'],
  ['61', '65', '62', 'higher', 0, 'red'],
  // KPI2: lower is better, target 375, edge 402.9, 1 dp.
  ['375', '375', '402.9', 'lower', 1, 'green'],
  ['374.9', '375', '402.9', 'lower', 1, 'green'],
  ['375.1', '375', '402.9', 'lower', 1, 'amber'],
  ['402.8', '375', '402.9', 'lower', 1, 'amber'],
  ['402.9', '375', '402.9', 'lower', 1, 'amber'],
  ['403', '375', '402.9', 'lower', 1, 'red'],
  // SM11: lower is better, 16 / 20 at 2 dp; the step is 0.01.
  ['0.05', '16', '20', 'lower', 2, 'green'],
  ['16.00', '16', '20', 'lower', 2, 'green'],
  ['16.01', '16', '20', 'lower', 2, 'amber'],
  ['19.99', '16', '20', 'lower', 2, 'amber'],
  ['20', '16', '20', 'lower', 2, 'amber'],
  ['20.01', '16', '20', 'lower', 2, 'red'],
  // Zero target (SM17): target 0, edge 1, lower is better.
  ['0', '0', '1', 'lower', 1, 'green'],
  ['0.0', '0', '1', 'lower', 1, 'green'],
  ['-0.1', '0', '1', 'lower', 1, 'green'],
  ['0.1', '0', '1', 'lower', 1, 'amber'],
  ['0.9', '0', '1', 'lower', 1, 'amber'],
  ['1', '0', '1', 'lower', 1, 'amber'],
  ['1.1', '0', '1', 'lower', 1, 'red'],
  // Zero target, higher is better, edge below zero.
  ['0', '0', '-1', 'higher', 1, 'green'],
  ['-0.1', '0', '-1', 'higher', 1, 'amber'],
  ['-1', '0', '-1', 'higher', 1, 'amber'],
  ['-1.1', '0', '-1', 'higher', 1, 'red'],
  // 100% targets (SM25): target 100, edge 95, higher, at 0 and 1 dp.
  ['100', '100', '95', 'higher', 0, 'green'],
  ['99', '100', '95', 'higher', 0, 'amber'],
  ['96', '100', '95', 'higher', 0, 'amber'],
  ['95', '100', '95', 'higher', 0, 'amber'],
  ['94', '100', '95', 'higher', 0, 'red'],
  ['100', '100', '95', 'higher', 1, 'green'],
  ['99.9', '100', '95', 'higher', 1, 'amber'],
  ['95.1', '100', '95', 'higher', 1, 'amber'],
  ['95', '100', '95', 'higher', 1, 'amber'],
  ['94.9', '100', '95', 'higher', 1, 'red'],
  // Rounding to the measure's decimals decides the colour.
  ['64.95', '65', '62', 'higher', 1, 'green'],
  ['64.94', '65', '62', 'higher', 1, 'amber'],
  ['61.95', '65', '62', 'higher', 1, 'amber'],
  ['61.94', '65', '62', 'higher', 1, 'red'],
  ['99.5', '100', '95', 'higher', 0, 'green'],
  ['99.49', '100', '95', 'higher', 0, 'amber'],
  ['94.5', '100', '95', 'higher', 0, 'amber'],
  ['94.49', '100', '95', 'higher', 0, 'red'],
  ['375.04', '375', '402.9', 'lower', 1, 'green'],
  ['375.05', '375', '402.9', 'lower', 1, 'amber'],
  ['402.94', '375', '402.9', 'lower', 1, 'amber'],
  ['402.95', '375', '402.9', 'lower', 1, 'red'],
  ['0.04', '0', '1', 'lower', 1, 'green'],
  ['0.05', '0', '1', 'lower', 1, 'amber'],
  // Float noise never matters.
  ['0.30000000000000004', '0.3', null, 'higher', 1, 'green'],
  ['0.30000000000000004', '0.3', null, 'lower', 1, 'green'],
  ['0.29999999999999999', '0.3', '0.2', 'higher', 1, 'green'],
  // No tolerance edge: green or red only.
  ['65', '65', null, 'higher', 1, 'green'],
  ['64.9', '65', null, 'higher', 1, 'red'],
  ['375.1', '375', null, 'lower', 1, 'red'],
  ['64.9', '65', '', 'higher', 1, 'red'],
  ['64.9', '65', 'abc', 'higher', 1, 'red'],
  // An edge on the wrong side of the target leaves no amber band.
  ['64.9', '65', '70', 'higher', 1, 'red'],
  ['66', '65', '70', 'higher', 1, 'green'],
  ['375.1', '375', '350', 'lower', 1, 'red'],
  ['374', '375', '350', 'lower', 1, 'green'],
  // An edge equal to the target: no band either.
  ['64.9', '65', '65', 'higher', 1, 'red'],
  ['375.1', '375', '375', 'lower', 1, 'red'],
  // Thresholds written with trailing zeros or spaces.
  ['64.9', '65.00', '62.0', 'higher', 1, 'amber'],
  [' 64.9 ', ' 65 ', ' 62 ', 'higher', 1, 'amber'],
];

describe('rateValue boundaries', () => {
  it.each(boundaries)('%s vs target %s edge %s (%s, %i dp) is %s', (value, target, edge, polarity, decimals, expected) => {
    expect(rating({ value, target, tolerance: edge, polarity, decimals, unit: 'percent' })).toBe(expected);
  });
});

describe('rateValue without a figure or a target', () => {
  it.each([null, undefined, '', '   ', '\t'])('a missing value (%j) is blue', (value) => {
    const result = rateValue({ value, target: '65', tolerance: '62', polarity: 'higher', decimals: 1, unit: 'percent' });
    expect(result).toEqual({ rating: 'blue', reason: 'No figure is available to rate against the 65% target.' });
  });

  it('an unreadable value is blue, and says so', () => {
    expect(rateValue({ value: 'abc', target: '65', tolerance: '62', polarity: 'higher', decimals: 1 })).toEqual({
      rating: 'blue',
      reason: '"abc" is not a number, so it cannot be rated.',
    });
    expect(rating({ value: '1e3', target: '65', tolerance: null, polarity: 'higher', decimals: 1 })).toBe('blue');
  });

  it.each([null, undefined, '', '  ', 'n/a'])('no target (%j) is none, even with a value', (target) => {
    expect(rateValue({ value: '50', target, tolerance: '62', polarity: 'higher', decimals: 1 })).toEqual({
      rating: 'none',
      reason: 'No target is set, so this measure is not rated.',
    });
    expect(rating({ value: null, target, tolerance: null, polarity: 'lower', decimals: 1 })).toBe('none');
  });

  it("polarity 'none' is none, whatever the value", () => {
    for (const value of ['0', '65', '1000', null]) {
      expect(rating({ value, target: '65', tolerance: '62', polarity: 'none', decimals: 1 })).toBe('none');
    }
    expect(rateValue({ value: '70', target: '65', tolerance: '62', polarity: 'none', decimals: 1 }).reason).toBe(
      'Neither higher nor lower is set as better for this measure, so it is not rated.',
    );
  });

  it('keeps decimals between 0 and 10, whatever arrives', () => {
    const at = (decimals: number) => rateValue({ value: '64.96', target: '65', tolerance: '62', polarity: 'higher', decimals });
    expect(at(12).rating).toBe('amber'); // capped at 10 places: 64.96 stays below 65
    expect(at(-3).rating).toBe('green'); // 0 places: 65
    expect(at(1.7).rating).toBe('green'); // 1 place: 65.0
  });
});

describe('rateValue reasons', () => {
  const cases: [RateValueInput, Rating, string][] = [
    [{ value: '94.5', target: '95', tolerance: '90', polarity: 'higher', decimals: 1, unit: 'percent' },
      'amber', '94.5% is below the 95% target but within the 90% – 94.9% tolerance.'],
    [{ value: '64.95', target: '65', tolerance: '62', polarity: 'higher', decimals: 1, unit: 'percent' },
      'green', '65.0% meets the 65% target.'],
    [{ value: '89.1', target: '65', tolerance: '62', polarity: 'higher', decimals: 1, unit: 'percent' },
      'green', '89.1% is above the 65% target.'],
    [{ value: '61.9', target: '65', tolerance: '62', polarity: 'higher', decimals: 1, unit: 'percent' },
      'red', '61.9% is below the 65% target and outside the 62% – 64.9% tolerance.'],
    [{ value: '380', target: '375', tolerance: '402.9', polarity: 'lower', decimals: 1, unit: 'rate' },
      'amber', '380.0 is above the 375 target but within the 375.1 – 402.9 tolerance.'],
    [{ value: '339', target: '375', tolerance: '402.9', polarity: 'lower', decimals: 0, unit: 'count' },
      'green', '339 is below the 375 target.'],
    [{ value: '64.9', target: '65', tolerance: null, polarity: 'higher', decimals: 1, unit: 'percent' },
      'red', '64.9% is below the 65% target, which has no tolerance band.'],
    [{ value: '0.05', target: '16', tolerance: '20', polarity: 'lower', decimals: 2, unit: 'percent' },
      'green', '0.05% is below the 16% target.'],
    // An edge on the wrong side of the target counts as no tolerance.
    [{ value: '64.9', target: '65', tolerance: '70', polarity: 'higher', decimals: 1, unit: 'percent' },
      'red', '64.9% is below the 65% target, which has no tolerance band.'],
    [{ value: '375.1', target: '375', tolerance: '350', polarity: 'lower', decimals: 1, unit: 'rate' },
      'red', '375.1 is above the 375 target, which has no tolerance band.'],
    // An edge on the target is kept, but has no band to print.
    [{ value: '64.9', target: '65', tolerance: '65', polarity: 'higher', decimals: 1, unit: 'percent' },
      'red', '64.9% is below the 65% target, which has no tolerance band.'],
  ];
  it.each(cases)('%o', (input, expectedRating, expectedReason) => {
    expect(rateValue(input)).toEqual({ rating: expectedRating, reason: expectedReason });
  });

  it('prints the value as shown, so the printed figure and its colour agree', () => {
    const result = rateValue({ value: '0.30000000000000004', target: '0.3', tolerance: null, polarity: 'higher', decimals: 1, unit: 'percent' });
    expect(result).toEqual({ rating: 'green', reason: '0.3% meets the 0.3% target.' });
  });
});

// Decimal strings from scaled integers: units / 10^scale.
const decimalText = (maxScale: number) =>
  fc.record({ units: fc.bigInt({ min: -200000n, max: 200000n }), scale: fc.integer({ min: 0, max: maxScale }) })
    .map(({ units, scale }) => formatFixed({ units, scale }, scale));

const negate = (text: string) => (text.startsWith('-') ? text.slice(1) : `-${text}`);

describe('rateValue properties', () => {
  const thresholds = fc.tuple(decimalText(3), fc.option(decimalText(3)));
  const decimals = fc.integer({ min: 0, max: 3 });

  // For a < b (compared exactly), the rank of b's rating relative to a's, by polarity.
  const ordered = (polarity: 'higher' | 'lower') =>
    fc.property(decimalText(4), decimalText(4), thresholds, decimals, (x, y, [target, tolerance], dp) => {
      const order = compareDecimals(parseDecimal(x)!, parseDecimal(y)!);
      const [small, big] = order <= 0 ? [x, y] : [y, x];
      const rs = RANK[rating({ value: small, target, tolerance, polarity, decimals: dp })];
      const rb = RANK[rating({ value: big, target, tolerance, polarity, decimals: dp })];
      expect(rs).toBeDefined();
      expect(rb).toBeDefined();
      if (order === 0) expect(rs).toBe(rb);
      else if (polarity === 'higher') expect(rb!).toBeGreaterThanOrEqual(rs!);
      else expect(rs!).toBeGreaterThanOrEqual(rb!);
    });

  it('higher is better: a larger value never rates worse', () => {
    fc.assert(ordered('higher'));
  });

  it('lower is better: a smaller value never rates worse', () => {
    fc.assert(ordered('lower'));
  });

  it('lower is better mirrors higher is better with every figure negated', () => {
    fc.assert(fc.property(decimalText(4), thresholds, decimals, (value, [target, tolerance], dp) => {
      const higher = rating({ value, target, tolerance, polarity: 'higher', decimals: dp });
      const lower = rating({
        value: negate(value), target: negate(target), tolerance: tolerance === null ? null : negate(tolerance),
        polarity: 'lower', decimals: dp,
      });
      expect(lower).toBe(higher);
    }));
  });

  it('the value rates the same as the figure printed at the measure decimals', () => {
    fc.assert(fc.property(decimalText(5), thresholds, decimals, fc.constantFrom<Polarity>('higher', 'lower'),
      (value, [target, tolerance], dp, polarity) => {
        const printed = formatFixed(parseDecimal(value)!, dp);
        expect(rating({ value, target, tolerance, polarity, decimals: dp }))
          .toBe(rating({ value: printed, target, tolerance, polarity, decimals: dp }));
      }));
  });

  it('never throws for any strings and always gives one of the five ratings with a reason', () => {
    const text = fc.option(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), decimalText(4)), { nil: undefined });
    fc.assert(fc.property(
      text, text, fc.option(fc.string(), { nil: null }),
      fc.constantFrom<Polarity>('higher', 'lower', 'none'),
      fc.oneof(fc.integer(), fc.constantFrom(Number.NaN, Infinity, -Infinity, 1.5, 1e9)),
      fc.constantFrom<Unit | undefined>('percent', 'rate', 'count', undefined),
      (value, target, tolerance, polarity, decimals, unit) => {
        const result = rateValue({ value, target, tolerance, polarity, decimals, unit });
        expect(RATINGS).toContain(result.rating);
        expect(result.reason.trim().length).toBeGreaterThan(0);
      },
    ), { numRuns: 500 });
  });
});
