// The stable web addresses of published packs, like committee papers on a council's website:
//   /packs/2020-10           the newest version of October 2020's pack
//   /packs/2020-10/v1        version 1, for ever the same
//   /packs/2020-10/v1.pdf    its downloads (also .csv and .xlsx)
import { MONTH_PATTERN } from '../rating/months';

export const PACK_FORMATS = ['html', 'pdf', 'csv', 'xlsx'] as const;
export type PackFormat = (typeof PACK_FORMATS)[number];

export type PackAddress = { month: string; version: number | null; format: PackFormat };

const VERSION_SEGMENT = /^v([1-9]\d{0,5})(?:\.(pdf|csv|xlsx))?$/;

/** The address a request names, or null for anything else (the page then says "not found"). */
export function parsePackAddress(month: string, versionSegment?: string): PackAddress | null {
  if (!MONTH_PATTERN.test(month)) return null;
  if (versionSegment === undefined) return { month, version: null, format: 'html' };
  const match = VERSION_SEGMENT.exec(versionSegment);
  if (!match) return null;
  return { month, version: Number(match[1]), format: (match[2] as PackFormat | undefined) ?? 'html' };
}

export function packPath(address: PackAddress): string {
  if (address.version === null) return `/packs/${address.month}`;
  return `/packs/${address.month}/v${address.version}${address.format === 'html' ? '' : `.${address.format}`}`;
}

/** "together-for-children-performance-report-2020-10-v1.pdf": says what it is in a downloads folder. */
export function packFileName(title: string, month: string, version: number | null, format: Exclude<PackFormat, 'html'>): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'performance-report'}-${month}-${version === null ? 'draft' : `v${version}`}.${format}`;
}

export const PACK_MEDIA_TYPES: Record<PackFormat, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
