// A benchmarks import file: one row per benchmark point of any measure, under a fixed header, read by
// the one CSV reader (./csv.ts). Nothing here knows the catalogue: check-benchmark-rows.ts checks the rows.
import { readCsvTable, type ImportProblem } from './csv';

export const BENCHMARKS_CSV_COLUMNS = ['measure_ref', 'series', 'period_label', 'period_end', 'value'] as const;
export const BENCHMARKS_CSV_HEADER = BENCHMARKS_CSV_COLUMNS.join(',');

/** One row as written in the file, with the line it starts on (the header is line 1). */
export type BenchmarksCsvRow = { line: number; measureRef: string; series: string; periodLabel: string; periodEnd: string; value: string };

export type ParsedBenchmarksCsv = { ok: true; rows: BenchmarksCsvRow[] } | { ok: false; problems: ImportProblem[] };

export function parseBenchmarksCsv(input: string): ParsedBenchmarksCsv {
  const table = readCsvTable(input, BENCHMARKS_CSV_COLUMNS, 'The file has no benchmark points under its header.');
  if (!table.ok) return table;
  return {
    ok: true,
    rows: table.rows.map(({ line, fields }) => {
      const [measureRef, series, periodLabel, periodEnd, value] = fields as [string, string, string, string, string];
      return { line, measureRef, series, periodLabel, periodEnd, value };
    }),
  };
}
