// A pack's downloads, made from its snapshot: the CSV and the workbook by lib/packs/export, the PDF
// by headless Chromium from the same document the web page serves (without its links). The web
// makes each once per published version and keeps it (db/queries/pack-files.ts); the command line
// makes them for a draft too.
import { renderPackDocument } from './document/render';
import { packCsv } from './export/csv';
import { packXlsx } from './export/xlsx';
import { renderPackPdf } from './pdf';
import type { PackEditionDetails } from './document/options';
import type { PackSnapshot } from './snapshot';

export type DownloadFormat = 'pdf' | 'csv' | 'xlsx';

export async function makePackFile(format: DownloadFormat, snapshot: PackSnapshot, edition: PackEditionDetails): Promise<Buffer> {
  switch (format) {
    case 'csv':
      return Buffer.from(packCsv(snapshot, { version: edition.version, publishedAt: edition.publishedAt }), 'utf8');
    case 'xlsx':
      return packXlsx(snapshot, { version: edition.version, publishedAt: edition.publishedAt });
    case 'pdf': {
      // The printed document: no navigation or download links, which mean nothing on paper.
      const { html } = renderPackDocument(snapshot, { ...edition, draft: edition.version === null, links: null });
      return renderPackPdf(html);
    }
  }
}
