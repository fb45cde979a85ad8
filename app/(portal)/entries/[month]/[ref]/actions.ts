'use server';

// Save draft and Submit: who is asking → the command parses with the shared schema, checks the
// policy (owner or admin, period open), saves over the version the form started from, and writes
// the audit event in the same transaction → the answer carries what the page shows of the save.
//
// The page is not drawn again for an ordinary save: the form, the status, "last saved by" and the
// comparison with last month follow the answer in the browser (entry-status.tsx), which halves
// what a save costs the server. Pages the browser kept from before the save are refreshed if the
// person goes back to them (app/components/refresh-after-save.tsx). Only a save that answers a
// return draws the page again (its note goes, and in review the entry becomes read-only).
import { unstable_rethrow } from 'next/navigation';
import { requireUser, type SessionUser } from '@/app/_server/guard';
import { refused, runCommand, UNEXPECTED_ERROR } from '@/app/_server/run-command';
import { saveEntry as saveEntryCommand, type EntryConflict, type SavedEntry } from '@/lib/commands/entries';
import { ratingLabel } from '@/lib/rating';
import { formDataToObject, type FormState } from '@/lib/validation/form-state';
import type { Conflict } from './conflict-panel';

/** A success carries the entry's new version: the next save starts from it. */
export type SaveEntryState = FormState<SavedEntryAnswer, Conflict>;

/** What a successful save tells the page: the new version and status, who saved it, the figure. */
export type SavedEntryAnswer = Pick<SavedEntry, 'version' | 'status' | 'value'> & {
  savedBy: string;
  /** True when the answer brings the page drawn again; false when only the browser follows it. */
  redrawn: boolean;
};

export async function saveEntry(_state: SaveEntryState, formData: FormData): Promise<SaveEntryState> {
  const input = formDataToObject(formData);
  let actor: SessionUser;
  try {
    actor = await requireUser();
  } catch (error) {
    // Sign-in redirects go on; a session that could not be checked (the database is down) is
    // answered in the form, which keeps the figures typed, rather than on an error page.
    unstable_rethrow(error);
    console.error('[action] saveEntry: could not check who is asking:', error);
    return refused(input, { message: UNEXPECTED_ERROR });
  }
  return runCommand(saveEntryCommand, actor, input, {
    revalidate: ({ redraw, ref }) => (redraw ? ['/my-measures', `/entries/${String(input.month)}/${ref}`] : []),
    success: ({ change, rating, ref, label }) => {
      switch (change) {
        case 'entry.submit':
          return `${ref} for ${label} is submitted, rated ${ratingLabel(rating)}.`;
        case 'entry.resubmit':
          return `${ref} for ${label} is submitted again with your changes, rated ${ratingLabel(rating)}.`;
        case 'entry.withdraw':
          return `${ref} for ${label} is withdrawn and saved as a draft. Submit it again when it is ready.`;
        case 'entry.save_draft':
          return `${ref} for ${label} is saved as a draft. It has not been submitted yet.`;
      }
    },
    data: ({ version, status, value, redraw }) => ({ version, status, value, savedBy: actor.name, redrawn: redraw }),
    // lib/commands/entries.ts builds what is saved now in this shape (its conflict()); whether it
    // was this person's own other window is for the panel to say.
    conflict: (current): Conflict => {
      const saved = current as EntryConflict;
      return { ...saved, savedByYou: saved.savedById === actor.id };
    },
  });
}
