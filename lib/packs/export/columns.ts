// The columns of a pack's CSV and XLSX downloads: one definition, so the two files always hold the
// same table. One row per measure, in the pack's order.
//
// Headers are words a person reads ("Ref", "Measure", "YTD"), not snake_case: committee officers
// open these files in Excel, and the pack's own headings are words. The figures import is
// snake_case because a program reads it; this file is not an import file, and headers unlike the
// import's keep anyone from mistaking it for one.
//
// A missing figure is an empty value plus the Availability column in words ("Not available
// (n/ava)"), never the printed mark in the value column: the value column then holds only numbers,
// so it can be summed, charted and filtered.
//
// Tolerance is given twice: the edge as a number (what the rating compares with) and the band as
// the pack prints it ("62% – 64.9%"), because the band is what committee members know.
import { describeUnit } from '../../measures/describe';
import { parseDecimal, significantPlaces } from '../../decimal';
import { DIRECTION_WORDS, type Direction } from '../../rating';
import type { PackMeasure, PackSnapshot } from '../snapshot';
import { figureCell, textCell, type ExportCell } from './cells';
import { editionText, type PackEdition } from './edition';

export type PackColumn = {
  header: string;
  /** Width in the workbook, in characters. */
  width: number;
  /** Long text, wrapped in the workbook. */
  wrap?: boolean;
  cell: (measure: PackMeasure, row: { month: string; edition: string }) => ExportCell;
};

const percent = (m: PackMeasure) => m.unit === 'percent';
/** A figure of the measure: shown at its decimals. */
const figure = (m: PackMeasure, value: string | null) => figureCell(value, m.decimals, percent(m));
/** A target or edge: shown as written ("65", "402.9"), as the pack prints thresholds. */
const threshold = (m: PackMeasure, value: string | null) => {
  const d = parseDecimal(value);
  return figureCell(value, d ? significantPlaces(d) : 0, percent(m));
};

function availabilityWords(m: PackMeasure): string {
  switch (m.availability) {
    case 'not_available':
      return 'Not available (n/ava)';
    case 'not_applicable':
      return 'Not applicable (n/a)';
    case 'not_due':
      return 'Not yet due';
    case 'available':
      return m.value === null ? 'Not entered' : 'Available';
    case null:
      return 'Not entered';
  }
}

/** Empty where there is nothing to compare with (no figure, or no better direction). */
const directionWords = (direction: Direction | null) => (direction ? DIRECTION_WORDS[direction] : '');

/** The printed band, or empty where the pack prints "-". */
const unlessDash = (text: string) => (text === '-' ? '' : text);

export const PACK_COLUMNS: readonly PackColumn[] = [
  // First, so a draft cannot be mistaken for a published pack whichever column someone looks at first.
  { header: 'Edition', width: 22, cell: (_m, row) => textCell(row.edition) },
  { header: 'Ref', width: 7, cell: (m) => textCell(m.ref) },
  { header: 'Measure', width: 50, wrap: true, cell: (m) => textCell(m.title) },
  { header: 'Group', width: 11, cell: (m) => textCell(m.group === 'kpi' ? 'KPI' : 'Supporting') },
  { header: 'Service area', width: 18, cell: (m) => textCell(m.serviceArea) },
  { header: 'Period', width: 9, cell: (_m, row) => textCell(row.month) },
  { header: 'Unit', width: 16, cell: (m) => textCell(describeUnit(m.unit, m.ratePer, m.secondaryLabel)) },
  { header: 'Value', width: 9, cell: (m) => figure(m, m.value) },
  { header: 'Secondary value', width: 10, cell: (m) => figure(m, m.secondaryValue) },
  { header: 'Availability', width: 20, cell: (m) => textCell(availabilityWords(m)) },
  { header: 'YTD', width: 9, cell: (m) => figure(m, m.ytdValue) },
  { header: 'YTD secondary', width: 10, cell: (m) => figure(m, m.ytdSecondaryValue) },
  { header: 'Target', width: 9, cell: (m) => threshold(m, m.target) },
  { header: 'Tolerance edge', width: 10, cell: (m) => threshold(m, m.toleranceEdge) },
  { header: 'Tolerance band', width: 16, cell: (m) => textCell(unlessDash(m.toleranceText)) },
  { header: 'Rating basis', width: 16, cell: (m) => textCell(m.basisText) },
  { header: 'RAG rating', width: 11, cell: (m) => ({ ...textCell(m.ratingLabel), rating: m.rating }) },
  { header: 'Judged', width: 8, cell: (m) => textCell(m.judged ? 'Yes' : 'No') },
  { header: 'Justification', width: 40, wrap: true, cell: (m) => textCell(m.justification) },
  { header: 'Reason', width: 50, wrap: true, cell: (m) => textCell(m.reason) },
  { header: 'Since last month', width: 12, cell: (m) => textCell(directionWords(m.direction.sinceLastMonth)) },
  { header: 'Since last year', width: 12, cell: (m) => textCell(directionWords(m.direction.sinceLastYear)) },
  { header: 'Commentary', width: 70, wrap: true, cell: (m) => textCell(m.commentary) },
  { header: 'Improvement action', width: 70, wrap: true, cell: (m) => textCell(m.improvementAction) },
];

export const PACK_HEADERS: readonly string[] = PACK_COLUMNS.map((c) => c.header);

/** Every measure's row of cells, in the snapshot's order. */
export function packRows(snapshot: PackSnapshot, edition: PackEdition): ExportCell[][] {
  const row = { month: snapshot.month, edition: editionText(edition) };
  return snapshot.measures.map((measure) => PACK_COLUMNS.map((column) => column.cell(measure, row)));
}
