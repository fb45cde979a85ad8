// Every rule of a figures import, with its sentence, on a small catalogue without a database.
import { describe, expect, it } from 'vitest';
import { checkRows, type ImportCatalogue, type StoredEntry } from './check-rows';
import { FIGURES_CSV_HEADER, parseFiguresCsv, problemText } from './figures-csv';

const measure = (id: number, ref: string, extra: Partial<ImportCatalogue['measures'][number]> = {}): ImportCatalogue['measures'][number] => ({
  id,
  ref,
  active: true,
  unit: 'percent',
  ratePer: null,
  decimals: 1,
  polarity: 'higher',
  basis: 'monthly',
  annualMonth: null,
  secondaryLabel: null,
  ...extra,
});

const stored = (measureId: number, periodId: number, extra: Partial<StoredEntry> = {}): StoredEntry => ({
  id: measureId * 100 + periodId,
  measureId,
  periodId,
  value: '91',
  secondaryValue: null,
  ytdValue: null,
  availability: 'available',
  commentary: null,
  improvementAction: null,
  judgedRating: null,
  status: 'draft',
  version: 3,
  ...extra,
});

const catalogue: ImportCatalogue = {
  measures: [
    measure(1, 'SM4'),
    measure(2, 'SM14', { unit: 'count', decimals: 0, polarity: 'none', secondaryLabel: 'children' }),
    measure(3, 'SM6', { basis: 'ytd' }),
    measure(4, 'SM99', { active: false }),
    measure(5, 'KPI1'),
    measure(6, 'KPI2'),
  ],
  periods: [
    { id: 7, month: '2020-10-01', state: 'published', financialYear: 2020 },
    { id: 8, month: '2020-11-01', state: 'open', financialYear: 2020 },
  ],
  targets: [1, 3, 5, 6].map((measureId) => ({ measureId, financialYear: 2020, target: '90', toleranceEdge: '85' })),
  entries: [stored(5, 8, { status: 'submitted', value: '95' }), stored(6, 8, { value: '91' })],
  history: [],
};

const csv = (...lines: string[]) => [FIGURES_CSV_HEADER, ...lines].join('\n');
const check = (text: string, submit = false, from: ImportCatalogue = catalogue) => {
  const parsed = parseFiguresCsv(text);
  if (!parsed.ok) throw new Error(parsed.problems.map(problemText).join('\n'));
  return checkRows(parsed.rows, from, { submit });
};
const problems = (text: string, submit = false, from: ImportCatalogue = catalogue) => check(text, submit, from).problems.map(problemText);

