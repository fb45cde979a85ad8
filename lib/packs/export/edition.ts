// Which edition of a month's pack a download holds: a published version, or the month's current
// state before (or between) publishing. A draft must never pass for a published pack, so every
// export says which it is on every row and in its title.

export type PackEdition = {
  /** The published version, or null for a draft of the month's current state. */
  version: number | null;
  /** When that version was published (ISO 8601), or null for a draft. */
  publishedAt: string | null;
};

export const DRAFT_WORDS = 'DRAFT – not published';

export const isDraft = (edition: PackEdition): boolean => edition.version === null;

/** "version 1", or "DRAFT – not published". */
export const editionText = (edition: PackEdition): string => (edition.version === null ? DRAFT_WORDS : `version ${edition.version}`);
