// The chart's scales, written by hand: a value axis with round ticks that always holds the target
// and the tolerance edge, and a straight-line mapping from values to drawing positions. Numbers
// here only place marks on the drawing; every figure a person reads is printed from its string.
import type { Unit } from '../../rating';

/** A straight-line mapping from a domain [d0, d1] onto a range [r0, r1] (r0 > r1 for a y axis). */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

export type ValueAxis = {
  min: number;
  max: number;
  /** The tick values, from min to max, a step apart. */
  ticks: number[];
  /** Decimal places the tick labels need: 0 for steps of 10, 1 for steps of 0.5. */
  places: number;
};

// Steps of 1, 2 or 5 (times a power of ten): ticks a reader can add up in their head.
const STEPS = [1, 2, 5];

function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const step of STEPS) if (step * power >= rough - 1e-12) return step * power;
  return 10 * power;
}

/** The decimal places a step needs to be written exactly: 0 for 20, 1 for 0.5, 2 for 0.05. */
function placesOf(step: number): number {
  for (let places = 0; places < 10; places++) {
    const scaled = step * 10 ** places;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9) return places;
  }
  return 10;
}

/**
 * A value axis for the given values (the figures, the target and its tolerance edge): about five
 * round steps, a little room above and below, never below zero for figures that cannot be negative
 * and never above 100 for percentages that are not. It starts at zero only when the figures come
 * close to zero anyway, so a 62%–90% chart is not squashed into its top third.
 */
export function valueAxis(values: readonly number[], unit: Unit): ValueAxis {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return unit === 'percent' ? evenAxis(0, 100, 20) : evenAxis(0, 10, 2);
  const low = Math.min(...finite);
  const high = Math.max(...finite);
  const spread = high - low;
  const pad = spread > 0 ? spread * 0.08 : Math.max(Math.abs(high) * 0.1, 1);
  let lo = low - pad;
  let hi = high + pad;
  if (low >= 0 && lo < 0) lo = 0;
  if (low > 0 && lo < (hi - lo) * 0.25) lo = 0;
  if (unit === 'percent' && high <= 100 && hi > 100) hi = 100;
  const step = niceStep((hi - lo) / 5);
  // Whole multiples of the step, counted in integers so 0.1 + 0.2 never shows as 0.30000000000000004.
  const first = Math.floor(lo / step + 1e-9);
  const last = Math.ceil(hi / step - 1e-9);
  return evenAxis(first * step, last * step, step);
}

function evenAxis(min: number, max: number, step: number): ValueAxis {
  const places = placesOf(step);
  const factor = 10 ** places;
  const first = Math.round(min / step);
  const count = Math.round((max - min) / step);
  const ticks = Array.from({ length: count + 1 }, (_, i) => Math.round((first + i) * step * factor) / factor);
  return { min: ticks[0]!, max: ticks.at(-1)!, ticks, places };
}

const tickFormats = new Map<number, Intl.NumberFormat>();

/** A tick label: "90%", "12.5%", "1,200". Ticks are round numbers of the program's making. */
export function formatTick(value: number, places: number, unit: Unit): string {
  let format = tickFormats.get(places);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { minimumFractionDigits: places, maximumFractionDigits: places });
    tickFormats.set(places, format);
  }
  const text = format.format(value === 0 ? 0 : value);
  return unit === 'percent' ? `${text}%` : text;
}

/** A drawing position as written in the SVG: at most one decimal place, so output is stable. */
export const coordinate = (value: number): string => {
  const rounded = Math.round(value * 10) / 10;
  return String(rounded === 0 ? 0 : rounded);
};
