// For tests: the October 2020 pack exactly as the seed publishes it (the reference pack), read
// back from a fresh in-memory database, so the document is tested on the real snapshot.
import { latestPackOf } from '../../../db/queries/packs';
import { findPeriodByMonth } from '../../../db/queries/periods';
import { seedReferencePack } from '../../../db/seed/reference-pack';
import { openMigrated, testEngines } from '../../../db/testing';
import type { PackDocumentOptions } from './render';
import type { PackSnapshot } from '../snapshot';
import type { PackVisibility } from '../visibility';

export type PublishedPackForTest = {
  snapshot: PackSnapshot;
  version: number;
  publishedAt: string;
  visibility: PackVisibility;
  contentHash: string;
};

export async function publishedOctober2020(): Promise<PublishedPackForTest> {
  const open = await openMigrated(testEngines()[0]!);
  try {
    await seedReferencePack(open.db);
    const period = await findPeriodByMonth(open.db, '2020-10-01');
    const pack = period ? await latestPackOf(open.db, period.id) : null;
    if (!pack) throw new Error('The seed published no October 2020 pack');
    return {
      snapshot: pack.snapshot,
      version: pack.version,
      publishedAt: pack.publishedAt.toISOString(),
      visibility: pack.visibility,
      contentHash: pack.contentHash,
    };
  } finally {
    await open.close();
  }
}

/** How that pack is drawn as published: its own edition, first of its month, with these links (null for the PDF). */
export function asPublished(pack: PublishedPackForTest, links: PackDocumentOptions['links']): PackDocumentOptions {
  const { version, publishedAt, visibility, contentHash } = pack;
  return { version, publishedAt, visibility, contentHash, changeNote: null, changes: [], draft: false, links };
}
