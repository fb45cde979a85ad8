'use server';

// Save draft and Submit: who is asking → the command parses with the shared schema, checks the
// policy (owner or admin, period open), saves over the version the form started from, and writes
// the audit event in the same transaction → the lists are revalidated.
import { requireUser } from '@/app/_server/guard';
import { runCommand } from '@/app/_server/run-command';
import { saveEntry as saveEntryCommand, type SavedEntry } from '@/lib/commands/entries';
import { ratingLabel } from '@/lib/rating';
import { formDataToObject, type FormState } from '@/lib/validation/form-state';
import type { Conflict } from './conflict-panel';

/** A success carries the entry's new version: the next save starts from it. */
export type SaveEntryState = FormState<Pick<SavedEntry, 'version' | 'status'>, Conflict>;

export async function saveEntry(_state: SaveEntryState, formData: FormData): Promise<SaveEntryState> {
  const actor = await requireUser();
  const input = formDataToObject(formData);
  return runCommand(saveEntryCommand, actor, input, {
    revalidate: ['/my-measures', `/entries/${String(input.month)}/${String(input.measureRef)}`],
    success: ({ status, rating, ref, label }) =>
      status === 'submitted'
        ? `${ref} for ${label} is submitted, rated ${ratingLabel(rating)}.`
        : `${ref} for ${label} is saved as a draft. It has not been submitted yet.`,
    data: ({ version, status }) => ({ version, status }),
    // lib/commands/entries.ts builds what is saved now in this shape (its conflict()).
    conflict: (current) => current as Conflict,
  });
}
