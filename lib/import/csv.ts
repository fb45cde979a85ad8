// Reading an import file of any kind: RFC 4180 text under a fixed header. Quoted fields may hold
// commas, doubled quote marks and new lines; a UTF-8 byte-order mark, CR LF or LF line ends, blank
// lines and a trailing empty line are all accepted. Each row keeps the line of the file it starts
// on, so every problem can be named by its line. The figures and the benchmarks files both read
// through here; what their columns mean is theirs (figures-csv.ts, benchmarks-csv.ts).

/** Something wrong with the file or one of its rows; `line` is null for the file as a whole. */
export type ImportProblem = { line: number | null; message: string };

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

const headerProblem = (header: string, found: string | null): ImportProblem => ({
  line: 1,
  message:
    found === null
      ? `the file is empty: its first line must be the header ${header}`
      : `the first line must be the header ${header}, but it is ${found}`,
});

/** A row of the file as its fields, in the header's order, with the line it starts on. */
export type CsvTableRow = { line: number; fields: string[] };

export type CsvTable = { ok: true; rows: CsvTableRow[] } | { ok: false; problems: ImportProblem[] };

/**
 * Reads a file whose first line must be exactly `columns` (any case): its rows, each with one field
 * per column, or every problem with its shape (header, quotes, number of fields). `noRows` is the
 * sentence for a file with a header and nothing under it.
 */
export function readCsvTable(input: string, columns: readonly string[], noRows: string): CsvTable {
  const header = columns.join(',');
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const { records, problems } = readCsvRecords(text);
  const [first, ...body] = records;
  if (!first || first.line !== 1) {
    // The first line is blank or unreadable: say what the header must be.
    const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
    return { ok: false, problems: [headerProblem(header, firstLine.trim() === '' ? null : firstLine), ...problems.filter((p) => p.line !== 1)] };
  }
  if (first.fields.map((f) => f.trim().toLowerCase()).join(',') !== header) {
    return { ok: false, problems: [headerProblem(header, first.fields.join(',')), ...problems] };
  }

  const rows: CsvTableRow[] = [];
  for (const { line, fields } of body) {
    if (fields.length !== columns.length) {
      problems.push({
        line,
        message: `the row has ${fields.length} ${fields.length === 1 ? 'field' : 'fields'}, but every row needs ${columns.length}, one for each column of the header (put a field holding a comma in quotes)`,
      });
      continue;
    }
    rows.push({ line, fields });
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (problems.length > 0) return { ok: false, problems };
  if (rows.length === 0) return { ok: false, problems: [{ line: null, message: noRows }] };
  return { ok: true, rows };
}
