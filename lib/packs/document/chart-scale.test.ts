import { describe, expect, it } from 'vitest';
import { coordinate, formatTick, linearScale, valueAxis } from './chart-scale';

describe('linearScale', () => {
  it('maps the ends of the domain onto the ends of the range, upside down for a y axis', () => {
    const y = linearScale([50, 100], [280, 16]);
    expect(y(50)).toBe(280);
    expect(y(100)).toBe(16);
    expect(y(65)).toBeCloseTo(200.8, 10);
  });
});

describe('valueAxis', () => {
  it('holds the target and tolerance edge with the figures, in round steps (KPI1)', () => {
    // Figures 88.6–89.4%, target 65%, edge 62%: the reference pack's own 50%–100% axis.
    expect(valueAxis([88.6, 89.4, 65, 62], 'percent')).toEqual({ min: 50, max: 100, ticks: [50, 60, 70, 80, 90, 100], places: 0 });
  });

  it('does not start at zero when the figures are far from it (KPI5)', () => {
    expect(valueAxis([12.1, 13.4, 10.8, 11, 13], 'percent')).toMatchObject({ min: 10, max: 14, ticks: [10, 11, 12, 13, 14] });
  });

  it('starts at zero when the figures come close to it anyway', () => {
    expect(valueAxis([3, 40], 'count').min).toBe(0);
  });

  it('never goes above 100% or below zero for percentages', () => {
    const axis = valueAxis([96, 99.5, 100, 95], 'percent');
    expect(axis.max).toBe(100);
    expect(valueAxis([0, 1, 0.5], 'percent').min).toBe(0);
  });

  it('writes fine steps without float noise', () => {
    const axis = valueAxis([0.1, 0.3], 'percent');
    expect(axis.ticks.every((t) => String(t).length <= 4)).toBe(true);
    expect(axis.places).toBeGreaterThan(0);
    expect(axis.ticks.map((t) => formatTick(t, axis.places, 'percent'))).toContain('0.20%');
  });

  it('gives a usable axis for a single figure and for none', () => {
    const one = valueAxis([339], 'rate');
    expect(one.min).toBeLessThan(339);
    expect(one.max).toBeGreaterThan(339);
    expect(valueAxis([], 'percent')).toMatchObject({ min: 0, max: 100 });
  });
});

describe('formatTick and coordinate', () => {
  it('writes ticks with their unit and thousands separators', () => {
    expect(formatTick(90, 0, 'percent')).toBe('90%');
    expect(formatTick(1200, 0, 'count')).toBe('1,200');
    expect(formatTick(12.5, 1, 'rate')).toBe('12.5');
  });

  it('writes drawing positions to one decimal place, never as -0', () => {
    expect(coordinate(200.8000000001)).toBe('200.8');
    expect(coordinate(-0.01)).toBe('0');
    expect(coordinate(64)).toBe('64');
  });
});
