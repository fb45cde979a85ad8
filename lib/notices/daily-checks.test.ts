import { describe, expect, it } from 'vitest';
import { dailyChecksDue } from './daily-checks';

describe('when a server runs the day’s reminder checks itself', () => {
  it('is at or after the time given, in London', () => {
    // Winter: London is on UTC.
    expect(dailyChecksDue(new Date('2020-12-29T06:59:00Z'), '07:00', null)).toBeNull();
    expect(dailyChecksDue(new Date('2020-12-29T07:00:00Z'), '07:00', null)).toBe('2020-12-29');
    expect(dailyChecksDue(new Date('2020-12-29T22:30:00Z'), '07:00', null)).toBe('2020-12-29');
    // Summer: 06:30 UTC is 07:30 in London.
    expect(dailyChecksDue(new Date('2021-06-15T05:59:00Z'), '07:00', null)).toBeNull();
    expect(dailyChecksDue(new Date('2021-06-15T06:30:00Z'), '07:00', null)).toBe('2021-06-15');
    // 23:30 UTC on 15 June is already the 16th in London.
    expect(dailyChecksDue(new Date('2021-06-15T23:30:00Z'), '00:00', null)).toBe('2021-06-16');
  });

  it('is once a day', () => {
    expect(dailyChecksDue(new Date('2020-12-29T09:00:00Z'), '07:00', '2020-12-29')).toBeNull();
    expect(dailyChecksDue(new Date('2020-12-30T09:00:00Z'), '07:00', '2020-12-29')).toBe('2020-12-30');
  });
});
