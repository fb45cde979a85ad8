'use server';

// Server actions of the month's review. Each: who is asking (requireUser) → the command parses with
// the shared schema, asks the policy with the month's state (taken `for update`), and changes it
// with its audit event in one transaction → back to the review with a success banner.
import type { Route } from 'next';
import { redirect } from 'next/navigation';
import { requireUser } from '@/app/_server/guard';
import { runCommand } from '@/app/_server/run-command';
import { closeForReview, publishPack, reopenPeriod, signOffPeriod } from '@/lib/commands/periods';
import { returnEntry } from '@/lib/commands/review';
import { formDataToObject, type FormState } from '@/lib/validation/form-state';
import { MONTH_PATTERN } from '@/lib/rating';
import { announcePackPublished } from '@/lib/packs/published-signal';

/** Where a success goes: the month's review, with the banner named (see done-banner.tsx). */
type Done = { to: string };

const revalidateFor = (month: string) => [`/review/${month}`, '/my-measures'];
/** The month a form names; a call with something that is not a form (a replayed or forged request) names none. */
const monthOf = (formData: unknown) => {
  const month = formDataToObject(formData).month;
  return typeof month === 'string' && MONTH_PATTERN.test(month) ? month : '';
};

/** After a success, the review page; anything else goes back to the form. */
function followUp(state: FormState<Done>): FormState<Done> {
  if (state.status === 'success' && state.data) redirect(state.data.to as Route);
  return state;
}

export async function closeMonth(_state: FormState<Done>, formData: FormData): Promise<FormState<Done>> {
  const actor = await requireUser();
  return followUp(
    await runCommand(closeForReview, actor, formDataToObject(formData), {
      revalidate: revalidateFor(monthOf(formData)),
      success: ({ label }) => `${label} is now in review.`,
      data: ({ month }) => ({ to: `/review/${month}?done=closed` }),
    }),
  );
}

export async function signOffMonth(_state: FormState<Done>, formData: FormData): Promise<FormState<Done>> {
  const actor = await requireUser();
  return followUp(
    await runCommand(signOffPeriod, actor, formDataToObject(formData), {
      revalidate: revalidateFor(monthOf(formData)),
      success: ({ label }) => `${label} has been signed off.`,
      data: ({ month }) => ({ to: `/review/${month}?done=signed-off` }),
    }),
  );
}

export async function publishMonth(_state: FormState<Done>, formData: FormData): Promise<FormState<Done>> {
  const actor = await requireUser();
  const state = await runCommand(publishPack, actor, formDataToObject(formData), {
    revalidate: [...revalidateFor(monthOf(formData)), '/packs'],
    success: ({ label, version }) => `${label} has been published as version ${version}.`,
    data: ({ month, version }) => ({ to: `/review/${month}?done=published&version=${version}` }),
  });
  // Committed: the month's newest-version address now shows the new version.
  if (state.status === 'success') announcePackPublished(monthOf(formData));
  return followUp(state);
}

export async function reopenMonth(_state: FormState<Done>, formData: FormData): Promise<FormState<Done>> {
  const actor = await requireUser();
  return followUp(
    await runCommand(reopenPeriod, actor, formDataToObject(formData), {
      revalidate: revalidateFor(monthOf(formData)),
      success: ({ label }) => `${label} has been reopened.`,
      data: ({ month }) => ({ to: `/review/${month}?done=reopened` }),
    }),
  );
}

export async function returnToLead(_state: FormState<Done>, formData: FormData): Promise<FormState<Done>> {
  const actor = await requireUser();
  const month = monthOf(formData);
  return followUp(
    await runCommand(returnEntry, actor, formDataToObject(formData), {
      revalidate: revalidateFor(month),
      success: ({ ref }) => `${ref} has been returned to its lead.`,
      // The command checked the month; the address is built from what it returned.
      data: ({ ref }) => ({ to: `/review/${month}?done=returned&ref=${ref}` }),
    }),
  );
}
