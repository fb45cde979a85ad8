// What a rendering of the pack needs besides its snapshot: which version it is, and where the
// screen version links to. Kept apart from render.ts so the sections can share the type.
import type { PackVisibility } from '../visibility';

export type PackDocumentLinks = {
  home: string;
  allPacks: string;
  downloads: { pdf: string | null; csv: string; xlsx: string };
  /** When pdf is null: the sentence shown instead of a PDF link. */
  pdfUnavailable: string | null;
  /** Every version of this month, newest first. */
  versions: { version: number; href: string; publishedAt: string }[];
};

/** Which pack this is: a published version, or (version null) a month's current state, a draft. */
export type PackEditionDetails = {
  /** Null for a draft. */
  version: number | null;
  /** ISO timestamp; null for a draft. */
  publishedAt: string | null;
  /** Null for a draft. */
  visibility: PackVisibility | null;
  /** SHA-256 hex of the snapshot, printed small so anyone can check a copy. */
  contentHash: string | null;
  /** Version 2 onwards: why the month was reopened. */
  changeNote: string | null;
  /** Version 2 onwards: what changed, one line each. */
  changes: string[];
};

/** A published version as the database holds it, as the edition its documents print. */
export const editionOf = (pack: {
  version: number;
  publishedAt: Date;
  visibility: PackVisibility;
  contentHash: string;
  changeNote: string | null;
  changes: string[];
}): PackEditionDetails => ({
  version: pack.version,
  publishedAt: pack.publishedAt.toISOString(),
  visibility: pack.visibility,
  contentHash: pack.contentHash,
  changeNote: pack.changeNote,
  changes: pack.changes,
});

/** A month's current state, never published: nothing but the DRAFT marking. */
export const DRAFT_EDITION: PackEditionDetails = { version: null, publishedAt: null, visibility: null, contentHash: null, changeNote: null, changes: [] };

export type PackDocumentOptions = PackEditionDetails & {
  /** A loud "DRAFT – not published" on screen and on every printed page. */
  draft: boolean;
  /** What the screen version links to; null for the PDF (no navigation, no links out). */
  links: PackDocumentLinks | null;
};
