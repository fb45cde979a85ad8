import type { Metadata } from 'next';
import { can } from '@/lib/auth/policy';
import { toMonthKey } from '@/lib/rating';
import { Confirmation, notNow } from '../confirmation';
import { ReopenForm } from '../reopen-form';
import { periodOf, requireRoleFor } from '../review-month';

export const metadata: Metadata = { title: 'Reopen the month' };

export default async function ReopenPage({ params }: PageProps<'/review/[month]/reopen'>) {
  const user = await requireRoleFor('period.reopen');
  const period = await periodOf((await params).month);
  const month = toMonthKey(period.month);
  const allowed = can(user, 'period.reopen', { periodState: period.state, importedHistory: period.importedAt !== null });
  return (
    <Confirmation month={month} title="Reopen the month" refusal={allowed ? null : notNow(month, period, 'reopened')}>
      <p className="mb-6">
        Reopening takes the month back into review: you can return entries to their leads, then sign it off again.
        {period.state === 'published'
          ? ' The published pack stays as it is; publishing again makes a new version that lists what changed.'
          : ''}
      </p>
      <ReopenForm month={month} />
    </Confirmation>
  );
}
