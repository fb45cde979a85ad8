import { describe, expect, it } from 'vitest';
import { rateMeasureForMonth } from './rate-month';
import { addMonths, firstDayOf, toMonthKey } from './months';
import { lookBackStart, ratingWindow } from './window';

describe('the rating window', () => {
  it('starts two months before the previous financial year, whatever month of the year', () => {
    expect(lookBackStart(2020)).toBe('2019-02');
    expect(ratingWindow('2020-04-01')).toEqual({ from: '2019-02', through: '2020-04' });
    expect(ratingWindow('2021-03')).toEqual({ from: '2019-02', through: '2021-03' });
    expect(ratingWindow('2021-04')).toEqual({ from: '2020-02', through: '2021-04' });
  });

  it('reaches the months a three-month average needs for this month and the same month last year', () => {
    const measure = { unit: 'count', decimals: 0, polarity: 'higher', basis: 'rolling3m' } as const;
    const target = { target: '10', toleranceEdge: null };
    for (const month of ['2020-04', '2020-05', '2021-03']) {
      const { from } = ratingWindow(month);
      // Only the months inside the window have figures: the ratings must still find all three.
      const inWindow = (m: string) => m >= from && m <= month;
      const all = Array.from({ length: 40 }, (_, i) => addMonths('2018-06', i));
      const entries = all.filter(inWindow).map((m) => ({ month: m, value: '12', availability: 'available' as const }));
      expect(rateMeasureForMonth(measure, target, month, entries).rating).toBe('green');
      expect(rateMeasureForMonth(measure, target, addMonths(month, -12), entries).rating).toBe('green');
    }
  });
});

describe('month conversions', () => {
  it('turns a periods row month into an address month and back', () => {
    expect(toMonthKey('2020-10-01')).toBe('2020-10');
    expect(toMonthKey('2020-10')).toBe('2020-10');
    expect(firstDayOf('2020-10')).toBe('2020-10-01');
    expect(firstDayOf('2020-10-01')).toBe('2020-10-01');
    expect(addMonths('2020-01', -1)).toBe('2019-12');
    expect(addMonths('2020-11-01', 14)).toBe('2022-01');
    expect(() => toMonthKey('2020-13')).toThrow(RangeError);
  });
});
