import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RatingBadge } from '@/app/components/rating-badge';
import { getDb } from '@/db/client';
import { loadRatedMonth } from '@/db/queries/rated-month';
import { can } from '@/lib/auth/policy';
import { MEASURE_REF_PATTERN } from '@/lib/entries/entry-schema';
import { formatEntryFigure, monthLabel, toMonthKey } from '@/lib/rating';
import { Confirmation } from '../../confirmation';
import { ReturnForm } from '../../return-form';
import { periodOf, requireRoleFor } from '../../review-month';

export const metadata: Metadata = { title: 'Return an entry to its lead' };

export default async function ReturnPage({ params }: PageProps<'/review/[month]/return/[ref]'>) {
  const user = await requireRoleFor('entry.return');
  const { month: asked, ref } = await params;
  const period = await periodOf(asked);
  if (!MEASURE_REF_PATTERN.test(ref)) notFound();
  const month = toMonthKey(period.month);
  // The month's rated row of this measure: its figure and rating as the review shows them.
  const row = (await loadRatedMonth(await getDb(), period)).find((m) => m.measure.ref === ref) ?? notFound();
  const { measure, entry, rating } = row;
  const refusal = !can(user, 'entry.return', { periodState: period.state, importedHistory: period.importedAt !== null })
    ? `${monthLabel(month)} is not in review, so no entry can be returned now.`
    : entry?.status === 'returned'
      ? `${ref} has already been returned to its lead.`
      : entry?.status !== 'submitted'
        ? `${ref} has not been submitted, so there is nothing to return yet.`
        : null;
  return (
    <Confirmation month={month} title={`Return ${ref} to its lead`} refusal={refusal}>
      <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-bold">Measure</dt>
        <dd>{measure.title}</dd>
        <dt className="font-bold">Lead</dt>
        <dd>{measure.ownerName ?? 'Not assigned'}</dd>
        <dt className="font-bold">Value</dt>
        <dd>{entry ? (formatEntryFigure(entry, measure.unit, measure.decimals) ?? 'Not entered') : 'Not entered'}</dd>
        <dt className="font-bold">Rating</dt>
        <dd>
          <RatingBadge rating={rating.rating} judged={rating.judged} />
        </dd>
      </dl>
      <ReturnForm month={month} measureRef={ref} ownerName={measure.ownerName} />
    </Confirmation>
  );
}
