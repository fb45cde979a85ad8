// The benchmark point form's rules, each with its sentence, for a percentage and a whole-number rate.
import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '../validation/form-state';
import { benchmarkPointSchemaFor, benchmarkValueHint, duplicatePointMessage } from './benchmark-schema';
import { pointSlug, readPointSlug, readSeries } from './series';

const percent = { ref: 'SM4', unit: 'percent', decimals: 1 } as const;
const rate = { ref: 'KPI2', unit: 'rate', ratePer: 100000, decimals: 0 } as const;
const TODAY = '2021-01-15';

const form = (extra: Record<string, string> = {}) => ({
  series: 'North East', periodLabel: '2019/20', periodEndDay: '31', periodEndMonth: '3', periodEndYear: '2020', value: '21.5', ...extra,
});
const errorsOf = (measure: typeof percent | typeof rate, values: Record<string, string>) => {
  const parsed = benchmarkPointSchemaFor(measure, TODAY).safeParse(values);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};

describe('a benchmark point', () => {
  it('reads the form into the point as stored', () => {
    expect(benchmarkPointSchemaFor(percent, TODAY).parse(form({ periodLabel: '  Jul –  Sep\n2019 ', value: '21.50%' }))).toEqual({
      series: 'North East', periodLabel: 'Jul – Sep 2019', periodEnd: '2020-03-31', value: '21.5',
    });
    expect(benchmarkPointSchemaFor(rate, TODAY).parse(form({ series: 'england', value: '1,352.4' }))).toMatchObject({ series: 'England', value: '1352.4' });
  });

  it('says what is missing, every field at once', () => {
    expect(errorsOf(percent, { series: '', periodLabel: '', periodEndDay: '', periodEndMonth: '', periodEndYear: '', value: '' })).toEqual({
      series: 'Choose the series: North East, England, Statistical neighbours or Last year',
      periodLabel: 'Enter the period the value is for, like 2019/20 or Jul – Sep 2019',
      periodEndDay: 'Enter the period end',
      value: 'Enter the value',
    });
  });

  it('wants the value as a number the unit allows', () => {
    expect(errorsOf(percent, form({ value: 'about 20' }))).toEqual({ value: 'Enter the value as a number, like 94.52' });
    expect(errorsOf(percent, form({ value: '100.1' }))).toEqual({ value: 'Value must be between 0 and 100' });
    expect(errorsOf(percent, form({ value: '-2' }))).toEqual({ value: 'Value cannot be negative' });
    expect(errorsOf(percent, form({ value: '21.555' }))).toEqual({ value: 'Enter no more than 2 decimal places' });
    expect(errorsOf(rate, form({ value: '352.45' }))).toEqual({ value: 'Enter no more than 1 decimal place' });
    expect(errorsOf(rate, form({ value: '1200' }))).toEqual({});
  });

  it('keeps the period label short and on one line', () => {
    expect(errorsOf(percent, form({ periodLabel: 'x'.repeat(31) }))).toEqual({ periodLabel: 'The period must be 30 characters or fewer, like 2019/20 or Jul – Sep 2019' });
    expect(errorsOf(percent, form({ periodLabel: 'x'.repeat(30) }))).toEqual({});
  });

  it('wants a real period end that has passed', () => {
    expect(errorsOf(percent, form({ periodEndDay: '30', periodEndMonth: '2' }))).toEqual({ periodEndDay: 'The period end must be a real date' });
    expect(errorsOf(percent, form({ periodEndMonth: '', periodEndYear: '' }))).toEqual({ periodEndMonth: 'The period end must include a month and year' });
    expect(errorsOf(percent, form({ periodEndYear: '2021', periodEndMonth: '1', periodEndDay: '16' }))).toEqual({
      periodEndDay: 'The period end must be today or earlier: a benchmark is for a period that has ended',
    });
    expect(errorsOf(percent, form({ periodEndYear: '1999' }))).toEqual({ periodEndDay: 'The period end must be on or after 1 January 2000' });
  });

  it('names the point to change instead of a second one', () => {
    expect(duplicatePointMessage('KPI2', 'North East', '2020-03-31')).toBe('There is already a North East point ending 31 March 2020 for KPI2: change that one instead');
  });

  it('says how exact a value may be and how the pack shows it', () => {
    expect(benchmarkValueHint(rate)).toBe('A rate per 100,000, up to 1 decimal place, like 379.8. The pack shows it to a whole number.');
  });

  it('addresses a point by its series and period end', () => {
    expect(pointSlug('Statistical neighbours', '2019-09-30')).toBe('statistical-neighbours-2019-09-30');
    expect(readPointSlug('statistical-neighbours-2019-09-30')).toEqual({ series: 'Statistical neighbours', periodEnd: '2019-09-30' });
    expect(readPointSlug('wales-2019-09-30')).toBeNull();
    expect(readSeries(' north   east ')).toBe('North East');
  });
});
