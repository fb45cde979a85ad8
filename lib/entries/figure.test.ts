import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFigure, type FigureRules } from './figure';

const percent1: FigureRules = { unit: 'percent', decimals: 1 };
const count: FigureRules = { unit: 'count', decimals: 0 };
const rate: FigureRules = { unit: 'rate', decimals: 1, ratePer: 10000 };

describe('reading a typed figure', () => {
  it.each([
    ['94.5', percent1, '94.5'],
    [' 94.5% ', percent1, '94.5'],
    ['94.50', percent1, '94.5'],
    ['100', percent1, '100'],
    ['0', percent1, '0'],
    ['1,234', count, '1234'],
    ['12,345,678', count, '12345678'],
    ['073', count, '73'],
    ['379.8', rate, '379.8'],
    ['', percent1, null],
    ['   ', count, null],
  ] as const)('%j as %o is %j', (text, rules, expected) => {
    expect(readFigure(text, rules)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['ninety', percent1, 'Enter the percentage as a number, like 94.5'],
    ['94.5.1', percent1, 'Enter the percentage as a number, like 94.5'],
    ['1e2', percent1, 'Enter the percentage as a number, like 94.5'],
    ['100.1', percent1, 'Percentage must be between 0 and 100'],
    ['-1', percent1, 'Percentage cannot be negative'],
    ['94.55', percent1, 'Enter no more than 1 decimal place'],
    ['1,2', count, 'Enter the count as a number, like 1,234'],
    ['1,2345', count, 'Enter the count as a number, like 1,234'],
    ['12.5', count, 'Enter the count as a whole number, like 1,234'],
    ['£12', count, 'Enter the count as a number, like 1,234'],
    ['94.5%', rate, 'Enter the rate as a number, like 379.8'],
  ] as const)('%j as %o says %j', (text, rules, error) => {
    expect(readFigure(text, rules)).toEqual({ ok: false, error });
  });

  it('never guesses: whatever is typed, it is an exact decimal string or an error, and never throws', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(percent1, count, rate), (text, rules) => {
        const result = readFigure(text, rules);
        if (result.ok) expect(result.value === null || /^\d+(\.\d+)?$/.test(result.value)).toBe(true);
        else expect(result.error.length).toBeGreaterThan(10);
      }),
    );
  });
});
