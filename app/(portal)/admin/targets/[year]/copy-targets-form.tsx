'use client';

import { ErrorSummary } from '@/app/components/form/error-summary';
import { SubmitButton } from '@/app/components/form/fields';
import { useActionForm } from '@/app/components/form/use-action-form';
import { NotificationBanner } from '@/app/components/notification-banner';
import { copyTargetsForwardSchema } from '@/lib/targets/target-schema';
import { copyTargetsForward } from '../actions';

export function CopyTargetsForm({ fromYear, nextLabel }: { fromYear: number; nextLabel: string }) {
  const { formAction, onSubmit, pending, state, summary, attempt, field, serverMessage } = useActionForm(copyTargetsForwardSchema, copyTargetsForward, {
    defaultValues: { fromYear: String(fromYear) },
    fieldOrder: ['fromYear'],
  });
  return (
    <>
      <ErrorSummary items={summary} message={serverMessage} attempt={attempt} />
      <NotificationBanner message={state.status === 'success' ? state.message : undefined} />
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <input type="hidden" {...field('fromYear')} />
        <SubmitButton pending={pending}>Copy these targets to {nextLabel}</SubmitButton>
      </form>
    </>
  );
}
