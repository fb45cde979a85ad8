import { ratingLabel, ratingLetter, type Rating } from '@/lib/rating';

const STYLES: Record<Rating, string> = {
  red: 'bg-rag-red text-white',
  amber: 'bg-rag-amber text-ink',
  green: 'bg-rag-green text-white',
  blue: 'bg-rag-blue text-white',
  none: 'bg-white text-ink border border-rule',
};

/** A rating in words and colour together: colour is never the only signal. */
export function RatingBadge({ rating, judged = false }: { rating: Rating; judged?: boolean }) {
  return (
    <span
      className={`rating-badge ${STYLES[rating]}`}
      data-rating={rating}
    >
      {rating === 'none' ? null : <span aria-hidden="true">{ratingLetter(rating)} · </span>}
      {ratingLabel(rating)}
      {judged ? ' (judged)' : ''}
    </span>
  );
}
