// A pack as an Excel workbook (exceljs): sheet 1 "Measures", the same table as the CSV with typed
// cells; sheet 2 "Summary grid", the ratings by month.
//
// A percentage is kept as the figure people entered and the pack prints (89.1 shown as "89.1%"
// by the number format 0.0"%"), not as 0.891 with Excel's % format: the cell then holds the same
// number as the CSV, the import and the pack, and a target of 65 compares with it directly.
import ExcelJS from 'exceljs';
import { formatLongDate } from '../../rating';
import type { PackSnapshot } from '../snapshot';
import type { FigureCell } from './cells';
import { PACK_COLUMNS, PACK_HEADERS, packRows } from './columns';
import { editionText, isDraft, type PackEdition } from './edition';
import { coloursOfRating } from './rating-colours';
import { addSummaryGridSheet } from './xlsx-summary-grid';
import { colourCell, freezeHeaders, HEADER_ROW, printSetup, writeHeaders, writeTitle } from './xlsx-style';

export const MEASURES_SHEET = 'Measures';

/** '0.0' for one decimal place, '0' for none; a percentage adds a literal "%": '0.0"%"'. */
export function figureFormat(cell: Pick<FigureCell, 'places' | 'percent'>): string {
  const number = cell.places > 0 ? `0.${'0'.repeat(cell.places)}` : '0';
  return cell.percent ? `${number}"%"` : number;
}

/** "Together for Children Performance Report, October 2020: version 1, published 7 January 2021". */
export function workbookTitle(snapshot: PackSnapshot, edition: PackEdition): string {
  const what = `${snapshot.meta.title}, ${snapshot.monthLabel}`;
  if (isDraft(edition)) return `${editionText(edition)}: ${what}, as it stands now; its figures and ratings may change`;
  const published = edition.publishedAt ? `, published ${formatLongDate(edition.publishedAt.slice(0, 10))}` : '';
  return `${what}: ${editionText(edition)}${published}`;
}

/** "Summary of ratings by month, 2020/21 (October 2020 pack, version 1)"; a draft's starts with DRAFT. */
function summaryGridTitle(snapshot: PackSnapshot, edition: PackEdition): string {
  const what = `ummary of ratings by month, ${snapshot.financialYearLabel}`;
  return isDraft(edition)
    ? `${editionText(edition)}: s${what} (${snapshot.monthLabel}, as it stands now)`
    : `S${what} (${snapshot.monthLabel} pack, ${editionText(edition)})`;
}

/** When the pack was published, or for a draft its report date: never the moment of export where avoidable. */
function workbookDate(snapshot: PackSnapshot, edition: PackEdition): Date | null {
  const date = new Date(edition.publishedAt ?? `${snapshot.meta.reportDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

function addMeasuresSheet(workbook: ExcelJS.Workbook, snapshot: PackSnapshot, edition: PackEdition, title: string): void {
  const sheet = workbook.addWorksheet(MEASURES_SHEET);
  sheet.columns = PACK_COLUMNS.map((column) => ({ width: column.width }));
  writeTitle(sheet, title);
  writeHeaders(sheet, PACK_HEADERS);

  packRows(snapshot, edition).forEach((cells, i) => {
    const row = sheet.getRow(HEADER_ROW + 1 + i);
    cells.forEach((source, c) => {
      const cell = row.getCell(c + 1);
      cell.alignment = { vertical: 'top', wrapText: PACK_COLUMNS[c]?.wrap ?? false };
      if (source.kind === 'figure') {
        // A validated plain decimal: Number() is exact to the figure's printed places.
        if (source.value !== null) {
          cell.value = Number(source.value);
          cell.numFmt = figureFormat(source);
        }
        return;
      }
      // Always a string cell, never a formula (and already neutralised).
      if (source.text !== '') cell.value = source.text;
      if (source.rating) colourCell(cell, coloursOfRating(source.rating));
    });
  });

  freezeHeaders(sheet, 3);
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: PACK_COLUMNS.length } };
  printSetup(sheet);
}

export async function packXlsx(snapshot: PackSnapshot, edition: PackEdition): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const title = workbookTitle(snapshot, edition);
  workbook.title = title;
  workbook.subject = `Performance against the contractual indicators, ${snapshot.monthLabel}`;
  workbook.creator = snapshot.meta.organisation;
  workbook.lastModifiedBy = snapshot.meta.organisation;
  workbook.company = snapshot.meta.organisation;
  workbook.keywords = isDraft(edition) ? 'DRAFT' : editionText(edition);
  const date = workbookDate(snapshot, edition);
  if (date) {
    workbook.created = date;
    workbook.modified = date;
  }

  addMeasuresSheet(workbook, snapshot, edition, title);
  addSummaryGridSheet(workbook, snapshot, summaryGridTitle(snapshot, edition));

  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
