// Reading a figures import file (product.md, "Figures import (CSV)"): one row per measure and
// month under a fixed header, read by the one CSV reader (./csv.ts: byte-order mark, CR LF, quoted
// commas and new lines, blank lines). Nothing here knows the catalogue: lib/import/check-rows.ts
// checks the rows.
import { readCsvTable, type ImportProblem } from './csv';

export { problemText, type ImportProblem } from './csv';

export const FIGURES_CSV_COLUMNS = [
  'measure_ref',
  'period',
  'value',
  'secondary_value',
  'ytd_value',
  'availability',
  'commentary',
  'improvement_action',
] as const;

export const FIGURES_CSV_HEADER = FIGURES_CSV_COLUMNS.join(',');

/** One row of figures as written in the file, with the line it starts on (the header is line 1). */
export type FiguresCsvRow = {
  line: number;
  measureRef: string;
  period: string;
  value: string;
  secondaryValue: string;
  ytdValue: string;
  availability: string;
  commentary: string;
  improvementAction: string;
};

export type ParsedFiguresCsv = { ok: true; rows: FiguresCsvRow[] } | { ok: false; problems: ImportProblem[] };

/** Reads a figures file: its rows, or every problem with its shape (header, quotes, columns). */
export function parseFiguresCsv(input: string): ParsedFiguresCsv {
  const table = readCsvTable(input, FIGURES_CSV_COLUMNS, 'The file has no rows of figures under its header.');
  if (!table.ok) return table;
  return {
    ok: true,
    rows: table.rows.map(({ line, fields }) => {
      const [measureRef, period, value, secondaryValue, ytdValue, availability, commentary, improvementAction] = fields as [
        string, string, string, string, string, string, string, string,
      ];
      return { line, measureRef, period, value, secondaryValue, ytdValue, availability, commentary, improvementAction };
    }),
  };
}
