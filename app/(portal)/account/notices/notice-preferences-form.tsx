'use client';

import { ErrorSummary } from '@/app/components/form/error-summary';
import { SubmitButton } from '@/app/components/form/fields';
import { Radios } from '@/app/components/form/radios';
import { useActionForm } from '@/app/components/form/use-action-form';
import { NotificationBanner } from '@/app/components/notification-banner';
import { noticePreferencesSchema, type ReminderChoice } from '@/lib/notices/preferences';
import { changeNoticePreferences } from './actions';

const FIELDS = ['reminders'] as const;
const OPTIONS = [
  { value: 'on', label: 'Yes, send me reminders' },
  { value: 'off', label: 'No, do not send me reminders' },
] as const;

export function NoticePreferencesForm({ reminders }: { reminders: ReminderChoice }) {
  const { formAction, onSubmit, pending, state, summary, attempt, error, field, serverMessage } = useActionForm(
    noticePreferencesSchema,
    changeNoticePreferences,
    { defaultValues: { reminders }, fieldOrder: FIELDS },
  );
  return (
    <>
      <ErrorSummary items={summary} message={serverMessage} attempt={attempt} />
      <NotificationBanner message={state.status === 'success' && summary.length === 0 ? state.message : undefined} />
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <Radios
          legend="Do you want reminders by e-mail?"
          hint="Whatever you choose, the notices your work needs are still sent."
          options={OPTIONS}
          error={error('reminders')}
          {...field('reminders')}
        />
        <SubmitButton pending={pending}>Save</SubmitButton>
      </form>
    </>
  );
}
