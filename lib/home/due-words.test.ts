import { describe, expect, it } from 'vitest';
import { daysBetween, dueWords } from './due-words';

describe('how long until figures are due, in words', () => {
  it('counts whole calendar days, across months and a clock change', () => {
    expect(daysBetween('2020-11-28', '2020-12-01')).toBe(3);
    expect(daysBetween('2021-03-27', '2021-03-29')).toBe(2);
    expect(daysBetween('2020-12-01', '2020-11-28')).toBe(-3);
  });

  it('says due, due today, tomorrow, or overdue by so many days', () => {
    expect(dueWords('2020-12-15', '2020-12-10')).toEqual({ kind: 'due', days: 5, words: 'Due in 5 days' });
    expect(dueWords('2020-12-15', '2020-12-14').words).toBe('Due tomorrow');
    expect(dueWords('2020-12-15', '2020-12-15').words).toBe('Due today');
    expect(dueWords('2020-12-15', '2020-12-16')).toEqual({ kind: 'overdue', days: 1, words: 'Overdue by 1 day' });
    expect(dueWords('2020-12-15', '2020-12-17').words).toBe('Overdue by 2 days');
    // The demo's November, read years later: a long wait is still written as people read numbers.
    expect(dueWords('2020-12-10', '2026-11-28').words).toBe('Overdue by 2,179 days');
  });
});
