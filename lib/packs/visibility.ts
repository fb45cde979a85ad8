// Who may read a published pack. Committee papers are public documents by default; a pack holding
// exempt information is for members only (signed-in viewers, executives and admins).
export const PACK_VISIBILITIES = ['public', 'members_only'] as const;
export type PackVisibility = (typeof PACK_VISIBILITIES)[number];

export const VISIBILITY_WORDS: Record<PackVisibility, string> = {
  public: 'Public: anyone may read it, without signing in',
  members_only: 'Members only: committee members and staff, signed in',
};
