// A published version's PDF, CSV and workbook: made on the first download (on the web or by
// `npm run pack:export`), kept in the database, and those same bytes ever after. One making at a
// time per file in this process; two servers making the same file at once both get whichever was
// kept first.
import type { Queryable } from '../../db/client';
import { findPackFile, keepPackFile, type StoredPackFile } from '../../db/queries/pack-files';
import { loadPublishedPack } from '../../db/queries/packs';
import { editionOf } from './document/options';
import { makePackFile, type DownloadFormat } from './downloads';

const making = new Map<string, Promise<StoredPackFile>>();

export async function keptPackDownload(db: Queryable, packId: number, format: DownloadFormat): Promise<StoredPackFile> {
  const stored = await findPackFile(db, packId, format);
  if (stored) return stored;
  const key = `${packId}.${format}`;
  let made = making.get(key);
  if (!made) {
    made = (async () => {
      const pack = await loadPublishedPack(db, packId);
      if (!pack) throw new Error(`published pack ${packId} vanished`);
      const content = await makePackFile(format, pack.snapshot, editionOf(pack));
      return keepPackFile(db, packId, format, content);
    })().finally(() => making.delete(key));
    making.set(key, made);
  }
  return made;
}
