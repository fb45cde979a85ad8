import { describe, expect, it } from 'vitest';
import { FIGURES_CSV_HEADER, parseFiguresCsv, problemText } from './figures-csv';

const rowsOf = (text: string) => {
  const parsed = parseFiguresCsv(text);
  if (!parsed.ok) throw new Error(parsed.problems.map(problemText).join('\n'));
  return parsed.rows;
};
const problemsOf = (text: string) => {
  const parsed = parseFiguresCsv(text);
  if (parsed.ok) throw new Error('expected problems');
  return parsed.problems.map(problemText);
};

describe('parseFiguresCsv', () => {
  it('reads a byte-order mark, CR LF line ends, quoted commas, doubled quotes, new lines in quotes and a trailing empty line', () => {
    const text =
      `\uFEFF${FIGURES_CSV_HEADER}\r\n` +
      `KPI3,2020-11,93.2,,,available,"Referrals rose, again","Say ""why"""\r\n` +
      `SM14,2020-11,64,47,497,,"Two\r\nlines",\r\n` +
      `\r\n`;
    const rows = rowsOf(text);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({
      line: 2,
      measureRef: 'KPI3',
      period: '2020-11',
      value: '93.2',
      secondaryValue: '',
      ytdValue: '',
      availability: 'available',
      commentary: 'Referrals rose, again',
      improvementAction: 'Say "why"',
    });
    expect(rows[1]).toMatchObject({ line: 3, measureRef: 'SM14', secondaryValue: '47', ytdValue: '497', commentary: 'Two\r\nlines', improvementAction: '' });
  });

  it('numbers rows by the line they start on, after a field with new lines and blank lines', () => {
    const text = `${FIGURES_CSV_HEADER}\nKPI1,2020-11,1,,,,"a\nb\nc",\n\nKPI2,2020-11,2,,,,,\n`;
    expect(rowsOf(text).map((r) => r.line)).toEqual([2, 6]);
  });

  it('accepts LF without a trailing line end and a header in capitals', () => {
    expect(rowsOf(`${FIGURES_CSV_HEADER.toUpperCase()}\nKPI1,2020-11,1,,,,,`)).toHaveLength(1);
  });

  it('names the header it expects for a wrong or missing one', () => {
    expect(problemsOf('ref,month,value\nKPI1,2020-11,1')).toEqual([
      `line 1: the first line must be the header ${FIGURES_CSV_HEADER}, but it is ref,month,value`,
    ]);
    expect(problemsOf('')).toEqual([`line 1: the file is empty: its first line must be the header ${FIGURES_CSV_HEADER}`]);
  });

  it('says a file with only its header has no rows', () => {
    expect(problemsOf(`${FIGURES_CSV_HEADER}\r\n`)).toEqual(['The file has no rows of figures under its header.']);
  });

  it('lists every row with the wrong number of fields or a stray quote mark', () => {
    const text = `${FIGURES_CSV_HEADER}\nKPI1,2020-11,1,,,\nKPI2,2020-11,2,,,,ab"c,\nKPI3,2020-11,"3"x,,,,,\n`;
    expect(problemsOf(text)).toEqual([
      'line 2: the row has 6 fields, but every row needs 8, one for each column of the header (put a field holding a comma in quotes)',
      'line 3: a quote mark is inside a field that does not start with one: put the field in quotes and write the quote mark twice ("")',
      'line 4: a quoted field is followed by more text before the next comma: put the whole field in quotes',
    ]);
  });

  it('names the line of a quoted field never closed', () => {
    expect(problemsOf(`${FIGURES_CSV_HEADER}\nKPI1,2020-11,1,,,,"never closed,\nmore`)).toEqual([
      'line 2: a quoted field is never closed: end it with a quote mark (") and write any quote mark inside it twice ("")',
    ]);
  });
});
