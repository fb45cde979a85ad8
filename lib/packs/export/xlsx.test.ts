import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { PACK_COLUMNS, PACK_HEADERS } from './columns';
import { testPack } from './test-pack';
import { figureFormat, packXlsx } from './xlsx';

const V1 = { version: 1, publishedAt: '2021-01-07T09:00:00.000Z' };
const DRAFT = { version: null, publishedAt: null };

async function read(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

/** The Measures sheet's cell in the row of `ref`, under `header`. */
function cellOf(sheet: ExcelJS.Worksheet, ref: string, header: string): ExcelJS.Cell {
  const column = PACK_HEADERS.indexOf(header) + 1;
  const refColumn = PACK_HEADERS.indexOf('Ref') + 1;
  for (let r = 3; r <= sheet.rowCount; r++) if (sheet.getCell(r, refColumn).value === ref) return sheet.getCell(r, column);
  throw new Error(`No row for ${ref}`);
}

const GRID = [
  { ref: 'KPI1', letters: ['G', 'G', 'G', 'G', 'G', 'G', 'G', '', '', '', '', ''] },
  { ref: 'SM1', letters: ['–', '–', '–', '–', '–', '–', '–', '', '', '', '', ''] },
  { ref: 'SM20', letters: ['–', '–', '–', '–', '–', '–', 'B', '', '', '', '', ''] },
  { ref: 'SM4', letters: ['R', 'A', 'A', 'A', 'G', 'A', 'A', '', '', '', '', ''] },
];

const pack = testPack(
  [
    { ref: 'KPI1' },
    { ref: 'KPI2', unit: 'rate', ratePer: 100000, decimals: 0, value: '339', ytdValue: null, target: '375', toleranceEdge: '402.9', polarity: 'lower' },
    { ref: 'SM1', unit: 'rate', ratePer: 10000, value: '379.8', target: null, toleranceEdge: null, toleranceText: '-', rating: 'none', ratingLabel: 'Not rated' },
    { ref: 'SM4', value: '22.1', ytdValue: '24.0', target: '23', toleranceEdge: '28.9', rating: 'amber', ratingLabel: 'Amber' },
    { ref: 'SM8', availability: 'not_available', value: null, ytdValue: null, rating: 'blue', ratingLabel: 'Blue' },
    { ref: 'SM11', decimals: 2, value: '0.05' },
    { ref: 'SM15', unit: 'count', decimals: 0, value: '41', secondaryValue: '25', ytdValue: '381', ytdSecondaryValue: '84', target: null, toleranceEdge: null },
    { ref: 'SM20', title: 'Number of unplanned placement moves' },
    { ref: 'X1', value: '-3', commentary: '=HYPERLINK("http://evil.example","Click")', improvementAction: '@SUM(1+1)*cmd|\' /C calc\'!A0', justification: '-2+3' },
  ],
  GRID,
);

describe('a pack as an Excel workbook', () => {
  it('has a Measures sheet: the edition in a title row, then a bold, frozen header row and one row per measure', async () => {
    const workbook = await read(await packXlsx(pack, V1));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Measures', 'Summary grid']);
    const sheet = workbook.getWorksheet('Measures')!;
    expect(sheet.getCell('A1').value).toBe('Together for Children Performance Report, October 2020: version 1, published 7 January 2021');
    expect(sheet.getRow(2).values).toEqual([undefined, ...PACK_HEADERS]);
    expect(sheet.getCell('B2').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, xSplit: 3 });
    expect(sheet.rowCount).toBe(2 + pack.measures.length);
    expect(sheet.getColumn(PACK_HEADERS.indexOf('Commentary') + 1).width).toBe(70);
    expect(cellOf(sheet, 'KPI1', 'Commentary').alignment?.wrapText).toBe(true);
    expect(cellOf(sheet, 'KPI1', 'Edition').value).toBe('version 1');
  });

  it('writes figures as numbers with the measure’s decimals, a percentage as 89.1 shown "89.1%"', async () => {
    const sheet = (await read(await packXlsx(pack, V1))).getWorksheet('Measures')!;
    const expectNumber = (ref: string, header: string, value: number, numFmt: string) => {
      const cell = cellOf(sheet, ref, header);
      expect({ ref, header, type: cell.type, value: cell.value, numFmt: cell.numFmt }).toEqual({ ref, header, type: ExcelJS.ValueType.Number, value, numFmt });
    };
    expectNumber('KPI1', 'Value', 89.1, '0.0"%"');
    expectNumber('KPI1', 'Target', 65, '0"%"');
    expectNumber('KPI1', 'Tolerance edge', 62, '0"%"');
    expectNumber('KPI2', 'Value', 339, '0');
    expectNumber('KPI2', 'Tolerance edge', 402.9, '0.0');
    expectNumber('SM1', 'Value', 379.8, '0.0');
    expectNumber('SM4', 'YTD', 24, '0.0"%"');
    expectNumber('SM11', 'Value', 0.05, '0.00"%"');
    expectNumber('SM15', 'Secondary value', 25, '0');
    expectNumber('SM15', 'YTD secondary', 84, '0');
    // A negative figure is a number, not text.
    expectNumber('X1', 'Value', -3, '0.0"%"');
    expect(cellOf(sheet, 'SM8', 'Value').type).toBe(ExcelJS.ValueType.Null);
    expect(cellOf(sheet, 'SM8', 'Availability').value).toBe('Not available (n/ava)');
    expect(cellOf(sheet, 'SM1', 'Target').type).toBe(ExcelJS.ValueType.Null);
    expect(cellOf(sheet, 'KPI1', 'Period')).toMatchObject({ type: ExcelJS.ValueType.String, value: '2020-10' });
  });

  it('keeps formula-like text a plain string cell, with an apostrophe before it', async () => {
    const sheet = (await read(await packXlsx(pack, V1))).getWorksheet('Measures')!;
    for (const [header, text] of [
      ['Commentary', '=HYPERLINK("http://evil.example","Click")'],
      ['Improvement action', '@SUM(1+1)*cmd|\' /C calc\'!A0'],
      ['Justification', '-2+3'],
    ] as const) {
      const cell = cellOf(sheet, 'X1', header);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(`'${text}`);
    }
  });

  it('says the rating in words, coloured as well', async () => {
    const sheet = (await read(await packXlsx(pack, V1))).getWorksheet('Measures')!;
    const amber = cellOf(sheet, 'SM4', 'RAG rating');
    expect(amber.value).toBe('Amber');
    expect(amber.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } });
    expect(cellOf(sheet, 'SM1', 'RAG rating').value).toBe('Not rated');
  });

  it('has a Summary grid sheet: the rated measures only, a letter a month from April to March', async () => {
    const sheet = (await read(await packXlsx(pack, V1))).getWorksheet('Summary grid')!;
    expect(sheet.getCell('A1').value).toBe('Summary of ratings by month, 2020/21 (October 2020 pack, version 1)');
    expect(sheet.getRow(2).values).toEqual([
      undefined, 'Ref', 'Measure', 'Apr 2020', 'May 2020', 'Jun 2020', 'Jul 2020', 'Aug 2020', 'Sep 2020', 'Oct 2020', 'Nov 2020', 'Dec 2020', 'Jan 2021', 'Feb 2021', 'Mar 2021',
    ]);
    expect(sheet.getCell('A2').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    // SM1 has no target in any month: left out, as the reference pack's summary leaves it out.
    expect([3, 4, 5].map((r) => sheet.getCell(r, 1).value)).toEqual(['KPI1', 'SM20', 'SM4']);
    expect(sheet.getCell('B4').value).toBe('Number of unplanned placement moves');
    expect(sheet.getRow(5).values).toEqual([undefined, 'SM4', KPI1_TITLE, 'R', 'A', 'A', 'A', 'G', 'A', 'A']);
    expect(sheet.getRow(4).values).toEqual([undefined, 'SM20', 'Number of unplanned placement moves', '–', '–', '–', '–', '–', '–', 'B']);
    expect(sheet.getCell('C5').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(sheet.getCell('J5').type).toBe(ExcelJS.ValueType.Null);
  });

  it('names the organisation and the publishing date in the workbook’s properties, not the time of export', async () => {
    const workbook = await read(await packXlsx(pack, V1));
    expect(workbook.creator).toBe('Together for Children');
    expect(workbook.title).toBe('Together for Children Performance Report, October 2020: version 1, published 7 January 2021');
    expect(workbook.created.toISOString()).toBe('2021-01-07T09:00:00.000Z');
    expect(workbook.modified.toISOString()).toBe('2021-01-07T09:00:00.000Z');
  });

  it('marks a draft as DRAFT in its title, both sheets’ title rows and every row', async () => {
    const workbook = await read(await packXlsx(pack, DRAFT));
    expect(workbook.title).toMatch(/^DRAFT – not published: Together for Children Performance Report, October 2020/);
    const measures = workbook.getWorksheet('Measures')!;
    expect(String(measures.getCell('A1').value)).toMatch(/^DRAFT – not published/);
    expect(String(workbook.getWorksheet('Summary grid')!.getCell('A1').value)).toMatch(/^DRAFT – not published/);
    for (let r = 3; r <= measures.rowCount; r++) expect(measures.getCell(r, 1).value).toBe('DRAFT – not published');
    // Nothing published yet: the draft's report date, not the moment of export.
    expect(workbook.created.toISOString()).toBe('2021-01-07T00:00:00.000Z');
  });

  it('has one format per decimals and unit', () => {
    expect(figureFormat({ places: 0, percent: false })).toBe('0');
    expect(figureFormat({ places: 1, percent: false })).toBe('0.0');
    expect(figureFormat({ places: 2, percent: true })).toBe('0.00"%"');
    expect(PACK_COLUMNS).toHaveLength(PACK_HEADERS.length);
  });
});

const KPI1_TITLE = '% of Early Help cases that were closed with two or more successful outcomes (TfC)';
