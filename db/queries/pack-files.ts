// A published version's downloads (PDF, CSV, XLSX), made once and kept: every download of a
// version is the same bytes, whoever asks and whenever.
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../client';
import { packFiles, type PackFileFormat } from '../schema';

export type StoredPackFile = { content: Buffer; sha256: string; createdAt: Date };

export async function findPackFile(db: Queryable, packId: number, format: PackFileFormat): Promise<StoredPackFile | null> {
  const [row] = await db
    .select({ content: packFiles.content, sha256: packFiles.sha256, createdAt: packFiles.createdAt })
    .from(packFiles)
    .where(and(eq(packFiles.packId, packId), eq(packFiles.format, format)))
    .limit(1);
  return row ?? null;
}

/**
 * Keeps the file unless one is already kept, and returns the kept one: when two servers make the
 * same download at once, the first stored wins and both serve its bytes.
 */
export async function keepPackFile(db: Queryable, packId: number, format: PackFileFormat, content: Buffer): Promise<StoredPackFile> {
  const sha256 = createHash('sha256').update(content).digest('hex');
  await db.insert(packFiles).values({ packId, format, content, sha256 }).onConflictDoNothing({ target: [packFiles.packId, packFiles.format] });
  const kept = await findPackFile(db, packId, format);
  if (!kept) throw new Error(`pack ${packId} ${format} was not kept`);
  return kept;
}
