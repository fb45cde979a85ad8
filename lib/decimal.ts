// Exact decimal arithmetic for figures. Values travel as strings ("94.5") from the form to the
// database to the pack; here they become scaled BigInts so that rounding and comparison are exact:
// no binary float ever decides a colour.

/** `units / 10^scale`, e.g. 94.5 is { units: 945n, scale: 1 }. */
export type Decimal = { readonly units: bigint; readonly scale: number };

const DECIMAL_PATTERN = /^([+-]?)(\d+)(?:\.(\d+))?$/;
const MAX_DIGITS = 40;

/** Parses a plain decimal string ("12", "-0.05", "1234.5"); null for anything else. */
export function parseDecimal(text: string | null | undefined): Decimal | null {
  if (typeof text !== 'string') return null;
  const match = DECIMAL_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, sign = '', whole = '', fraction = ''] = match;
  if (whole.length + fraction.length > MAX_DIGITS) return null;
  const units = BigInt(whole + fraction) * (sign === '-' ? -1n : 1n);
  return { units, scale: fraction.length };
}

function rescale(d: Decimal, scale: number): bigint {
  return d.units * 10n ** BigInt(scale - d.scale);
}

export function compareDecimals(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const scale = Math.max(a.scale, b.scale);
  const x = rescale(a, scale);
  const y = rescale(b, scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Divides units by a positive divisor, rounding half away from zero. */
function divideRounded(units: bigint, divisor: bigint): bigint {
  const quotient = units / divisor;
  const remainder = units % divisor;
  const doubled = (remainder < 0n ? -remainder : remainder) * 2n;
  if (doubled < divisor) return quotient;
  return units < 0n ? quotient - 1n : quotient + 1n;
}

/** Rounds half away from zero to `places` decimal places (64.95 → 65.0 at 1 place). */
export function roundDecimal(d: Decimal, places: number): Decimal {
  if (d.scale <= places) return { units: rescale(d, places), scale: places };
  return { units: divideRounded(d.units, 10n ** BigInt(d.scale - places)), scale: places };
}

export function addDecimals(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { units: rescale(a, scale) + rescale(b, scale), scale };
}

/** The mean of the values, rounded half away from zero to `places`. */
export function meanDecimal(values: Decimal[], places: number): Decimal | null {
  if (values.length === 0) return null;
  const sum = values.reduce(addDecimals);
  const scale = Math.max(sum.scale, places);
  // Work at the target places and divide once, so the only rounding is the final one.
  const units = rescale(sum, scale) * 10n ** BigInt(places);
  const mean = divideRounded(units, BigInt(values.length) * 10n ** BigInt(scale));
  return { units: mean, scale: places };
}

/** Moves a decimal by `steps` units of its last place, e.g. 65 by -1 at 1 place is 64.9. */
export function stepDecimal(d: Decimal, steps: number, places: number): Decimal {
  const base = d.scale <= places ? { units: rescale(d, places), scale: places } : d;
  const unit = 10n ** BigInt(base.scale - places);
  return { units: base.units + BigInt(steps) * unit, scale: base.scale };
}

/** Places after the point when written without trailing zeros ("28.90" → 1). */
export function significantPlaces(d: Decimal): number {
  let { units, scale } = d;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale--;
  }
  return scale;
}

/** Writes the decimal with exactly `places` places (after rounding half away from zero). */
export function formatFixed(d: Decimal, places: number): string {
  const rounded = roundDecimal(d, places);
  const negative = rounded.units < 0n;
  const digits = (negative ? -rounded.units : rounded.units).toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = places > 0 ? `.${digits.slice(digits.length - places)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** Writes the decimal with no trailing zeros ("65.0" → "65", "28.90" → "28.9"). */
export function formatPlain(d: Decimal): string {
  return formatFixed(d, significantPlaces(d));
}

export function isZero(d: Decimal): boolean {
  return d.units === 0n;
}
