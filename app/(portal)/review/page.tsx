import { redirect } from 'next/navigation';
import { requirePermission } from '@/app/_server/guard';
import { getDb } from '@/db/client';
import { latestPeriod } from '@/db/queries/periods';
import { toMonthKey } from '@/lib/rating';
import { monthToReview } from './[month]/review-month';

/** The month that needs the chief executive: the latest open or in review, else the latest of all. */
export default async function ReviewIndexPage() {
  await requirePermission('review.view');
  const db = await getDb();
  const period = (await monthToReview(db)) ?? (await latestPeriod(db));
  if (!period) {
    return (
      <main id="main-content" className="mx-auto max-w-7xl px-4 py-8">
        <h1 className="mb-4 text-3xl font-bold">Review</h1>
        <p>There are no months yet. The performance team opens each month when its figures are due.</p>
      </main>
    );
  }
  redirect(`/review/${toMonthKey(period.month)}`);
}
