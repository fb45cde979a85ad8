'use server';

// Server actions of the targets pages. Each: who is asking (requireUser) → the command parses with
// the shared schema, asks the policy (admin only), and writes the targets with their audit event in
// one transaction → the pages that show targets are revalidated.
import { requireUser } from '@/app/_server/guard';
import { runCommand } from '@/app/_server/run-command';
import * as targets from '@/lib/commands/targets';
import { financialYearLabel } from '@/lib/rating';
import { formDataToObject, type FormState } from '@/lib/validation/form-state';

/** The pages that show a year's targets; only what reads as a year and a measure is named (the command refuses anything else). */
function pagesOf(input: Record<string, unknown>, years: number[]): string[] {
  const ref = typeof input.measureRef === 'string' && /^[A-Z]{2,4}\d{1,3}$/.test(input.measureRef) ? input.measureRef : null;
  const valid = years.filter((year) => Number.isInteger(year) && year >= 2000 && year < 2100);
  return [
    '/admin/targets',
    '/measures',
    '/my-measures',
    ...valid.map((year) => `/admin/targets/${year}`),
    ...(ref ? [`/measures/${ref}`, ...valid.map((year) => `/admin/targets/${year}/${ref}`)] : []),
  ];
}

export async function setTarget(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const input = formDataToObject(formData);
  return runCommand(targets.setTarget, actor, input, {
    revalidate: pagesOf(input, [Number(input.financialYear)]),
    success: ({ ref, financialYear, target, changed, shown }) => {
      const year = financialYearLabel(financialYear);
      if (!changed) return `Nothing has changed: ${ref}’s ${year} target was already this.`;
      return target === null
        ? `${ref} is monitoring only in ${year}: it has no target and is not rated.`
        : `${ref}’s target for ${year} is now ${shown.target}, with a tolerance of ${shown.tolerance}.`;
    },
  });
}

export async function copyTargetsForward(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const input = formDataToObject(formData);
  const from = Number(input.fromYear);
  return runCommand(targets.copyTargetsForward, actor, input, {
    revalidate: pagesOf(input, [from, from + 1]),
    success: targets.describeCopy,
  });
}
