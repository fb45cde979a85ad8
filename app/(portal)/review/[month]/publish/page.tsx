import type { Metadata } from 'next';
import { can } from '@/lib/auth/policy';
import { toMonthKey } from '@/lib/rating';
import { Confirmation, notNow } from '../confirmation';
import { PublishForm } from '../publish-form';
import { periodOf, requireRoleFor } from '../review-month';

export const metadata: Metadata = { title: 'Publish the pack' };

export default async function PublishPage({ params }: PageProps<'/review/[month]/publish'>) {
  const user = await requireRoleFor('period.publish');
  const period = await periodOf((await params).month);
  const month = toMonthKey(period.month);
  const allowed = can(user, 'period.publish', { periodState: period.state, importedHistory: period.importedAt !== null });
  return (
    <Confirmation month={month} title="Publish the pack" refusal={allowed ? null : notNow(month, period, 'published')}>
      <p className="mb-6">
        Publishing keeps the month&apos;s pack exactly as it is now, as a new version the committee reads. It cannot be changed
        afterwards; reopening the month and publishing again makes another version.
      </p>
      <PublishForm month={month} author={`${user.name}, Chief Executive`} reportDate={new Date().toISOString().slice(0, 10)} />
    </Confirmation>
  );
}
