import { describe, expect, it } from 'vitest';
import { sparkline, yearSoFar } from './sparkline';

const percent = { unit: 'percent' as const, decimals: 1 };

describe("a measure's year so far as a sparkline", () => {
  it('runs from April of the financial year through the month, across the new year', () => {
    expect(yearSoFar('2020-10-01')).toEqual(['2020-04', '2020-05', '2020-06', '2020-07', '2020-08', '2020-09', '2020-10']);
    expect(yearSoFar('2021-02')).toHaveLength(11);
    expect(yearSoFar('2020-04')).toEqual(['2020-04']);
  });

  it('draws a line through the figures, highest at the top, and says every month in words', () => {
    const line = sparkline(
      '2020-06',
      [
        { month: '2020-04-01', value: '88.1', availability: 'available' },
        { month: '2020-05-01', value: '90.25', availability: 'available' },
        { month: '2020-06-01', value: '89', availability: 'available' },
        // Last year's figures in the history are left out.
        { month: '2020-03-01', value: '10', availability: 'available' },
      ],
      percent,
    );
    expect(line.plotted).toBe(3);
    expect(line.path.startsWith('M3 ')).toBe(true);
    const [april, may, june] = line.marks;
    expect(may!.y).toBeLessThan(june!.y);
    expect(june!.y).toBeLessThan(april!.y);
    expect(line.marks.at(-1)!.x).toBe(93);
    expect(line.words).toBe('April 88.1%, May 90.3%, June 89.0%');
  });

  it('breaks the line at a month with no figure, and names why there is none', () => {
    const line = sparkline(
      '2020-07',
      [
        { month: '2020-04', value: '5', availability: 'available' },
        { month: '2020-05', value: null, availability: 'not_available' },
        { month: '2020-06', value: '7', availability: 'available' },
        { month: '2020-07', value: '6', availability: 'available' },
      ],
      { unit: 'count', decimals: 0 },
    );
    expect(line.path.match(/M/g)).toHaveLength(2);
    expect(line.words).toBe('April 5, May n/ava, June 7, July 6');
  });

  it('draws a flat line through the middle, and nothing at all without figures', () => {
    const flat = sparkline('2020-05', [{ month: '2020-04', value: '3', availability: 'available' }, { month: '2020-05', value: '3', availability: 'available' }], { unit: 'count', decimals: 0 });
    expect(flat.marks.map((m) => m.y)).toEqual([12, 12]);
    const empty = sparkline('2020-05', [], percent);
    expect(empty).toMatchObject({ path: '', marks: [], plotted: 0, words: 'April no figure, May no figure' });
  });
});
