import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  formatAvailability,
  formatFigure,
  formatFigureWithSecondary,
  formatThreshold,
  formatTolerance,
  ratingLabel,
  ratingLetter,
  rateValue,
  type Polarity,
  type Rating,
  type Unit,
} from './index';

describe('formatTolerance reproduces the bands of the reference pack', () => {
  it.each([
    ['KPI1', '65', '62', 'higher', 'percent', '62% – 64.9%'],
    ['KPI2', '375', '402.9', 'lower', 'rate', '375.1 – 402.9'],
    ['KPI3', '95', '85', 'higher', 'percent', '85% – 94.9%'],
    ['KPI5', '11', '13', 'lower', 'percent', '11.1% – 13%'],
    ['SM4', '23', '28.9', 'lower', 'percent', '23.1% – 28.9%'],
    ['SM11', '16', '20', 'lower', 'percent', '16.1% – 20%'],
    ['SM17', '0', '1', 'lower', 'percent', '0.1% – 1%'],
    ['SM22', '6', '10', 'lower', 'percent', '6.1% – 10%'],
    ['SM25', '100', '95', 'higher', 'percent', '95% – 99.9%'],
  ] as const)('%s: target %s, edge %s, %s → %s', (_ref, target, tolerance, polarity, unit, expected) => {
    expect(formatTolerance({ target, tolerance, polarity, unit })).toBe(expected);
  });

  it('writes thresholds without trailing zeros and steps at their finest place', () => {
    expect(formatTolerance({ target: '65.00', tolerance: '62.0', polarity: 'higher', unit: 'percent' })).toBe('62% – 64.9%');
    expect(formatTolerance({ target: '28.9', tolerance: '23', polarity: 'higher', unit: 'percent' })).toBe('23% – 28.8%');
    expect(formatTolerance({ target: '0.25', tolerance: '0.5', polarity: 'lower' })).toBe('0.26 – 0.5');
    expect(formatTolerance({ target: '10', tolerance: '9.95', polarity: 'higher' })).toBe('9.95 – 9.99');
    expect(formatTolerance({ target: '375', tolerance: '402.9', polarity: 'lower', unit: 'count' })).toBe('375.1 – 402.9');
  });

  it.each([
    [null, '62', 'higher'], ['65', null, 'higher'], ['', '62', 'higher'], ['65', '', 'lower'], ['abc', '62', 'higher'],
    ['65', '62', 'none'],
    // An edge on the wrong side of the target, or on it, leaves no band.
    ['65', '70', 'higher'], ['65', '65', 'higher'], ['375', '350', 'lower'], ['375', '375', 'lower'],
  ] as const)('is null for target %j, edge %j, %s', (target, tolerance, polarity) => {
    expect(formatTolerance({ target, tolerance, polarity, unit: 'percent' })).toBeNull();
  });

  it('property: a value on either printed end of the band rates amber', () => {
    // Bands at whole numbers and tenths, rated at 1 dp: both printed ends are inside the amber band.
    const tenths = fc.integer({ min: -5000, max: 5000 }).map((n) => (n / 10).toFixed(1));
    fc.assert(fc.property(tenths, tenths, fc.constantFrom<Polarity>('higher', 'lower'), (a, b, polarity) => {
      const band = formatTolerance({ target: a, tolerance: b, polarity });
      if (band === null) return;
      const ends = band.split(' – ');
      expect(ends).toHaveLength(2);
      for (const end of ends) {
        expect(rateValue({ value: end, target: a, tolerance: b, polarity, decimals: 1 }).rating).toBe('amber');
      }
    }));
  });
});

describe('formatFigure', () => {
  it.each([
    ['0.05', 'percent', 2, '0.05%'],
    ['339', 'count', 0, '339'],
    ['22.1', 'percent', 1, '22.1%'],
    ['94.5', 'percent', 1, '94.5%'],
    ['65', 'percent', 1, '65.0%'],
    ['64.95', 'percent', 1, '65.0%'],
    ['402.94', 'rate', 1, '402.9'],
    ['-2.5', 'count', 0, '-3'],
    [' 12 ', 'count', 0, '12'],
    ['12', undefined, 0, '12'],
  ] as const)('%j as %s at %i dp is %s', (value, unit, decimals, expected) => {
    expect(formatFigure(value, unit, decimals)).toBe(expected);
  });

  it.each([null, undefined, '', '   ', 'n/a', '1e3', '12%'])('is null for %j', (value) => {
    expect(formatFigure(value, 'percent', 1)).toBeNull();
  });
});

describe('formatFigureWithSecondary', () => {
  it.each([
    ['73', '52', 'count', 0, '73 (52)'],
    ['73', null, 'count', 0, '73'],
    ['73', '', 'count', 0, '73'],
    [null, '52', 'count', 0, null],
    ['12.5', '3', 'percent', 1, '12.5% (3.0%)'],
  ] as const)('%j with %j is %j', (value, secondary, unit, decimals, expected) => {
    expect(formatFigureWithSecondary(value, secondary, unit as Unit, decimals)).toBe(expected);
  });
});

describe('formatThreshold', () => {
  it.each([
    ['65', 'percent', '65%'], ['65.0', 'percent', '65%'], ['402.90', 'rate', '402.9'], ['0', 'percent', '0%'],
    ['11', undefined, '11'], [null, 'percent', null], ['', 'percent', null], ['abc', 'count', null],
  ] as const)('%j (%s) is %j', (value, unit, expected) => {
    expect(formatThreshold(value, unit)).toBe(expected);
  });
});

describe('formatAvailability', () => {
  it.each([
    ['not_available', 'n/ava'], ['not_applicable', 'n/a'], ['not_due', '-'], ['available', '-'],
  ] as const)('%s is %s', (availability, expected) => {
    expect(formatAvailability(availability)).toBe(expected);
  });
});

describe('ratingLetter and ratingLabel', () => {
  it.each([
    ['red', 'R', 'Red'], ['amber', 'A', 'Amber'], ['green', 'G', 'Green'], ['blue', 'B', 'Blue'], ['none', '–', 'Not rated'],
  ] as const)('%s is %s, %s', (rating, letter, label) => {
    expect(ratingLetter(rating as Rating)).toBe(letter);
    expect(ratingLabel(rating as Rating)).toBe(label);
  });
});
