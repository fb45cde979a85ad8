'use server';

import { requireUser } from '@/app/_server/guard';
import { runCommand } from '@/app/_server/run-command';
import * as account from '@/lib/commands/account';
import { formDataToObject, type FormState } from '@/lib/validation/form-state';

export async function changeNoticePreferences(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  return runCommand(account.changeNoticePreferences, user, formDataToObject(formData), {
    revalidate: ['/account/notices'],
    success: ({ emailReminders, changed }) =>
      emailReminders
        ? `Reminders are ${changed ? 'now' : 'already'} on.`
        : `Reminders are ${changed ? 'now' : 'already'} off. You will still get the notices your work needs.`,
  });
}
