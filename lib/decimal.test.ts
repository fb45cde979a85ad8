import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addDecimals,
  compareDecimals,
  formatFixed,
  formatPlain,
  isZero,
  meanDecimal,
  parseDecimal,
  roundDecimal,
  significantPlaces,
  stepDecimal,
  type Decimal,
} from './decimal';

/** Parses or fails the test: for literals known to be valid. */
function d(text: string): Decimal {
  const parsed = parseDecimal(text);
  if (!parsed) throw new Error(`test literal "${text}" did not parse`);
  return parsed;
}

/** Writes scaled units as a decimal string, e.g. (-5n, 2) → "-0.05". */
function toText(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = scale > 0 ? `.${digits.slice(digits.length - scale)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

const scaled = fc.record({
  units: fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
  scale: fc.integer({ min: 0, max: 6 }),
});

describe('parseDecimal', () => {
  it.each([
    ['12', 12n, 0],
    ['-0.05', -5n, 2],
    ['+3.10', 310n, 2],
    [' 7 ', 7n, 0],
    ['0', 0n, 0],
    ['-0', 0n, 0],
    ['007.50', 750n, 2],
    ['1234.5', 12345n, 1],
  ])('accepts %j', (text, units, scale) => {
    expect(parseDecimal(text)).toEqual({ units, scale });
  });

  it.each([
    '', ' ', '1e3', '1,234', 'abc', '1.', '.5', 'NaN', 'Infinity', '-Infinity', '--1', '+-1', '1.2.3',
    '12%', '0x10', '1 000', '- 1', '٣',
  ])('rejects %j', (text) => {
    expect(parseDecimal(text)).toBeNull();
  });

  it('rejects null and undefined', () => {
    expect(parseDecimal(null)).toBeNull();
    expect(parseDecimal(undefined)).toBeNull();
  });

  it('accepts 40 digits and rejects 41', () => {
    expect(parseDecimal('1'.repeat(40))).toEqual({ units: BigInt('1'.repeat(40)), scale: 0 });
    expect(parseDecimal(`${'1'.repeat(20)}.${'2'.repeat(20)}`)).not.toBeNull();
    expect(parseDecimal('1'.repeat(41))).toBeNull();
    expect(parseDecimal(`${'1'.repeat(20)}.${'2'.repeat(21)}`)).toBeNull();
    expect(parseDecimal('9'.repeat(10_000))).toBeNull();
  });
});

describe('compareDecimals', () => {
  it.each([
    ['1', '1.00', 0],
    ['0.1', '0.10', 0],
    ['-0', '0', 0],
    ['64.9', '65', -1],
    ['65', '64.99', 1],
    ['-1.5', '-1.45', -1],
    ['-0.01', '0', -1],
    ['402.9', '402.90001', -1],
  ] as const)('compares %s with %s as %i', (a, b, expected) => {
    expect(compareDecimals(d(a), d(b))).toBe(expected);
    expect(compareDecimals(d(b), d(a))).toBe(-expected === 0 ? 0 : -expected);
  });
});

describe('roundDecimal (half away from zero)', () => {
  it.each([
    ['64.95', 1, '65.0'],
    ['64.94', 1, '64.9'],
    ['64.949999', 1, '64.9'],
    ['-2.5', 0, '-3'],
    ['2.5', 0, '3'],
    ['-2.49', 0, '-2'],
    ['0.05', 1, '0.1'],
    ['-0.05', 1, '-0.1'],
    ['0.04999', 1, '0.0'],
    ['-0.04999', 1, '0.0'],
    ['0.005', 2, '0.01'],
    ['0.0049', 2, '0.00'],
    ['1.005', 2, '1.01'],
    ['99.95', 1, '100.0'],
    ['99.949', 0, '100'],
    ['0.5', 0, '1'],
    ['0.49', 0, '0'],
    ['12', 2, '12.00'],
    ['12.3', 1, '12.3'],
  ] as const)('%s at %i places is %s', (text, places, expected) => {
    const rounded = roundDecimal(d(text), places);
    expect(rounded.scale).toBe(places);
    expect(compareDecimals(rounded, d(expected))).toBe(0);
    expect(formatFixed(rounded, places)).toBe(expected);
  });

  it('never leaves a negative zero in text', () => {
    expect(formatFixed(d('-0.04'), 1)).toBe('0.0');
    expect(formatFixed(d('-0.4'), 0)).toBe('0');
  });
});

describe('meanDecimal', () => {
  it.each([
    [['0.1', '0.2', '0.3'], 1, '0.2'],
    [['1', '1', '2'], 1, '1.3'],
    [['1', '1', '2'], 2, '1.33'],
    [['1', '2', '2'], 1, '1.7'],
    [['1', '2'], 0, '2'],
    [['-1', '-2'], 0, '-2'],
    [['0.05', '0.05', '0.06'], 2, '0.05'],
    [['64.9', '65', '65.05'], 1, '65.0'],
    [['10'], 1, '10.0'],
    [['0.30000000000000004', '0.3', '0.3'], 1, '0.3'],
  ] as const)('mean of %j at %i places is %s', (values, places, expected) => {
    const mean = meanDecimal(values.map(d), places);
    expect(mean).not.toBeNull();
    expect(formatFixed(mean!, places)).toBe(expected);
    expect(mean!.scale).toBe(places);
  });

  it('is null for no values', () => {
    expect(meanDecimal([], 1)).toBeNull();
  });

  it('rounds only once (no double rounding)', () => {
    // 1.2449 rounded twice (1.245 → 1.25) would differ from rounding once (1.24).
    expect(formatFixed(meanDecimal([d('1.2449'), d('1.2449')], 2)!, 2)).toBe('1.24');
    expect(formatFixed(meanDecimal([d('0.14'), d('0.15')], 1)!, 1)).toBe('0.1');
  });

  it('property: agrees with the exact rational mean rounded half away from zero', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: -100000n, max: 100000n }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 3 }), (units, places) => {
          // Values at scale 2; the mean * 10^places = sum * 10^places / (n * 100).
          const values = units.map((u) => ({ units: u, scale: 2 }));
          const sum = units.reduce((a, b) => a + b, 0n);
          const num = sum * 10n ** BigInt(places);
          const den = BigInt(units.length) * 100n;
          const abs = num < 0n ? -num : num;
          const q = (2n * abs + den) / (2n * den);
          const expected = num < 0n ? -q : q;
          expect(meanDecimal(values, places)).toEqual({ units: expected, scale: places });
        }),
    );
  });
});

describe('stepDecimal', () => {
  it.each([
    ['65', -1, 1, '64.9'],
    ['375', 1, 1, '375.1'],
    ['0', 1, 1, '0.1'],
    ['100', -1, 1, '99.9'],
    ['28.9', 1, 1, '29'],
    ['11', 1, 2, '11.01'],
    ['0', -1, 0, '-1'],
    ['1.25', -2, 2, '1.23'],
  ] as const)('%s by %i step(s) at %i places is %s', (text, steps, places, expected) => {
    expect(formatPlain(stepDecimal(d(text), steps, places))).toBe(expected);
  });
});

describe('significantPlaces, formatFixed, formatPlain, addDecimals, isZero', () => {
  it.each([
    ['28.90', 1], ['65.0', 0], ['65', 0], ['0.050', 2], ['0.00', 0], ['-1.230', 2],
  ] as const)('significantPlaces(%s) is %i', (text, places) => {
    expect(significantPlaces(d(text))).toBe(places);
  });

  it.each([
    ['94.5', 1, '94.5'],
    ['94.5', 0, '95'],
    ['94.5', 2, '94.50'],
    ['0.05', 2, '0.05'],
    ['0.05', 0, '0'],
    ['-0.05', 2, '-0.05'],
    ['339', 0, '339'],
    ['.', 0, null],
  ] as const)('formatFixed(%s, %i) is %s', (text, places, expected) => {
    const parsed = parseDecimal(text);
    expect(parsed === null ? null : formatFixed(parsed, places)).toBe(expected);
  });

  it.each([
    ['65.0', '65'], ['28.90', '28.9'], ['402.9', '402.9'], ['0.00', '0'], ['-0.50', '-0.5'], ['+3.10', '3.1'],
    ['007', '7'],
  ])('formatPlain(%s) is %s', (text, expected) => {
    expect(formatPlain(d(text))).toBe(expected);
  });

  it('adds exactly and knows zero', () => {
    expect(formatPlain(addDecimals(d('0.1'), d('0.2')))).toBe('0.3');
    expect(formatPlain(addDecimals(d('-1.05'), d('1')))).toBe('-0.05');
    expect(isZero(d('0.000'))).toBe(true);
    expect(isZero(d('-0'))).toBe(true);
    expect(isZero(d('0.001'))).toBe(false);
  });
});

describe('properties', () => {
  it('parses what toText writes back to the same value', () => {
    fc.assert(
      fc.property(scaled, ({ units, scale }) => {
        expect(parseDecimal(toText(units, scale))).toEqual({ units, scale });
      }),
    );
  });

  it('compareDecimals agrees with BigInt comparison of the scaled integers', () => {
    fc.assert(
      fc.property(scaled, scaled, (a, b) => {
        const scale = Math.max(a.scale, b.scale);
        const x = a.units * 10n ** BigInt(scale - a.scale);
        const y = b.units * 10n ** BigInt(scale - b.scale);
        const expected = x < y ? -1 : x > y ? 1 : 0;
        expect(compareDecimals(d(toText(a.units, a.scale)), d(toText(b.units, b.scale)))).toBe(expected);
      }),
    );
  });

  it('roundDecimal is idempotent', () => {
    fc.assert(
      fc.property(scaled, fc.integer({ min: 0, max: 8 }), ({ units, scale }, places) => {
        const once = roundDecimal({ units, scale }, places);
        expect(roundDecimal(once, places)).toEqual(once);
      }),
    );
  });

  it('roundDecimal moves a value by at most half a step, and never toward zero on a tie', () => {
    fc.assert(
      fc.property(scaled, fc.integer({ min: 0, max: 8 }), ({ units, scale }, places) => {
        const x = { units, scale };
        const rounded = roundDecimal(x, places);
        const top = Math.max(scale, places) + 1;
        const diff = (rounded.units * 10n ** BigInt(top - places)) - (units * 10n ** BigInt(top - scale));
        const half = 5n * 10n ** BigInt(top - places - 1);
        expect(diff <= half && diff >= -half).toBe(true);
        // On a tie the result moves away from zero: up for positives, down for negatives.
        if (diff === half) expect(units > 0n).toBe(true);
        if (diff === -half) expect(units < 0n).toBe(true);
      }),
    );
  });

  it('formatFixed(parse(x), s) re-parses to the rounded value', () => {
    fc.assert(
      fc.property(scaled, fc.integer({ min: 0, max: 8 }), ({ units, scale }, places) => {
        const text = formatFixed(d(toText(units, scale)), places);
        expect(parseDecimal(text)).toEqual(roundDecimal({ units, scale }, places));
      }),
    );
  });

  it('formatPlain re-parses to an equal value with no trailing zeros', () => {
    fc.assert(
      fc.property(scaled, (x) => {
        const text = formatPlain(x);
        expect(compareDecimals(d(text), x)).toBe(0);
        expect(text).not.toMatch(/\.\d*0$/);
      }),
    );
  });
});
