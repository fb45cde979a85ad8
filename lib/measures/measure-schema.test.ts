// Every rule of the measure form, with the sentence a person reads.
import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '../validation/form-state';
import { createMeasureSchema, MEASURE_MESSAGES, measureToForm, measureToStore, updateMeasureSchema, type MeasureFormValues } from './measure-schema';

const valid: MeasureFormValues = {
  ref: 'KPI7',
  title: '% of care leavers in suitable accommodation',
  group: 'kpi',
  serviceArea: 'Children’s Social Care',
  ownerId: '',
  unit: 'percent',
  ratePer: '',
  secondaryLabel: '',
  decimals: '1',
  polarity: 'higher',
  basis: 'monthly',
  annualMonth: '',
  basisNote: '',
  source: 'TfC',
  dataLagNote: '',
  definition: '',
};

const errorsOf = (values: Partial<Record<keyof MeasureFormValues, unknown>>) => {
  const parsed = createMeasureSchema.safeParse(values);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};

describe('the measure schema', () => {
  it('accepts a complete measure, and stores blanks as none', () => {
    const parsed = createMeasureSchema.parse(valid);
    expect(measureToStore(parsed)).toEqual({
      ref: 'KPI7', title: '% of care leavers in suitable accommodation', group: 'kpi', serviceArea: 'Children’s Social Care',
      ownerId: null, unit: 'percent', ratePer: null, secondaryLabel: null, decimals: 1, polarity: 'higher', basis: 'monthly',
      annualMonth: null, basisNote: null, source: 'TfC', dataLagNote: null, definition: null,
    });
  });

  it('says what to enter for every missing field, all at once', () => {
    expect(errorsOf({})).toEqual({
      ref: MEASURE_MESSAGES.refMissing,
      title: MEASURE_MESSAGES.title,
      group: MEASURE_MESSAGES.group,
      serviceArea: MEASURE_MESSAGES.serviceArea,
      unit: MEASURE_MESSAGES.unit,
      decimals: MEASURE_MESSAGES.decimals,
      polarity: MEASURE_MESSAGES.polarity,
      basis: MEASURE_MESSAGES.basis,
      source: MEASURE_MESSAGES.source,
    });
    expect(errorsOf({ ...valid, ref: '  ' }).ref).toBe(MEASURE_MESSAGES.refMissing);
  });

  it.each(['KPI', 'K1', 'KPIXX1', 'KPI1000', 'KPI-1', '1KPI'])('refuses the reference %j', (ref) => {
    expect(errorsOf({ ...valid, ref }).ref).toBe(MEASURE_MESSAGES.refPattern);
  });

  it('reads a reference in capitals, without spaces round it', () => {
    expect(createMeasureSchema.parse({ ...valid, ref: ' sm27 ' }).ref).toBe('SM27');
  });

  it.each(['-1', '5', '1.5', 'two', ''])('refuses %j decimal places', (decimals) => {
    expect(errorsOf({ ...valid, decimals }).decimals).toBe(MEASURE_MESSAGES.decimals);
  });

  it('refuses an owner that is not a person’s id', () => {
    expect(errorsOf({ ...valid, ownerId: 'Sam Okafor' }).ownerId).toBe(MEASURE_MESSAGES.owner);
  });

  it('needs a rate to say what it is per, and only a rate', () => {
    expect(errorsOf({ ...valid, unit: 'rate' }).ratePer).toBe(MEASURE_MESSAGES.ratePerMissing);
    expect(errorsOf({ ...valid, unit: 'percent', ratePer: '10000' }).ratePer).toBe(MEASURE_MESSAGES.ratePerNotRate);
    expect(errorsOf({ ...valid, unit: 'rate', ratePer: '1000' }).ratePer).toBe(MEASURE_MESSAGES.ratePerMissing);
    expect(measureToStore(createMeasureSchema.parse({ ...valid, unit: 'rate', ratePer: '100000' })).ratePer).toBe(100000);
  });

  it('gives only a count a second count', () => {
    expect(errorsOf({ ...valid, unit: 'percent', secondaryLabel: 'children' }).secondaryLabel).toBe(MEASURE_MESSAGES.secondaryNotCount);
    expect(measureToStore(createMeasureSchema.parse({ ...valid, unit: 'count', decimals: '0', secondaryLabel: 'children' })).secondaryLabel).toBe('children');
  });

  it('needs an annual measure, and only an annual one, to name its month', () => {
    expect(errorsOf({ ...valid, basis: 'annual' }).annualMonth).toBe(MEASURE_MESSAGES.annualMonthMissing);
    expect(errorsOf({ ...valid, basis: 'monthly', annualMonth: '6' }).annualMonth).toBe(MEASURE_MESSAGES.annualMonthNotAnnual);
    expect(errorsOf({ ...valid, basis: 'annual', annualMonth: '13' }).annualMonth).toBe(MEASURE_MESSAGES.annualMonthMissing);
    expect(measureToStore(createMeasureSchema.parse({ ...valid, basis: 'annual', annualMonth: '12' })).annualMonth).toBe(12);
  });

  it('checks the rules between fields even when other fields are wrong', () => {
    expect(errorsOf({ ...valid, title: '', unit: 'rate', basis: 'annual' })).toEqual({
      title: MEASURE_MESSAGES.title,
      ratePer: MEASURE_MESSAGES.ratePerMissing,
      annualMonth: MEASURE_MESSAGES.annualMonthMissing,
    });
  });

  it('limits the length of text and names characters that cannot be stored', () => {
    expect(errorsOf({ ...valid, title: 'x'.repeat(301) }).title).toBe('Title must be 300 characters or fewer');
    expect(errorsOf({ ...valid, definition: 'x'.repeat(2001) }).definition).toBe('Definition must be 2,000 characters or fewer');
    expect(errorsOf({ ...valid, source: 'TfC\u202e' }).source).toMatch(/^Source /);
  });

  it('round-trips a stored measure through the form', () => {
    const stored = measureToStore(createMeasureSchema.parse({ ...valid, unit: 'rate', ratePer: '10000', basis: 'annual', annualMonth: '3', dataLagNote: 'Lags a quarter' }));
    expect(measureToStore(createMeasureSchema.parse(measureToForm(stored)))).toEqual(stored);
  });

  it('edits need the measure and the version the form started from', () => {
    const parsed = updateMeasureSchema.safeParse(valid);
    expect(parsed.success).toBe(false);
    expect(updateMeasureSchema.parse({ ...valid, measureId: '3', version: '1700000000000' })).toMatchObject({ measureId: 3, version: 1700000000000 });
  });
});
