// Reading a figures import file (product.md, "Figures import (CSV)"): RFC 4180 text, one row per
// measure and month under a fixed header. Quoted fields may hold commas, doubled quote marks and
// new lines; a UTF-8 byte-order mark, CR LF or LF line ends, blank lines and a trailing empty line
// are all accepted. Each row keeps the line of the file it starts on, so every problem can be
// named by its line. Nothing here knows the catalogue: lib/import/check-rows.ts checks the rows.

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

/** Something wrong with the file or one of its rows; `line` is null for the file as a whole. */
export type ImportProblem = { line: number | null; message: string };

export type ParsedFiguresCsv = { ok: true; rows: FiguresCsvRow[] } | { ok: false; problems: ImportProblem[] };

type CsvRecord = { line: number; fields: string[] };

/** The sentence for a problem, as the CLI and the error summary print it. */
export const problemText = (problem: ImportProblem): string =>
  problem.line === null ? problem.message : `line ${problem.line}: ${problem.message}`;

/**
 * Splits CSV text into records (RFC 4180). Records that are wholly empty lines are left out. A
 * quote mark where a field cannot have one, or a quoted field never closed, is a problem on the
 * record's line.
 */
export function readCsvRecords(text: string): { records: CsvRecord[]; problems: ImportProblem[] } {
  const records: CsvRecord[] = [];
  const problems: ImportProblem[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;

  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let field = '';
    let broken: string | null = null;
    let endOfRecord = false;

    while (!endOfRecord) {
      if (i < n && text[i] === '"' && field === '') {
        // A quoted field: up to the closing quote, "" is one quote mark, anything else as it is.
        i++;
        let closed = false;
        while (i < n) {
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === '\n') line++;
          field += c;
          i++;
        }
        if (!closed) {
          problems.push({ line: startLine, message: 'a quoted field is never closed: end it with a quote mark (") and write any quote mark inside it twice ("")' });
          return { records, problems };
        }
        // After the closing quote only a comma or the end of the line may come.
        if (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
          broken ??= 'a quoted field is followed by more text before the next comma: put the whole field in quotes';
          while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') i++;
        }
      } else {
        while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
          if (text[i] === '"') broken ??= 'a quote mark is inside a field that does not start with one: put the field in quotes and write the quote mark twice ("")';
          field += text[i];
          i++;
        }
      }
      fields.push(field);
      field = '';
      if (i < n && text[i] === ',') {
        i++;
        continue;
      }
      // End of the record: CR LF, LF, a lone CR, or the end of the text.
      if (i < n && text[i] === '\r') i++;
      if (i < n && text[i] === '\n') i++;
      line++;
      endOfRecord = true;
    }

    if (broken) problems.push({ line: startLine, message: broken });
    else if (!(fields.length === 1 && fields[0] === '')) records.push({ line: startLine, fields });
  }
  return { records, problems };
}

const headerProblem = (found: string | null): ImportProblem => ({
  line: 1,
  message:
    found === null
      ? `the file is empty: its first line must be the header ${FIGURES_CSV_HEADER}`
      : `the first line must be the header ${FIGURES_CSV_HEADER}, but it is ${found}`,
});

/** Reads a figures file: its rows, or every problem with its shape (header, quotes, columns). */
export function parseFiguresCsv(input: string): ParsedFiguresCsv {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const { records, problems } = readCsvRecords(text);
  const [header, ...body] = records;
  if (!header || header.line !== 1) {
    // The first line is blank or unreadable: say what the header must be.
    const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
    return { ok: false, problems: [headerProblem(firstLine.trim() === '' ? null : firstLine), ...problems.filter((p) => p.line !== 1)] };
  }
  const names = header.fields.map((f) => f.trim().toLowerCase());
  if (names.join(',') !== FIGURES_CSV_HEADER) {
    return { ok: false, problems: [headerProblem(header.fields.join(',')), ...problems] };
  }

  const rows: FiguresCsvRow[] = [];
  for (const { line, fields } of body) {
    if (fields.length !== FIGURES_CSV_COLUMNS.length) {
      problems.push({
        line,
        message: `the row has ${fields.length} ${fields.length === 1 ? 'field' : 'fields'}, but every row needs ${FIGURES_CSV_COLUMNS.length}, one for each column of the header (put a field holding a comma in quotes)`,
      });
      continue;
    }
    const [measureRef, period, value, secondaryValue, ytdValue, availability, commentary, improvementAction] = fields as [
      string, string, string, string, string, string, string, string,
    ];
    rows.push({ line, measureRef, period, value, secondaryValue, ytdValue, availability, commentary, improvementAction });
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (problems.length > 0) return { ok: false, problems };
  if (rows.length === 0) return { ok: false, problems: [{ line: null, message: 'The file has no rows of figures under its header.' }] };
  return { ok: true, rows };
}