describe('checkRows', () => {
  it('plans good rows with the figure as printed and the rating it gets, rated as shown', () => {
    const { problems: found, planned } = check(csv('SM4,2020-11,89.96%,,,,,', 'SM14,2020-11,"1,234",52,,,,', 'SM6,2020-11,,,88.2,not_available,,'));
    expect(found).toEqual([]);
    expect(planned.map((p) => [p.line, p.ref, p.month, p.figure, p.rating.rating, p.change])).toEqual([
      [2, 'SM4', '2020-11', '90.0%', 'green', 'create'],
      [3, 'SM14', '2020-11', '1234 (52)', 'none', 'create'],
      [4, 'SM6', '2020-11', 'n/ava', 'blue', 'create'],
    ]);
    // Stored exactly as given, more places than the measure shows.
    expect(planned[0]!.figures).toMatchObject({ value: '89.96', availability: 'available', commentary: null });
    expect(planned[1]!.figures).toMatchObject({ value: '1234', secondaryValue: '52' });
  });

  it('says a value is not a number, negative, or a percentage over 100', () => {
    expect(problems(csv('SM4,2020-11,2x.1,,,,,', 'SM4,2020-10,-3,,,,,', 'SM6,2020-11,100.1,,101%,,,', 'SM14,2020-11,5%,,,,,'))).toEqual([
      "line 2: SM4 value '2x.1' is not a number",
      "line 3: October 2020 is not open (it is published): figures can only be imported into an open month",
      "line 3: SM4 value '-3' is below 0: figures cannot be negative",
      "line 4: SM6 value '100.1' is over 100: a percentage must be between 0 and 100",
      "line 4: SM6 ytd_value '101%' is over 100: a percentage must be between 0 and 100",
      "line 5: SM14 value '5%' has a per cent sign, but SM14 is not a percentage: write the number alone",
    ]);
  });

  it('names an unknown or retired measure, and a month that is not a month or does not exist', () => {
    expect(problems(csv('XX1,2020-11,1,,,,,', 'SM99,2020-11,1,,,,,', 'SM4,Nov 2020,1,,,,,', 'SM4,2021-01,1,,,,,', ',2020-11,1,,,,,'))).toEqual([
      "line 2: there is no measure 'XX1': check its reference against the measures list",
      'line 3: SM99 has been retired, so its figures can no longer be changed',
      "line 4: period 'Nov 2020' is not a month: write it as YYYY-MM, like 2020-11",
      'line 5: there is no month January 2021 yet: open it before importing its figures',
      'line 6: measure_ref is empty: give the measure’s reference, like KPI1',
    ]);
  });

  it('names both lines of a measure given twice for a month', () => {
    expect(problems(csv('SM4,2020-11,91,,,,,', 'SM14,2020-11,3,,,,,', 'sm4,2020-11,92,,,,,'))).toEqual([
      'line 4: SM4 for November 2020 is also on line 2: give each measure once a month',
    ]);
  });

  it('checks availability against the value', () => {
    expect(problems(csv('SM4,2020-11,,,,,,', 'SM4,2020-10,,,,maybe,,', 'SM14,2020-11,4,,,not_applicable,,'))).toEqual([
      'line 2: SM4 has no value: give the figure, or set availability to not_available or not_applicable',
      'line 3: October 2020 is not open (it is published): figures can only be imported into an open month',
      "line 3: SM4 availability 'maybe' is not one of available, not_available, not_applicable, not_due (empty means available)",
      'line 4: SM14 has a value but its availability is not_applicable: leave the value empty, or make it available',
    ]);
  });

  it('refuses a second figure for a measure without one, and control characters in text', () => {
    expect(problems(csv('SM4,2020-11,91,7,,,"a\u0007b",', `SM14,2020-11,4,2,,,,${'x'.repeat(2001)}`))).toEqual([
      'line 2: SM4 commentary contains a control character (U+0007) at character 2: delete it',
      'line 2: SM4 has no second figure: leave secondary_value empty',
      'line 3: SM14 improvement_action is 2,001 characters long: it must be 2,000 or fewer',
    ]);
  });

  it('never overwrites a submitted entry, but leaves an identical one alone', () => {
    expect(problems(csv('KPI1,2020-11,96,,,,,'))).toEqual([
      'line 2: KPI1 for November 2020 has already been submitted by its lead: an import never overwrites a submitted entry',
    ]);
    expect(check(csv('KPI1,2020-11,95.0,,,,,')).planned.map((p) => p.change)).toEqual(['unchanged']);
  });

  it('never overwrites an entry returned to its lead, but leaves an identical one alone', () => {
    const withReturned: ImportCatalogue = { ...catalogue, entries: [...catalogue.entries, stored(1, 8, { status: 'returned', value: '88' })] };
    expect(problems(csv('SM4,2020-11,92,,,,,'), false, withReturned)).toEqual([
      'line 2: SM4 for November 2020 was returned to its lead: an import never overwrites a returned entry',
    ]);
    expect(check(csv('SM4,2020-11,88.0,,,,,'), false, withReturned).planned.map((p) => p.change)).toEqual(['unchanged']);
  });

  it('overwrites a draft, saying what it held, or leaves it alone when it is the same', () => {
    const { planned } = check(csv('KPI2,2020-11,92,,,,,'));
    expect(planned[0]).toMatchObject({ change: 'update', figure: '92.0%', beforeFigure: '91.0%' });
    expect(check(csv('KPI2,2020-11,91.00%,,,,,')).planned[0]!.change).toBe('unchanged');
    // Submitting an identical draft changes its status: it is written.
    expect(check(csv('KPI2,2020-11,91,,,,,'), true).planned[0]!.change).toBe('update');
  });

  it('with submit, needs commentary and an improvement action for Amber or Red, and what the form needs', () => {
    expect(problems(csv('SM4,2020-11,80,,,,,', 'KPI2,2020-11,87,,,,Why,', 'SM14,2020-11,4,,,,,', 'SM6,2020-11,95,,,,,'), true)).toEqual([
      'line 2: SM4 for November 2020 is rated Red, so it cannot be submitted without commentary and an improvement action',
      'line 3: KPI2 for November 2020 is rated Amber, so it cannot be submitted without an improvement action',
      'line 4: SM14 has no secondary_value: give the number of children to submit it',
      'line 5: SM6 has no ytd_value: it is rated on its year to date, so give it to submit',
    ]);
    // As drafts, the same rows are fine.
    expect(problems(csv('SM4,2020-11,80,,,,,', 'KPI2,2020-11,87,,,,Why,', 'SM14,2020-11,4,,,,,', 'SM6,2020-11,95,,,,,'))).toEqual([]);
  });
});

