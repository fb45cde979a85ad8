// What every pack address answers (app/packs/**/route.ts). A public version is the same document
// for everyone, so it is marked shareable and the front's cache (scripts/pack-cache.mjs) answers
// it from memory after the first request. A members-only one is checked against the reader's
// session every time and never shared.
import 'server-only';
import { connection, NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { findPackFile } from '@/db/queries/pack-files';
import { currentUser } from '@/app/_server/guard';
import { mayReadPack } from '@/lib/packs/access';
import { PACK_MEDIA_TYPES, packFileName, packPath, type PackAddress } from '@/lib/packs/address';
import { chromiumExecutable, PDF_UNAVAILABLE } from '@/lib/packs/pdf';
import { siteOrigin, env } from '@/lib/env';
import { findPackRef, renderedPack, type PackRef } from './pack-documents';
import { keptPackDownload } from '@/lib/packs/kept-downloads';
import { packNotFound, packProblemPage } from './pack-not-found';

const YEAR = 365 * 24 * 60 * 60;

/** How long a copy may be kept, and by whom. */
function cacheControl(ref: PackRef, address: PackAddress): string {
  if (ref.visibility !== 'public') return 'private, no-store';
  // A version never changes; the newest of a month changes when a new version is published.
  return address.version === null ? 'public, max-age=0, s-maxage=60, must-revalidate' : `public, max-age=${YEAR}, immutable`;
}

const unchanged = (request: Request, etag: string) =>
  (request.headers.get('if-none-match') ?? '').split(',').some((tag) => tag.trim() === etag);

export async function servePack(request: Request, address: PackAddress | null): Promise<Response> {
  await connection();
  if (!address) return packNotFound();
  const db = await getDb();
  const ref = await findPackRef(db, address.month, address.version);
  if (!ref) return packNotFound();
  if (ref.visibility !== 'public') {
    const reader = await currentUser();
    // A temporary password is changed before anything else, as on every other page.
    if (reader?.mustChangePassword) return NextResponse.redirect(new URL('/account/password', siteOrigin(env)), 303);
    if (!mayReadPack(reader, ref.visibility)) return packNotFound();
  }
  const headers: Record<string, string> = { 'cache-control': cacheControl(ref, address) };
  if (ref.visibility !== 'public') headers['x-robots-tag'] = 'noindex';
  // The month's newest address names the version it answered with: the front's cache checks it
  // against the database's newest before answering from memory, as another server may publish.
  if (address.version === null) headers['content-location'] = packPath({ ...address, version: ref.version });

  if (address.format === 'html') {
    const page = await renderedPack(db, ref);
    Object.assign(headers, { etag: page.etag, 'content-security-policy': page.contentSecurityPolicy });
    if (unchanged(request, page.etag)) return new Response(null, { status: 304, headers });
    return new Response(new Uint8Array(page.body), { headers: { ...headers, 'content-type': PACK_MEDIA_TYPES.html } });
  }

  const format = address.format;
  try {
    if (format === 'pdf' && chromiumExecutable() === null) {
      // Offered only if it was made before Chromium went; otherwise the page says so too.
      if (!(await findPackFile(db, ref.id, 'pdf'))) return packProblemPage(404, 'No PDF on this server', [PDF_UNAVAILABLE]);
    }
    const file = await keptPackDownload(db, ref.id, format);
    const etag = `"${file.sha256.slice(0, 32)}"`;
    Object.assign(headers, {
      etag,
      // A download is data, never a page: nothing in it may run if a browser opens it.
      'content-security-policy': "default-src 'none'; sandbox",
      'content-disposition': `attachment; filename="${packFileName(ref.title, ref.month, ref.version, format)}"`,
    });
    if (unchanged(request, etag)) return new Response(null, { status: 304, headers });
    return new Response(new Uint8Array(file.content), { headers: { ...headers, 'content-type': PACK_MEDIA_TYPES[format] } });
  } catch (error) {
    console.error(`[packs] ${ref.month} v${ref.version} ${format} could not be made:`, error);
    return packProblemPage(503, 'Sorry, the download is not available', ['Try again in a few minutes.']);
  }
}
