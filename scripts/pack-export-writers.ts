// The files `npm run pack:export` can write, by --format. Each turns a pack's snapshot and edition
// into the bytes of one file; adding a format is adding an entry here. Each loads its module only
// when used, so a mistyped argument is answered at once and a CSV never loads exceljs (or Chromium).
import type { PackEdition } from '../lib/packs/export/edition';
import type { PackSnapshot } from '../lib/packs/snapshot';

export type PackWriter = {
  /** How the one-line report names the file's kind: "CSV". */
  name: string;
  write(snapshot: PackSnapshot, edition: PackEdition): Promise<string | Uint8Array>;
};

export const packWriters = {
  csv: { name: 'CSV', write: async (snapshot, edition) => (await import('../lib/packs/export/csv')).packCsv(snapshot, edition) },
  xlsx: { name: 'XLSX', write: async (snapshot, edition) => (await import('../lib/packs/export/xlsx')).packXlsx(snapshot, edition) },
} satisfies Record<string, PackWriter>;

export type PackFormat = keyof typeof packWriters;

export const packFormats = Object.keys(packWriters) as PackFormat[];

export const isPackFormat = (format: string): format is PackFormat => Object.hasOwn(packWriters, format);
