import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireUser } from '@/app/_server/guard';
import { getDb } from '@/db/client';
import { readEmailReminders } from '@/db/queries/users';
import { NOTICE_KIND_WORDS, type NoticeKind } from '@/lib/notices/kinds';
import { noticesFor, reminderChoice } from '@/lib/notices/preferences';
import { NoticePreferencesForm } from './notice-preferences-form';

export const metadata: Metadata = { title: 'E-mail notices' };

function KindList({ kinds, testId }: { kinds: readonly NoticeKind[]; testId: string }) {
  return (
    <ul className="mb-6 list-disc pl-6" data-testid={testId}>
      {kinds.map((kind) => (
        <li key={kind} data-kind={kind}>{NOTICE_KIND_WORDS[kind]}</li>
      ))}
    </ul>
  );
}

export default async function NoticePreferencesPage() {
  // Anyone signed in, about themselves alone (the policy's `account.notices`): nothing here names anyone else.
  const user = await requireUser();
  // Read fresh, not kept: the choice does not move the data version.
  const emailReminders = await readEmailReminders(await getDb(), user.id);
  if (emailReminders === null) notFound();
  const { required, reminders } = noticesFor(user.roles);

  return (
    <main id="main-content" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="mb-4 text-3xl font-bold">E-mail notices</h1>
      <p className="mb-8 text-lg">
        Performance Pack e-mails you at <strong className="[overflow-wrap:anywhere]">{user.email}</strong> about your part in the monthly pack.
        Every message says why it was sent.
      </p>

      <section aria-labelledby="required-heading">
        <h2 id="required-heading" className="mb-2 text-2xl font-bold">Always sent</h2>
        <p className="mb-2">
          Notices that a month is open for figures, that an entry was returned to you, that a month is ready for review, or that a
          pack is published are part of the work, so they are always sent.
        </p>
        {required.length > 0 ? (
          <>
            <p className="mb-2">With your roles, you get:</p>
            <KindList kinds={required} testId="required-notices" />
          </>
        ) : (
          <p className="mb-6">With your roles, you get none of these.</p>
        )}
      </section>

      <section aria-labelledby="reminders-heading">
        <h2 id="reminders-heading" className="mb-2 text-2xl font-bold">Reminders</h2>
        {reminders.length > 0 ? (
          <>
            <p className="mb-2">Reminders are a help, not a requirement, so you can turn them off. With your roles, they are:</p>
            <KindList kinds={reminders} testId="reminder-notices" />
            <NoticePreferencesForm reminders={reminderChoice(emailReminders)} />
          </>
        ) : (
          <p data-testid="no-reminders">
            With your roles you get no reminders, so there is nothing to turn off. If you are given measures to report on, you can
            choose here whether to be reminded of their due dates.
          </p>
        )}
      </section>
    </main>
  );
}
