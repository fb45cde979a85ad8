import { describe, expect, it } from 'vitest';
import { monthsWords } from './months-words';

describe('months in words', () => {
  it('writes a run of months as a range, and any others as a list in order', () => {
    const year = ['2019-04', '2019-05', '2019-06', '2019-07', '2019-08', '2019-09', '2019-10', '2019-11', '2019-12', '2020-01', '2020-02', '2020-03'];
    expect(monthsWords(year.map((m) => `${m}-01`).reverse())).toBe('April 2019 to March 2020');
    expect(monthsWords(['2020-11'])).toBe('November 2020');
    expect(monthsWords(['2020-11', '2020-10'])).toBe('October 2020 and November 2020');
    expect(monthsWords(['2020-04', '2020-06', '2020-07'])).toBe('April 2020, June 2020 and July 2020');
    expect(monthsWords(['2020-11', '2020-11-01'])).toBe('November 2020');
    expect(monthsWords([])).toBe('');
  });
});
