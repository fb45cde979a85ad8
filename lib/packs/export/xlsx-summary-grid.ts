// The workbook's second sheet: the pack's summary grid, a letter a month from April to March for
// every measure the pack rates. A measure with no target in any month ("–" throughout) is left out,
// as the reference pack's summary leaves it out.
import type { Workbook } from 'exceljs';
import { monthName, parseMonth } from '../../rating';
import type { PackSnapshot } from '../snapshot';
import { neutraliseFormula } from './cells';
import { coloursOfLetter } from './rating-colours';
import { colourCell, freezeHeaders, HEADER_ROW, printSetup, writeHeaders, writeTitle } from './xlsx-style';

export const SUMMARY_GRID_SHEET = 'Summary grid';

/** "Apr 2020". */
function shortMonth(month: string): string {
  const m = parseMonth(month);
  return m ? `${monthName(m.month).slice(0, 3)} ${m.year}` : month;
}

/** True if any month of the row has a rating: R, A, G or B. */
const isRated = (letters: readonly string[]) => letters.some((letter) => letter !== '' && letter !== '–');

const KEY = [
  'R  Red: not meeting target and outside the tolerance range',
  'A  Amber: not meeting target but within the tolerance range',
  'G  Green: meeting or exceeding target',
  'B  Blue: no data available',
  '–  no target that month',
];

export function addSummaryGridSheet(workbook: Workbook, snapshot: PackSnapshot, title: string): void {
  const sheet = workbook.addWorksheet(SUMMARY_GRID_SHEET);
  sheet.columns = [{ width: 7 }, { width: 60 }, ...snapshot.grid.months.map(() => ({ width: 9 }))];
  writeTitle(sheet, title);
  writeHeaders(sheet, ['Ref', 'Measure', ...snapshot.grid.months.map(shortMonth)]);

  const titleOf = new Map(snapshot.measures.map((m) => [m.ref, m.title]));
  const rows = snapshot.grid.rows.filter((row) => isRated(row.letters));
  rows.forEach((gridRow, i) => {
    const row = sheet.getRow(HEADER_ROW + 1 + i);
    row.getCell(1).value = neutraliseFormula(gridRow.ref);
    const measure = row.getCell(2);
    measure.value = neutraliseFormula(titleOf.get(gridRow.ref) ?? '');
    measure.alignment = { wrapText: true, vertical: 'top' };
    gridRow.letters.forEach((letter, m) => {
      const cell = row.getCell(3 + m);
      if (letter === '') return;
      cell.value = letter;
      cell.alignment = { horizontal: 'center', vertical: 'top' };
      colourCell(cell, coloursOfLetter(letter));
    });
  });

  // The key, after a blank row: the letters and dash in words.
  KEY.forEach((line, i) => {
    sheet.getCell(HEADER_ROW + rows.length + 2 + i, 2).value = line;
  });
  freezeHeaders(sheet, 2);
  printSetup(sheet);
}
