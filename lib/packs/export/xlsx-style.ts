// What both sheets of the pack workbook share: the title row that says which edition this is, the
// bold header row frozen above the table, and a rating's colours.
import type { Cell, Row, Worksheet } from 'exceljs';
import type { RatingColours } from './rating-colours';

/** Row 1: what this is, and for a draft that it is not published. Row 2 holds the headers. */
export const TITLE_ROW = 1;
export const HEADER_ROW = 2;

export function writeTitle(sheet: Worksheet, title: string): void {
  const cell = sheet.getCell(TITLE_ROW, 1);
  cell.value = title;
  cell.font = { bold: true, size: 14 };
  sheet.getRow(TITLE_ROW).height = 22;
}

export function writeHeaders(sheet: Worksheet, headers: readonly string[]): Row {
  const row = sheet.getRow(HEADER_ROW);
  headers.forEach((header, i) => {
    const cell = row.getCell(i + 1);
    cell.value = header;
    cell.font = { bold: true };
    cell.alignment = { vertical: 'bottom', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF000000' } } };
  });
  return row;
}

/** Keeps the title, the headers and the first `columns` columns in view while scrolling. */
export function freezeHeaders(sheet: Worksheet, columns: number): void {
  sheet.views = [{ state: 'frozen', xSplit: columns, ySplit: HEADER_ROW, topLeftCell: `${columnLetter(columns + 1)}${HEADER_ROW + 1}`, activeCell: 'A3' }];
}

export function colourCell(cell: Cell, colours: RatingColours | null): void {
  if (!colours) return;
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: colours.fill } };
  cell.font = { ...cell.font, color: { argb: colours.text } };
}

/** 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A4 landscape, as wide as the page, with the header row on every page. */
export function printSetup(sheet: Worksheet): void {
  sheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  sheet.pageSetup.printTitlesRow = `${HEADER_ROW}:${HEADER_ROW}`;
}
