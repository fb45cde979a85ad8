// An RFC 4180 reader for the export tests, written apart from the writer so a test reads what a
// spreadsheet would: records end with CRLF, fields split on commas, quotes doubled inside quotes.
// It refuses a bare line break outside quotes and a last record without its CRLF. Only tests import this.

export function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') throw new Error(`A bare line break outside quotes at ${i}`);
    else field += c;
  }
  if (field !== '' || record.length) throw new Error('The last record does not end with CRLF');
  return records;
}

/** A pack CSV (byte-order mark first) as rows of { header: field }. */
export function csvRows(csv: string): Record<string, string>[] {
  if (!csv.startsWith('\uFEFF')) throw new Error('The CSV does not start with a byte-order mark');
  const [headers, ...records] = readCsv(csv.slice(1));
  return records.map((r) => Object.fromEntries(headers!.map((h, i) => [h, r[i]!])));
}
