// Reading a figure as a person types it: "94.5", "94.5%", "1,234". Anything else is an error with
// a sentence that says what to do, never a guess. The result is a plain decimal string.
import { compareDecimals, formatPlain, parseDecimal, significantPlaces } from '../decimal';
import type { Unit } from '../rating';

export type FigureRules = { unit: Unit; decimals: number; ratePer?: number | null };

export type ReadFigure = { ok: true; value: string | null } | { ok: false; error: string };

const HUNDRED = parseDecimal('100')!;

function example(rules: FigureRules): string {
  switch (rules.unit) {
    case 'percent':
      return rules.decimals > 0 ? `94.${'5'.padEnd(rules.decimals, '0')}` : '95';
    case 'rate':
      return rules.decimals > 0 ? `379.${'8'.padEnd(rules.decimals, '0')}` : '380';
    case 'count':
      return '1,234';
  }
}

export function figureNoun(rules: FigureRules): string {
  return rules.unit === 'percent' ? 'percentage' : rules.unit === 'rate' ? 'rate' : 'count';
}

/** Reads one figure field. Empty is `null`; whether empty is allowed is for the caller to say. */
export function readFigure(text: unknown, rules: FigureRules, label = figureNoun(rules)): ReadFigure {
  if (text === undefined || text === null) return { ok: true, value: null };
  if (typeof text !== 'string') return { ok: false, error: `Enter the ${label} as a number, like ${example(rules)}` };
  let cleaned = text.trim();
  if (cleaned === '') return { ok: true, value: null };
  if (rules.unit === 'percent') cleaned = cleaned.replace(/\s*%$/, '');
  // Thousands separators only where they are in the right places: "1,234" and "12,345,678", not "1,2".
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(cleaned)) cleaned = cleaned.replace(/,/g, '');
  const number = parseDecimal(cleaned);
  if (!number || !/^\d/.test(cleaned)) {
    if (/^-/.test(cleaned) && parseDecimal(cleaned)) return { ok: false, error: `${capitalise(label)} cannot be negative` };
    return { ok: false, error: `Enter the ${label} as a number, like ${example(rules)}` };
  }
  if (rules.unit === 'percent' && compareDecimals(number, HUNDRED) > 0) {
    return { ok: false, error: `${capitalise(label)} must be between 0 and 100` };
  }
  if (significantPlaces(number) > rules.decimals) {
    return {
      ok: false,
      error:
        rules.decimals === 0
          ? `Enter the ${label} as a whole number, like ${example(rules)}`
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
