// The files `npm run pack:export` can write, by --format, and how its one-line report names each.
// A published version's file is the one kept for it (lib/packs/kept-downloads.ts), so the command
// line and the web give the same bytes; a draft's is made afresh (lib/packs/downloads.ts).
export const packWriters = {
  csv: { name: 'CSV' },
  xlsx: { name: 'XLSX' },
  pdf: { name: 'PDF' },
} as const satisfies Record<string, { name: string }>;

export type PackFormat = keyof typeof packWriters;

export const packFormats = Object.keys(packWriters) as PackFormat[];

export const isPackFormat = (format: string): format is PackFormat => Object.hasOwn(packWriters, format);
