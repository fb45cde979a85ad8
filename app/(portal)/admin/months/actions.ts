'use server';

// Server action of the months page: who is asking → the command parses with the shared schema,
// asks the policy (admin only) and opens the month with its audit event in one transaction → the
// pages that list months are revalidated, and the page says which month is open.
import { redirect } from 'next/navigation';
import { requireUser } from '@/app/_server/guard';
import { runCommand } from '@/app/_server/run-command';
import * as months from '@/lib/commands/periods-admin';
import { formatLongDate } from '@/lib/rating';
import { formDataToObject, type FormState } from '@/lib/validation/form-state';

export async function openNextMonth(_state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireUser();
  const result = await runCommand(months.openNextMonth, actor, formDataToObject(formData), {
    revalidate: ['/admin/months', '/my-measures', '/review'],
    success: ({ label, dueDate }) => `${label} is open for entry, due ${formatLongDate(dueDate)}.`,
    data: ({ month }) => ({ month }),
  });
  // The form now offers the month after: the page is drawn afresh and says which month was opened.
  if (result.status === 'success' && result.data) redirect(`/admin/months?opened=${result.data.month}`);
  return result.status === 'success' ? { status: 'success', message: result.message } : result;
}
