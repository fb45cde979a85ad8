import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  bankHolidayOn,
  bankHolidaysIn,
  isWorkingDay,
  workingDaysAfter,
  lastWorkingDayOnOrBefore,
  whyNotWorkingDay,
  workingDaysBefore,
} from './working-days';

describe('bank holidays in England and Wales', () => {
  it('lists 2020 as the government published it, with Christmas on a Friday and a substitute Boxing Day', () => {
    expect(bankHolidaysIn(2020)).toEqual([
      { date: '2020-01-01', name: "New Year's Day" },
      { date: '2020-04-10', name: 'Good Friday' },
      { date: '2020-04-13', name: 'Easter Monday' },
      { date: '2020-05-08', name: 'Early May bank holiday (VE day)' },
      { date: '2020-05-25', name: 'Spring bank holiday' },
      { date: '2020-08-31', name: 'Summer bank holiday' },
      { date: '2020-12-25', name: 'Christmas Day' },
      { date: '2020-12-26', name: 'Boxing Day' },
      { date: '2020-12-28', name: 'Boxing Day (substitute day)' },
    ]);
  });

  it('moved the early May holiday of 2020 from Monday 4 May to Friday 8 May, VE day', () => {
    expect(isWorkingDay('2020-05-04')).toBe(true);
    expect(isWorkingDay('2020-05-08')).toBe(false);
    expect(whyNotWorkingDay('2020-05-08')).toBe('Early May bank holiday (VE day), a bank holiday');
  });

  it('knows Easter 2021: Good Friday 2 April and Easter Monday 5 April', () => {
    expect(bankHolidayOn('2021-04-02')).toBe('Good Friday');
    expect(bankHolidayOn('2021-04-05')).toBe('Easter Monday');
    expect(isWorkingDay('2021-04-01')).toBe(true);
    expect(isWorkingDay('2021-04-06')).toBe(true);
  });

  it('includes the one-off days of 2022: the platinum jubilee and the Queen’s funeral', () => {
    expect(isWorkingDay('2022-06-02')).toBe(false);
    expect(bankHolidayOn('2022-06-03')).toMatch(/Platinum Jubilee/);
    expect(bankHolidayOn('2022-09-19')).toMatch(/Funeral/);
    expect(isWorkingDay('2022-09-19')).toBe(false);
    expect(isWorkingDay('2022-09-20')).toBe(true);
  });

  it('counts no observance as a holiday: Mother’s Day falls on a Sunday, and St George’s Day is a working day', () => {
    expect(bankHolidaysIn(2021).map((h) => h.name)).not.toContain("Mother's Day");
    expect(bankHolidayOn('2021-04-23')).toBeNull();
    expect(isWorkingDay('2021-04-23')).toBe(true);
  });
});

describe('working days', () => {
  it('skips weekends', () => {
    expect(whyNotWorkingDay('2020-12-12')).toBe('Saturday');
    expect(whyNotWorkingDay('2020-12-13')).toBe('Sunday');
    expect(whyNotWorkingDay('2020-12-14')).toBeNull();
    expect(addWorkingDays('2020-12-11', 1)).toBe('2020-12-14');
    expect(addWorkingDays('2020-12-14', -1)).toBe('2020-12-11');
    // From a Saturday, the next working day is the Monday and the one before is the Friday.
    expect(addWorkingDays('2020-12-12', 1)).toBe('2020-12-14');
    expect(addWorkingDays('2020-12-12', -1)).toBe('2020-12-11');
  });

  it('skips Christmas 2020: Friday 25, the weekend and the substitute Monday 28', () => {
    expect(addWorkingDays('2020-12-24', 1)).toBe('2020-12-29');
    expect(workingDaysBefore('2020-12-29', 1)).toBe('2020-12-24');
    expect(workingDaysBefore('2020-12-29', 3)).toBe('2020-12-22');
    expect(whyNotWorkingDay('2020-12-28')).toBe('Boxing Day (substitute day), a bank holiday');
  });

  it('skips Easter 2021', () => {
    expect(addWorkingDays('2021-04-01', 1)).toBe('2021-04-06');
    expect(workingDaysBefore('2021-04-06', 3)).toBe('2021-03-30');
  });

  it('crosses year boundaries both ways, over New Year’s Day and its substitutes', () => {
    expect(addWorkingDays('2020-12-31', 1)).toBe('2021-01-04');
    expect(addWorkingDays('2021-01-04', -1)).toBe('2020-12-31');
    // Christmas 2021 fell on a Saturday: Monday 27 and Tuesday 28 were the substitute days.
    expect(addWorkingDays('2021-12-24', 1)).toBe('2021-12-29');
    // 1 January 2022 was a Saturday, so Monday 3 January was the holiday.
    expect(addWorkingDays('2021-12-31', 1)).toBe('2022-01-04');
    expect(addWorkingDays('2022-12-23', 3)).toBe('2022-12-30');
    expect(addWorkingDays('2022-12-30', 1)).toBe('2023-01-03');
    expect(addWorkingDays('2023-01-03', -5)).toBe('2022-12-22');
  });

  it('leaves a date alone for zero working days, and counts many at once', () => {
    expect(addWorkingDays('2020-12-26', 0)).toBe('2020-12-26');
    // 2021: 261 weekdays, less the 8 bank holidays that fell on one (1 January, Good Friday, Easter
    // Monday, 3 and 31 May, 30 August, 27 and 28 December) leaves 253 working days.
    expect(addWorkingDays('2020-12-31', 253)).toBe('2021-12-31');
    expect(addWorkingDays('2021-12-31', -253)).toBe('2020-12-31');
  });

  it('gives the due date itself when it is a working day, else the last working day before it', () => {
    expect(lastWorkingDayOnOrBefore('2020-12-16')).toBe('2020-12-16');
    expect(lastWorkingDayOnOrBefore('2021-03-28')).toBe('2021-03-26');
    expect(lastWorkingDayOnOrBefore('2021-04-05')).toBe('2021-04-01');
  });

  it('counts the working days left before a due date', () => {
    expect(workingDaysAfter('2020-12-11', '2020-12-16')).toBe(3);
    expect(workingDaysAfter('2020-12-22', '2020-12-29')).toBe(3);
    expect(workingDaysAfter('2021-03-24', '2021-03-28')).toBe(2);
    expect(workingDaysAfter('2020-12-16', '2020-12-16')).toBe(0);
    expect(workingDaysAfter('2020-12-17', '2020-12-16')).toBe(0);
  });

  it('refuses what is not a date', () => {
    expect(() => isWorkingDay('2021-02-30')).toThrow(RangeError);
    expect(() => isWorkingDay('16/12/2020')).toThrow(RangeError);
    expect(() => addWorkingDays('2020-12-16', 1.5)).toThrow(RangeError);
  });
});
