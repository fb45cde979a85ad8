// One measure of the month as the chief executive reviews it: a section of its own (not a wide
// table row), so it reflows on a narrow screen.
import { RatingBadge } from '@/app/components/rating-badge';
import { StatusTag } from '@/app/components/status-tag';
import type { ReviewedRow } from '@/db/queries/review-month';
import { addMonths, formatEntryFigure, formatFigureWithSecondary, monthLabel, type Direction } from '@/lib/rating';

const DIRECTION_WORDS: Record<Direction, string> = { improved: 'Improved', declined: 'Declined', 'no change': 'No change' };
const directionWords = (direction: Direction | null) => (direction ? DIRECTION_WORDS[direction] : 'Nothing to compare');

type Props = { row: ReviewedRow; month: string; canReturn: boolean };

export function MeasureCard({ row, month, canReturn }: Props) {
  const { measure, entry, rating, direction } = row;
  const headingId = `measure-${measure.ref}`;
  const figure = entry ? formatEntryFigure(entry, measure.unit, measure.decimals) : null;
  const ytd = entry ? formatFigureWithSecondary(entry.ytdValue, entry.ytdSecondaryValue, measure.unit, measure.decimals) : null;
  return (
    <section aria-labelledby={headingId} className="review-card" data-ref={measure.ref} data-testid="review-measure">
      {/* Styled by .review-card (app/globals.css), as are its list's terms and typed text. */}
      <h2 id={headingId}>
        {/* The space keeps the reference and title apart in the heading's name for screen readers. */}
        <span>{measure.ref}</span> <span>{measure.title}</span>
      </h2>
      <p className="mb-3">
        <StatusTag status={entry?.status ?? null} /> Owner: {measure.ownerName ?? 'not assigned'}
      </p>
      <dl>
        <dt>Value</dt>
        <dd>{figure ?? 'Not entered'}</dd>
        <dt>Year to date</dt>
        <dd>{ytd ?? 'None'}</dd>
        <dt>Rating</dt>
        <dd>
          <RatingBadge rating={rating.rating} judged={rating.judged} />
          <span className="mt-1 block">{rating.reason}</span>
        </dd>
        <dt>Against last month</dt>
        <dd>{directionWords(direction.sinceLastMonth)}</dd>
        <dt>Against {monthLabel(addMonths(month, -12))}</dt>
        <dd>{directionWords(direction.sinceLastYear)}</dd>
        <dt>Commentary</dt>
        <dd>{entry?.commentary || 'None'}</dd>
        <dt>Improvement action</dt>
        <dd>{entry?.improvementAction || 'None'}</dd>
        {entry?.returnNote ? (
          <>
            <dt>Latest return note</dt>
            <dd className="border-l-4 border-rag-amber pl-2">{entry.returnNote}</dd>
          </>
        ) : null}
      </dl>
      {canReturn && entry?.status === 'submitted' ? (
        <p className="mt-3">
          {/* A plain link, as in every long list here: no client component per measure. */}
          <a href={`/review/${month}/return/${measure.ref}`}>
            Return to lead<span className="sr-only"> ({measure.ref})</span>
          </a>
        </p>
      ) : null}
    </section>
  );
}
