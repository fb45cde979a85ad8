// Who may read a published pack: a public one anyone, signed in or not, like committee papers on a
// council's website; a members-only one a signed-in viewer, executive or admin. Everyone else is
// told "not found", so a members-only pack's existence is not given away.
import { authorize, type Actor } from '../auth/policy';
import type { PackVisibility } from './visibility';

export function mayReadPack(reader: Actor | null, visibility: PackVisibility): boolean {
  if (visibility === 'public') return true;
  return reader !== null && authorize(reader, 'packs.viewMembersOnly').allowed;
}
