// A pack as CSV (RFC 4180): UTF-8 with a byte-order mark, so Excel reads "–" and "£" correctly;
// CRLF between records; a field quoted when it holds a quote, comma or line break. Figures are
// written exactly as stored ("24.0", "0.05"), never through a JavaScript number.
import type { PackSnapshot } from '../snapshot';
import { cellText } from './cells';
import { PACK_HEADERS, packRows } from './columns';
import type { PackEdition } from './edition';

const NEEDS_QUOTES = /[",\r\n]/;

/** One field: quoted, with its quotes doubled, when RFC 4180 requires it. */
export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const csvRecord = (fields: readonly string[]) => `${fields.map(csvField).join(',')}\r\n`;

export function packCsv(snapshot: PackSnapshot, edition: PackEdition): string {
  const rows = packRows(snapshot, edition).map((cells) => csvRecord(cells.map(cellText)));
  return `\uFEFF${csvRecord(PACK_HEADERS)}${rows.join('')}`;
}
