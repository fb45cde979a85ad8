import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '../validation/form-state';
import { dueDateHint, lastDayOf, nextMonthToOpen, openMonthSchema } from './open-month-schema';

function problem(month: string, day: string, monthPart: string, year: string) {
  const parsed = openMonthSchema.safeParse({ month, dueDateDay: day, dueDateMonth: monthPart, dueDateYear: year });
  return parsed.success ? null : fieldErrorsOf(parsed.error);
}

describe('opening the next month: the due date', () => {
  it('reads three fields as one date after the month has ended', () => {
    expect(openMonthSchema.parse({ month: '2020-12', dueDateDay: ' 15 ', dueDateMonth: '1', dueDateYear: '2021' })).toEqual({
      month: '2020-12',
      dueDate: '2021-01-15',
    });
    // December's figures are due in January: the year turns.
    expect(openMonthSchema.parse({ month: '2020-12', dueDateDay: '01', dueDateMonth: '01', dueDateYear: '2021' }).dueDate).toBe('2021-01-01');
  });

  it.each([
    [['', '', ''], 'Enter the due date'],
    [['', '1', '2021'], 'The due date must include a day'],
    [['15', '', ''], 'The due date must include a month and year'],
    [['x', '1', '2021'], 'The due date must be a real date'],
    [['15', '1', '21'], 'The due date must be a real date'],
    [['30', '2', '2021'], 'The due date must be a real date'],
    [['32', '1', '2021'], 'The due date must be a real date'],
    [['15', '13', '2021'], 'The due date must be a real date'],
    [['31', '12', '2020'], 'The due date must be after the end of the month it is for'],
    [['10', '11', '2020'], 'The due date must be after the end of the month it is for'],
    [['1', '4', '2021'], 'The due date must be no more than 3 months after the end of the month it is for'],
  ])('%j for December 2020: "%s"', ([day, month, year], message) => {
    expect(Object.values(problem('2020-12', day!, month!, year!) ?? {})).toEqual([message]);
  });

  it('allows up to the last day three months after the end', () => {
    expect(problem('2020-12', '31', '3', '2021')).toBeNull();
    expect(problem('2020-11', '28', '2', '2021')).toBeNull();
    expect(problem('2020-11', '1', '3', '2021')).toEqual({ dueDateDay: 'The due date must be no more than 3 months after the end of the month it is for' });
  });

  it('puts the problem on the first part it is about: the missing one, or the day for the whole date', () => {
    expect(problem('2020-12', '', '1', '2021')).toEqual({ dueDateDay: 'The due date must include a day' });
    expect(problem('2020-12', '15', '', '')).toEqual({ dueDateMonth: 'The due date must include a month and year' });
    expect(problem('2020-12', '15', '1', '')).toEqual({ dueDateYear: 'The due date must include a year' });
    expect(problem('2020-12', '30', '2', '2021')).toEqual({ dueDateDay: 'The due date must be a real date' });
  });

  it('refuses a month that is not one, whatever the date', () => {
    expect(problem('2020-13', '15', '1', '2021')).toEqual({ month: 'Reload the page and open the month it offers' });
    expect(openMonthSchema.safeParse({ dueDateDay: '15', dueDateMonth: '1', dueDateYear: '2021' }).success).toBe(false);
  });
});

describe('which month is opened next', () => {
  it('is the calendar month after the latest, across the year end', () => {
    expect(nextMonthToOpen('2020-11-01', '2021-06-01')).toBe('2020-12');
    expect(nextMonthToOpen('2020-12-01', '2020-12-02')).toBe('2021-01');
  });

  it('with no months yet, is the month before today’s', () => {
    expect(nextMonthToOpen(null, '2021-01-05')).toBe('2020-12');
  });

  it('says when its figures may be due', () => {
    expect(lastDayOf('2021-02')).toBe('2021-02-28');
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(dueDateHint('2020-12')).toBe('Figures for December 2020 are due between 1 January 2021 and 31 March 2021. For example, 15 1 2021');
  });
});
