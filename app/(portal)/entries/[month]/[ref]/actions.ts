'use server';

// Save draft and Submit: who is asking → the command parses with the shared schema, checks the
// policy (owner or admin, period open), saves over the version the form started from, and writes
// the audit event in the same transaction → the lists are revalidated.
import { requireUser } from '@/app/_server/guard';
import { runCommand } from '@/app/_server/run-command';
import { saveEntry as saveEntryCommand } from '@/lib/commands/entries';
import { ratingLabel } from '@/lib/rating';
import { formDataToObject, type FormState } from '@/lib/validation/form-state';

export async function saveEntry(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const input = formDataToObject(formData);
  const result = await runCommand(saveEntryCommand, actor, input, {
    revalidate: ['/my-measures', `/entries/${String(input.month)}/${String(input.measureRef)}`],
    success: ({ status, rating, ref, label }) =>
      status === 'submitted'
        ? `${ref} for ${label} is submitted, rated ${ratingLabel(rating)}.`
        : `${ref} for ${label} is saved as a draft. It has not been submitted yet.`,
    data: ({ version, status }) => ({ version, status }),
  });
  if (result.status !== 'error') return result;
  // Without JavaScript the page is drawn again from this answer: send back what was typed.
  const values = Object.fromEntries(Object.entries(input).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  return { ...result, values };
}
