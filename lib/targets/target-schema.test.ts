import { describe, expect, it } from 'vitest';
import { measures2020 } from '../../db/seed/measures-2020';
import { fieldErrorsOf } from '../validation/form-state';
import { describeTarget, financialYearField, readTargetValues, targetHints, targetSchemaFor, type TargetFormValues, type TargetMeasure } from './target-schema';

const KPI1: TargetMeasure = { ref: 'KPI1', unit: 'percent', decimals: 1, polarity: 'higher' };
const KPI2: TargetMeasure = { ref: 'KPI2', unit: 'rate', ratePer: 100000, decimals: 0, polarity: 'lower' };
const SM1: TargetMeasure = { ref: 'SM1', unit: 'rate', ratePer: 10000, decimals: 1, polarity: 'none' };
const SM20: TargetMeasure = { ref: 'SM20', unit: 'count', decimals: 0, polarity: 'lower' };

function errorsOf(measure: TargetMeasure, values: object) {
  const parsed = targetSchemaFor(measure).safeParse(values);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
}

describe("a measure's target for a year", () => {
  it('accepts every target and tolerance edge the reference pack sets', () => {
    for (const m of measures2020) {
      const measure = { ref: m.ref, unit: m.unit, decimals: m.decimals, polarity: m.polarity, ratePer: m.ratePer };
      const values: TargetFormValues = m.target === null ? { kind: 'monitoring' } : { kind: 'target', target: m.target, toleranceEdge: m.toleranceEdge ?? '' };
      expect(errorsOf(measure, values), m.ref).toEqual({});
      expect(readTargetValues(values, measure), m.ref).toEqual({ target: m.target, toleranceEdge: m.toleranceEdge });
    }
  });

  it('asks which kind it is', () => {
    expect(errorsOf(KPI1, {})).toEqual({ kind: 'Choose whether KPI1 is rated against a target or is for monitoring only' });
  });

  it('stores nothing for monitoring only, whatever is left in the hidden fields', () => {
    expect(targetSchemaFor(KPI1).parse({ kind: 'monitoring', target: 'abc', toleranceEdge: '200' })).toEqual({
      kind: 'monitoring',
      target: null,
      toleranceEdge: null,
    });
  });

  it('reads a percentage sign and stores one way of writing each number', () => {
    expect(targetSchemaFor(KPI1).parse({ kind: 'target', target: '70%', toleranceEdge: ' 065.50 ' })).toEqual({
      kind: 'target',
      target: '70',
      toleranceEdge: '65.5',
    });
  });

  it('needs a target and a tolerance edge', () => {
    expect(errorsOf(KPI1, { kind: 'target' })).toEqual({
      target: 'Enter the target',
      toleranceEdge: 'Enter the tolerance edge: the figure beyond which the measure is Red',
    });
  });

  it('says a tolerance edge needs a target', () => {
    expect(errorsOf(KPI1, { kind: 'target', target: '', toleranceEdge: '62' })).toEqual({
      target: 'Enter the target: a tolerance edge needs a target to measure from',
    });
  });

  it('puts the edge above the target where lower is better', () => {
    const message = 'For a measure where lower is better, the tolerance edge must be above the target';
    expect(errorsOf(KPI2, { kind: 'target', target: '375', toleranceEdge: '350' })).toEqual({ toleranceEdge: message });
    expect(errorsOf(KPI2, { kind: 'target', target: '375', toleranceEdge: '375' })).toEqual({ toleranceEdge: message });
    expect(errorsOf(KPI2, { kind: 'target', target: '375', toleranceEdge: '375.1' })).toEqual({});
  });

  it('puts the edge below the target where higher is better', () => {
    const message = 'For a measure where higher is better, the tolerance edge must be below the target';
    expect(errorsOf(KPI1, { kind: 'target', target: '70', toleranceEdge: '72' })).toEqual({ toleranceEdge: message });
    expect(errorsOf(KPI1, { kind: 'target', target: '70', toleranceEdge: '70.0' })).toEqual({ toleranceEdge: message });
    expect(errorsOf(KPI1, { kind: 'target', target: '70', toleranceEdge: '69.99' })).toEqual({});
  });

  it('keeps percentages within 0 to 100', () => {
    expect(errorsOf(KPI1, { kind: 'target', target: '101', toleranceEdge: '100.5' })).toEqual({
      target: 'Target must be between 0 and 100',
      toleranceEdge: 'Tolerance edge must be between 0 and 100',
    });
    expect(errorsOf(KPI1, { kind: 'target', target: '100', toleranceEdge: '-1' })).toEqual({ toleranceEdge: 'Tolerance edge cannot be negative' });
  });

  it('refuses a negative rate or count', () => {
    expect(errorsOf(SM20, { kind: 'target', target: '-3', toleranceEdge: '4' })).toEqual({ target: 'Target cannot be negative' });
  });

  it('refuses what is not a number', () => {
    expect(errorsOf(KPI1, { kind: 'target', target: 'seventy', toleranceEdge: '6x' })).toEqual({
      target: 'Enter the target as a number, like 94.5',
      toleranceEdge: 'Enter the tolerance edge as a number, like 94.52',
    });
  });

  it("holds the target to the measure's decimals and the edge to one place more", () => {
    expect(errorsOf(KPI1, { kind: 'target', target: '64.95', toleranceEdge: '62.125' })).toEqual({
      target: 'Enter no more than 1 decimal place',
      toleranceEdge: 'Enter no more than 2 decimal places',
    });
    expect(errorsOf(KPI2, { kind: 'target', target: '375.5', toleranceEdge: '402.9' })).toEqual({
      target: 'Enter the target as a whole number, like 380',
    });
  });

  it('only monitors a measure with no better direction', () => {
    expect(errorsOf(SM1, { kind: 'target', target: '50', toleranceEdge: '40' })).toEqual({
      kind: 'SM1 has neither higher nor lower set as better, so it can only be monitored: choose “Monitoring only”, or change the measure first',
    });
    expect(errorsOf(SM1, { kind: 'monitoring' })).toEqual({});
  });

  it('names the unit and the side of the edge in its hints', () => {
    expect(targetHints(KPI1)).toEqual({
      target: 'A percentage between 0 and 100, up to 1 decimal place. A figure that meets it is Green.',
      toleranceEdge:
        'A percentage between 0 and 100, up to 2 decimal places. Higher is better: the edge is below the target, and a figure below the edge is Red; between the target and the edge is Amber.',
    });
    expect(targetHints(KPI2).toleranceEdge).toMatch(/^A rate per 100,000, up to 1 decimal place\. Lower is better: the edge is above the target/);
  });

  it('writes the band as the pack prints it', () => {
    expect(describeTarget({ target: '70', toleranceEdge: '65' }, KPI1)).toEqual({ target: '70%', tolerance: '65% – 69.9%' });
    expect(describeTarget({ target: '375', toleranceEdge: '402.9' }, KPI2)).toEqual({ target: '375', tolerance: '375.1 – 402.9' });
    expect(describeTarget({ target: null, toleranceEdge: null }, KPI1)).toEqual({ target: 'Monitoring only', tolerance: 'None' });
  });

  it('reads a financial year from an address or a form', () => {
    expect(financialYearField.parse('2021')).toBe(2021);
    expect(financialYearField.parse(2020)).toBe(2020);
    expect(financialYearField.safeParse('21').success).toBe(false);
    expect(financialYearField.safeParse('1999').error?.issues[0]?.message).toBe('Choose a financial year from 2000/01 to 2098/99');
  });
});
