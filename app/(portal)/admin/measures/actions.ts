'use server';

// Server actions of the measures administration. Each: who is asking (requireUser) → the command
// parses with the shared schema, asks the policy (admin only), and changes the measure with its
// audit event in one transaction → the pages that show measures are revalidated.
import { redirect } from 'next/navigation';
import { requireUser } from '@/app/_server/guard';
import { runCommand } from '@/app/_server/run-command';
import * as measures from '@/lib/commands/measures';
import { formDataToObject, type FormState } from '@/lib/validation/form-state';

// Everything that lists measures reads their order, owners and active flags.
const revalidate = ['/admin/measures', '/measures', '/my-measures'];

export async function createMeasure(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const result = await runCommand(measures.createMeasure, actor, formDataToObject(formData), {
    revalidate,
    success: ({ ref }) => `${ref} has been added.`,
    data: ({ ref }) => ({ ref }),
  });
  if (result.status === 'success' && result.data) redirect(`/admin/measures?added=${encodeURIComponent(result.data.ref)}#measure-${result.data.ref}`);
  return result.status === 'success' ? { status: 'success', message: result.message } : result;
}

export async function updateMeasure(_state: FormState<{ version: number }>, formData: FormData): Promise<FormState<{ version: number }>> {
  const actor = await requireUser();
  const result = await runCommand(measures.updateMeasure, actor, formDataToObject(formData), {
    revalidate,
    success: ({ ref, changed }) => (changed.length === 0 ? `Nothing had changed, so there was nothing to save for ${ref}.` : `Your changes to ${ref} have been saved.`),
    data: ({ ref, previousRef, version }) => ({ ref, previousRef, version }),
  });
  // A new reference is a new address: go there, and say so.
  if (result.status === 'success' && result.data && result.data.ref !== result.data.previousRef) {
    redirect(`/admin/measures/${encodeURIComponent(result.data.ref)}?renamed=${encodeURIComponent(result.data.previousRef)}`);
  }
  return result.status === 'success' ? { status: 'success', message: result.message, data: result.data && { version: result.data.version } } : result;
}

export async function moveMeasure(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const result = await runCommand(measures.moveMeasure, actor, formDataToObject(formData), {
    revalidate,
    success: ({ ref }) => `${ref} has moved.`,
    data: ({ ref, direction }) => ({ ref, direction }),
  });
  if (result.status === 'success' && result.data) {
    redirect(`/admin/measures?moved=${encodeURIComponent(result.data.ref)}&direction=${result.data.direction}#measure-${result.data.ref}`);
  }
  return result.status === 'success' ? { status: 'success', message: result.message } : result;
}

export async function deactivateMeasure(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const result = await runCommand(measures.deactivateMeasure, actor, formDataToObject(formData), {
    revalidate,
    success: ({ ref }) => `${ref} has been deactivated.`,
    data: ({ ref }) => ({ ref }),
  });
  if (result.status === 'success' && result.data) redirect(`/admin/measures/${encodeURIComponent(result.data.ref)}?deactivated=1`);
  return result.status === 'success' ? { status: 'success', message: result.message } : result;
}

export async function reactivateMeasure(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const result = await runCommand(measures.reactivateMeasure, actor, formDataToObject(formData), {
    revalidate,
    success: ({ ref }) => `${ref} has been reactivated.`,
    data: ({ ref }) => ({ ref }),
  });
  if (result.status === 'success' && result.data) redirect(`/admin/measures/${encodeURIComponent(result.data.ref)}?reactivated=1`);
  return result.status === 'success' ? { status: 'success', message: result.message } : result;
}
