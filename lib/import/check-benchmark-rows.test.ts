// Reading and checking a benchmarks file without a database: the CSV's awkward features, every bad
// row named with its line and a sentence, and what each good row will do.
import { describe, expect, it } from 'vitest';
import { BENCHMARKS_CSV_HEADER, parseBenchmarksCsv } from './benchmarks-csv';
import { checkBenchmarkRows, type StoredPoint } from './check-benchmark-rows';
import { problemText } from './csv';

const measures = [
  { id: 2, ref: 'KPI2', unit: 'rate', ratePer: 100000, decimals: 0 },
  { id: 7, ref: 'SM4', unit: 'percent', decimals: 1 },
] as const;
const stored: StoredPoint[] = [
  { id: 1, measureId: 2, series: 'North East', periodLabel: 'Oct 18 – Sep 19', periodEnd: '2019-09-30', value: '351' },
  { id: 2, measureId: 2, series: 'England', periodLabel: 'Oct 18 – Sep 19', periodEnd: '2019-09-30', value: '216' },
];

const check = (text: string) => {
  const parsed = parseBenchmarksCsv(text);
  if (!parsed.ok) return { problems: parsed.problems.map(problemText), planned: [] };
  const { problems, planned } = checkBenchmarkRows(parsed.rows, { measures, points: stored }, '2021-01-15');
  return { problems: problems.map(problemText), planned };
};

describe('a benchmarks file', () => {
  it('reads a byte-order mark, CR LF, quoted commas and a trailing empty line, and plans each row', () => {
    const { problems, planned } = check(
      `\uFEFF${BENCHMARKS_CSV_HEADER}\r\n` +
        `KPI2,North East,Oct 18 – Sep 19,2019-09-30,349.4\r\n` +
        `kpi2,england,Oct 18 – Sep 19,2019-09-30,216.0\r\n` +
        `SM4,Statistical neighbours,"Apr – Jun 2020, provisional",2020-06-30,21.55%\r\n` +
        `\r\n`,
    );
    expect(problems).toEqual([]);
    expect(planned.map(({ line, ref, series, periodLabel, value, shown, change }) => ({ line, ref, series, periodLabel, value, shown, change }))).toEqual([
      { line: 2, ref: 'KPI2', series: 'North East', periodLabel: 'Oct 18 – Sep 19', value: '349.4', shown: '349', change: 'update' },
      { line: 3, ref: 'KPI2', series: 'England', periodLabel: 'Oct 18 – Sep 19', value: '216', shown: '216', change: 'unchanged' },
      { line: 4, ref: 'SM4', series: 'Statistical neighbours', periodLabel: 'Apr – Jun 2020, provisional', value: '21.55', shown: '21.6%', change: 'create' },
    ]);
  });

  it('names every bad row with its line and a sentence', () => {
    const { problems } = check(
      [
        BENCHMARKS_CSV_HEADER,
        'KPI9,England,2019/20,2020-03-31,200',
        'KPI2,Wales,2019/20,2020-03-31,200',
        'KPI2,England,,2020-03-31,200',
        'KPI2,England,2019/20,31/03/2020,200',
        'KPI2,England,2019/20,2020-02-30,200',
        'KPI2,England,2019/20,2021-03-31,200',
        'SM4,England,2019/20,2020-03-31,101',
        'SM4,England,2018/19,2019-03-31,2x.1',
        'KPI2,North East,2019/20,2020-03-31,300',
        'KPI2,north east,Year to March 2020,2020-03-31,301',
        ',England,2019/20,2020-03-31,1',
      ].join('\n'),
    );
    expect(problems).toEqual([
      "line 2: there is no measure 'KPI9': check its reference against the measures list",
      "line 3: KPI2 series 'Wales' is not one of North East, England, Statistical neighbours, Last year",
      'line 4: KPI2 period_label: enter the period the value is for, like 2019/20 or Jul – Sep 2019',
      "line 5: KPI2 period_end '31/03/2020' is not a date: write it as YYYY-MM-DD, like 2020-03-31",
      "line 6: KPI2 period_end '2020-02-30' is not a real date",
      "line 7: KPI2 period_end '2021-03-31': the period end must be today or earlier: a benchmark is for a period that has ended",
      "line 8: SM4 value '101': value must be between 0 and 100",
      "line 9: SM4 value '2x.1': enter the value as a number, like 94.52",
      'line 11: KPI2 North East ending 31 March 2020 is also on line 10: give each point once',
      'line 12: measure_ref is empty: give the measure’s reference, like KPI2',
    ]);
  });

  it('says what the header must be, and that a file with only a header has no points', () => {
    expect(check('measure,series\nKPI2,England').problems).toEqual([`line 1: the first line must be the header ${BENCHMARKS_CSV_HEADER}, but it is measure,series`]);
    expect(check(`${BENCHMARKS_CSV_HEADER}\r\n`).problems).toEqual(['The file has no benchmark points under its header.']);
    expect(check(`${BENCHMARKS_CSV_HEADER}\nKPI2,England,"2019/20,2020-03-31,1\n`).problems).toEqual([
      'line 2: a quoted field is never closed: end it with a quote mark (") and write any quote mark inside it twice ("")',
    ]);
  });
});
