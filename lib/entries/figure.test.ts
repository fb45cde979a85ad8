import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureExample, figureHint, readFigure, type FigureRules } from './figure';

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

describe('the hint and the error give one example', () => {
  const UNITS = ['percent', 'rate', 'count'] as const;
  const cases: FigureRules[] = UNITS.flatMap((unit) =>
    [0, 1, 2, 3, 4].flatMap((decimals) =>
      (unit === 'rate' ? [10000, 100000, 1000] : [null]).map((ratePer) => ({ unit, decimals, ratePer })),
    ),
  );
  const exampleIn = (sentence: string) => /, like (\S+)$/.exec(sentence)?.[1];

  it.each(cases)('%o: the hint’s example is the error’s, and it reads back as valid', (rules) => {
    const example = figureExample(rules);
    const hinted = exampleIn(figureHint(rules));
    const notANumber = readFigure('ninety', rules);
    expect(notANumber.ok).toBe(false);
    const errored = notANumber.ok ? undefined : exampleIn(notANumber.error);
    expect(hinted).toBe(example);
    expect(errored).toBe(example);
    // The example is a figure the field accepts, exactly as written (commas aside).
    expect(readFigure(example, rules)).toEqual({ ok: true, value: example.replace(/,/g, '') });
    // It uses every decimal place allowed, so it shows how exact the figure may be.
    expect(example.split('.')[1]?.length ?? 0).toBe(rules.decimals);
  });

  it.each(cases.filter((rules) => rules.decimals === 0))('%o: a whole number is asked for with the same example', (rules) => {
    const fraction = readFigure('12.5', rules);
    expect(fraction).toEqual({ ok: false, error: expect.stringMatching(/whole number/) });
    expect(fraction.ok ? undefined : exampleIn(fraction.error)).toBe(figureExample(rules));
  });

  it.each([
    [10000, 'A rate per 10,000, up to 1 decimal place, like 379.8'],
    [100000, 'A rate per 100,000, up to 1 decimal place, like 379.8'],
    [1000, 'A rate per 1,000, up to 1 decimal place, like 379.8'],
  ])('a rate per %i is hinted as per that base', (ratePer, hint) => {
    expect(figureHint({ unit: 'rate', decimals: 1, ratePer })).toBe(hint);
  });

  it('a 2-decimal percentage is hinted and corrected alike', () => {
    const rules: FigureRules = { unit: 'percent', decimals: 2 };
    expect(figureHint(rules)).toBe('A percentage between 0 and 100, up to 2 decimal places, like 94.52');
    expect(readFigure('ninety', rules)).toEqual({ ok: false, error: 'Enter the percentage as a number, like 94.52' });
  });
});
