// Reading a figure as a person types it: "94.5", "94.5%", "1,234". Anything else is an error with
// a sentence that says what to do, never a guess. The result is a plain decimal string.
import { compareDecimals, formatPlain, parseDecimal, significantPlaces } from '../decimal';
import { describeUnit } from '../measures/describe';
import type { Unit } from '../rating';

export type FigureRules = { unit: Unit; decimals: number; ratePer?: number | null };

export type ReadFigure = { ok: true; value: string | null } | { ok: false; error: string };

const HUNDRED = parseDecimal('100')!;

// Each unit's example as a whole number, and with decimal places: every place filled, so it shows
// how many are allowed, and none a trailing zero, so it reads back exactly as written.
const EXAMPLE: Record<Unit, { whole: string; beforePlaces: string; places: string }> = {
  percent: { whole: '95', beforePlaces: '94', places: '5273' },
  rate: { whole: '380', beforePlaces: '379', places: '8462' },
  count: { whole: '1,234', beforePlaces: '1,234', places: '5273' },
};

/**
 * A figure written as this measure wants it, like "94.5" or "1,234": the one example that both
 * the hint above a field and the error under it give.
 */
export function figureExample(rules: FigureRules): string {
  const { whole, beforePlaces, places } = EXAMPLE[rules.unit];
  if (rules.decimals <= 0) return whole;
  return `${beforePlaces}.${places.repeat(Math.ceil(rules.decimals / places.length)).slice(0, rules.decimals)}`;
}

/** The hint above a figure field: what it is, how exact, and the same example the errors give. */
export function figureHint(rules: FigureRules): string {
  const like = `like ${figureExample(rules)}`;
  const places = `up to ${rules.decimals} decimal place${rules.decimals === 1 ? '' : 's'}`;
  switch (rules.unit) {
    case 'percent':
      return `A percentage between 0 and 100, ${rules.decimals > 0 ? places : 'a whole number'}, ${like}`;
    case 'rate':
      return `A ${describeUnit('rate', rules.ratePer ?? null, null).toLowerCase()}, ${rules.decimals > 0 ? places : 'a whole number'}, ${like}`;
    case 'count':
      return rules.decimals > 0 ? `A number with ${places}, ${like}` : `A whole number, ${like}`;
  }
}

export function figureNoun(rules: FigureRules): string {
  return rules.unit === 'percent' ? 'percentage' : rules.unit === 'rate' ? 'rate' : 'count';
}

/** Reads one figure field. Empty is `null`; whether empty is allowed is for the caller to say. */
export function readFigure(text: unknown, rules: FigureRules, label = figureNoun(rules)): ReadFigure {
  if (text === undefined || text === null) return { ok: true, value: null };
  if (typeof text !== 'string') return { ok: false, error: `Enter the ${label} as a number, like ${figureExample(rules)}` };
  let cleaned = text.trim();
  if (cleaned === '') return { ok: true, value: null };
  if (rules.unit === 'percent') cleaned = cleaned.replace(/\s*%$/, '');
  // Thousands separators only where they are in the right places: "1,234" and "12,345,678", not "1,2".
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(cleaned)) cleaned = cleaned.replace(/,/g, '');
  const number = parseDecimal(cleaned);
  if (!number || !/^\d/.test(cleaned)) {
    if (/^-/.test(cleaned) && parseDecimal(cleaned)) return { ok: false, error: `${capitalise(label)} cannot be negative` };
    return { ok: false, error: `Enter the ${label} as a number, like ${figureExample(rules)}` };
  }
  if (rules.unit === 'percent' && compareDecimals(number, HUNDRED) > 0) {
    return { ok: false, error: `${capitalise(label)} must be between 0 and 100` };
  }
  if (significantPlaces(number) > rules.decimals) {
    return {
      ok: false,
      error:
        rules.decimals === 0
          ? `Enter the ${label} as a whole number, like ${figureExample(rules)}`
          : `Enter no more than ${rules.decimals} decimal place${rules.decimals === 1 ? '' : 's'}`,
    };
  }
  // One way of writing each number: "094.50" is stored as "94.5".
  return { ok: true, value: formatPlain(number) };
}

/** The figure if it reads, null if it is empty or does not (the schema reports why). */
export function figureOrNull(text: unknown, rules: FigureRules): string | null {
  const result = readFigure(text, rules);
  return result.ok ? result.value : null;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
