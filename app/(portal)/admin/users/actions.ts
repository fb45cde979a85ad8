'use server';

// Server actions of the users page. Each: who is asking (requireUser) → the command parses with the
// shared schema, asks the policy (admin only), and changes the user with its audit event in one
// transaction → the page is revalidated.
import { redirect } from 'next/navigation';
import { requireUser } from '@/app/_server/guard';
import { runCommand } from '@/app/_server/run-command';
import * as locks from '@/lib/commands/sign-in-locks';
import * as users from '@/lib/commands/users';
import { describeLockKey } from '@/lib/auth/throttle';
import { formDataToObject, type FormState } from '@/lib/validation/form-state';

const revalidate = ['/admin/users'];

export async function createUser(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  return runCommand(users.createUser, actor, formDataToObject(formData), {
    revalidate,
    success: ({ name }) => `${name} can now sign in with the temporary password, and will be asked to change it.`,
  });
}

export async function changeRoles(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  return runCommand(users.changeRoles, actor, formDataToObject(formData), {
    revalidate,
    success: ({ name }) => `${name}’s roles have been changed. Their sessions have ended, so the change applies at once.`,
  });
}

export async function deactivateUser(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  return runCommand(users.deactivateUser, actor, formDataToObject(formData), {
    revalidate,
    success: ({ name }) => `${name} has been deactivated and signed out everywhere.`,
  });
}

export async function reactivateUser(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  return runCommand(users.reactivateUser, actor, formDataToObject(formData), {
    revalidate,
    success: ({ name }) => `${name} can sign in again.`,
  });
}

export async function setTemporaryPassword(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  return runCommand(users.setTemporaryPassword, actor, formDataToObject(formData), {
    revalidate,
    success: ({ name }) => `${name} has a new temporary password and must change it when they next sign in.`,
  });
}

export async function signOutEverywhere(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  return runCommand(users.signOutEverywhere, actor, formDataToObject(formData), {
    revalidate,
    success: ({ name }) => `${name} has been signed out of every session.`,
  });
}

export async function clearSignInLock(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const result = await runCommand(locks.clearSignInLock, actor, formDataToObject(formData), {
    revalidate,
    success: ({ key }) => `${describeLockKey(key)} can try to sign in again now.`,
    data: ({ key }) => ({ key }),
  });
  // The cleared lock's row, and the form in it, are gone from the page: say so above the list.
  if (result.status === 'success' && result.data) redirect(`/admin/users?lock-cleared=${encodeURIComponent(result.data.key)}#locks-heading`);
  return result.status === 'success' ? { status: 'success', message: result.message } : result;
}
