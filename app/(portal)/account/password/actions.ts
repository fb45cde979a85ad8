'use server';

import { redirect } from 'next/navigation';
import { requireUser } from '@/app/_server/guard';
import { runCommand } from '@/app/_server/run-command';
import { changeOwnPassword } from '@/lib/commands/account';
import { formDataToObject, type FormState } from '@/lib/validation/form-state';

export async function changePassword(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser({ allowTemporaryPassword: true });
  const result = await runCommand(changeOwnPassword, user, formDataToObject(formData), { success: () => 'Password changed' });
  // Changing a password ends every session, this one too: sign in again with the new one.
  if (result.status === 'success') redirect('/sign-in?password-changed=1');
  return result;
}
