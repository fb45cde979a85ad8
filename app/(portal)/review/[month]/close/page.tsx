import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { loadRatedMonth } from '@/db/queries/rated-month';
import { can } from '@/lib/auth/policy';
import { toMonthKey } from '@/lib/rating';
import { closeMonth } from '../actions';
import { ConfirmMonthForm } from '../confirm-month-form';
import { Confirmation, notNow } from '../confirmation';
import { periodOf, requireRoleFor } from '../review-month';

export const metadata: Metadata = { title: 'Close the month for review' };

export default async function CloseForReviewPage({ params }: PageProps<'/review/[month]/close'>) {
  const user = await requireRoleFor('period.closeForReview');
  const period = await periodOf((await params).month);
  const month = toMonthKey(period.month);
  const allowed = can(user, 'period.closeForReview', { periodState: period.state, importedHistory: period.importedAt !== null });
  const measures = allowed ? await loadRatedMonth(await getDb(), period) : [];
  const missing = measures.filter((m) => m.entry?.status !== 'submitted').map((m) => m.measure.ref);
  return (
    <Confirmation month={month} title="Close the month for review" refusal={allowed ? null : notNow(month, period, 'closed for review')}>
      <p className="mb-4 text-lg font-bold" data-testid="still-missing">
        {missing.length === 0
          ? `All ${measures.length} measures have been submitted.`
          : `${missing.length} of ${measures.length} measures not submitted: ${missing.join(', ')}`}
      </p>
      <p className="mb-6">
        Once the month is closed, leads can no longer change their figures. You can return an entry to its lead with a note, and
        they can change and resubmit it while the month is in review.
      </p>
      <ConfirmMonthForm month={month} action={closeMonth} label="Close for review" />
    </Confirmation>
  );
}
