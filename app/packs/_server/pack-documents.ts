// The published pack as a web page: rendered once per version in this process and kept, since a
// published version never changes. After the first request a version costs no query of its
// content; a members-only one costs only the reader's session check.
import 'server-only';
import { createHash } from 'node:crypto';
import type { Queryable } from '@/db/client';
import { findPackFile } from '@/db/queries/pack-files';
import { findPublishedPackRef, loadPublishedPack } from '@/db/queries/packs';
import { packPath } from '@/lib/packs/address';
import { editionOf } from '@/lib/packs/document/options';
import { renderPackDocument } from '@/lib/packs/document/render';
import { chromiumExecutable, PDF_UNAVAILABLE } from '@/lib/packs/pdf';
import type { PackVisibility } from '@/lib/packs/visibility';

export type PackRef = { id: number; periodId: number; month: string; version: number; visibility: PackVisibility; title: string };
export type RenderedPack = { body: Buffer; etag: string; contentSecurityPolicy: string };

/** Versions by address ("2020-10/v1"): an address of a version always names the same one. */
const refs = new Map<string, PackRef>();
/** Rendered pages by pack id, least recently used first; about 150 KB each. */
const documents = new Map<number, RenderedPack>();
const MAX_DOCUMENTS = 48;

/** The version an address names, or null; the newest of a month is asked of the database each time. */
export async function findPackRef(db: Queryable, month: string, version: number | null): Promise<PackRef | null> {
  const key = `${month}/v${version}`;
  const known = version === null ? undefined : refs.get(key);
  if (known) return known;
  const ref = await findPublishedPackRef(db, month, version);
  if (ref) refs.set(`${month}/v${ref.version}`, ref);
  return ref;
}

export async function renderedPack(db: Queryable, ref: PackRef): Promise<RenderedPack> {
  const kept = documents.get(ref.id);
  if (kept) {
    documents.delete(ref.id);
    documents.set(ref.id, kept);
    return kept;
  }
  const pack = await loadPublishedPack(db, ref.id);
  if (!pack) throw new Error(`published pack ${ref.id} vanished`);
  // A PDF already made is offered even where Chromium has since gone.
  const pdf = chromiumExecutable() !== null || (await findPackFile(db, ref.id, 'pdf')) !== null;
  const at = (format: 'pdf' | 'csv' | 'xlsx') => packPath({ month: ref.month, version: pack.version, format });
  const { html, contentSecurityPolicy } = renderPackDocument(pack.snapshot, {
    ...editionOf(pack),
    draft: false,
    links: {
      home: '/',
      allPacks: '/packs',
      downloads: { pdf: pdf ? at('pdf') : null, csv: at('csv'), xlsx: at('xlsx') },
      pdfUnavailable: pdf ? null : PDF_UNAVAILABLE,
      // Not listed on the page itself: a version's page never changes, so it cannot say that a
      // newer one came later. The list of packs and the month's newest address do.
      versions: [],
    },
  });
  const body = Buffer.from(html, 'utf8');
  const rendered: RenderedPack = {
    body,
    etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`,
    contentSecurityPolicy,
  };
  documents.set(ref.id, rendered);
  for (const oldest of documents.keys()) {
    if (documents.size <= MAX_DOCUMENTS) break;
    documents.delete(oldest);
  }
  return rendered;
}