describe('checkRows with --history', () => {
  // 2019/20 holds a month reported here (April) and one imported as history (May); 2020/21 is current.
  const withHistory: ImportCatalogue = {
    ...catalogue,
    periods: [
      { id: 3, month: '2019-04-01', state: 'approved', financialYear: 2019, importedHistory: false },
      { id: 4, month: '2019-05-01', state: 'approved', financialYear: 2019, importedHistory: true },
      ...catalogue.periods,
    ],
    currentYear: 2020,
    entries: [...catalogue.entries, stored(5, 4, { status: 'submitted', value: '80' })],
  };
  const checkHistory = (text: string, from: ImportCatalogue = withHistory) => {
    const parsed = parseFiguresCsv(text);
    if (!parsed.ok) throw new Error(parsed.problems.map(problemText).join('\n'));
    return checkRows(parsed.rows, from, { submit: false, history: true });
  };

  it('plans a new month as one to create, and replaces imported history even though it is submitted', () => {
    const { problems, planned } = checkHistory(csv('KPI1,2019-06,88,,,,,', 'KPI1,2019-05,81,,,,,', 'KPI1,2018-05,80,,,,,'));
    expect(problems).toEqual([]);
    expect(planned.map((p) => [p.month, p.periodId, p.change])).toEqual([
      ['2019-06', null, 'create'],
      ['2019-05', 4, 'update'],
      ['2018-05', null, 'create'],
    ]);
  });

  it('asks for neither commentary nor a year to date: nobody submits history', () => {
    const rated = { ...withHistory, targets: [1, 3].map((measureId) => ({ measureId, financialYear: 2019, target: '90', toleranceEdge: '85' })) };
    const parsed = parseFiguresCsv(csv('SM6,2019-06,10,,,,,', 'SM4,2019-06,10,,,,,'));
    if (!parsed.ok) throw new Error('unreadable');
    const { problems, planned } = checkRows(parsed.rows, rated, { submit: true, history: true });
    expect(problems).toEqual([]);
    // Rated with 2019/20's targets: SM4's 10% is Red, SM6 (on its year to date) has none to rate.
    expect(planned.map((p) => [p.ref, p.rating.rating])).toEqual([
      ['SM6', 'blue'],
      ['SM4', 'red'],
    ]);
  });

  it('refuses the current year, a month reported here, and history without months', () => {
    expect(checkHistory(csv('KPI1,2020-11,88,,,,,', 'KPI1,2019-04,88,,,,,')).problems.map(problemText)).toEqual([
      'line 2: 2020-11 is not an earlier year: import it without --history (history is for the years before 2020/21)',
      'line 3: April 2019 was reported here and is signed off: --history only fills months that were never reported here, and never changes one that was',
    ]);
    expect(checkHistory(csv('KPI1,2019-06,88,,,,,'), { ...withHistory, periods: [], currentYear: null }).problems.map(problemText)).toEqual([
      'line 2: there are no months yet, so no earlier year: open the current month before importing history',
    ]);
  });

  it('sends imported history to --history when it comes without it', () => {
    const parsed = parseFiguresCsv(csv('KPI1,2019-05,88,,,,,'));
    if (!parsed.ok) throw new Error('unreadable');
    expect(checkRows(parsed.rows, withHistory, { submit: false }).problems.map(problemText)).toEqual([
      'line 2: May 2019 is imported history from 2019/20: import its figures with --history to correct them',
    ]);
  });
});
