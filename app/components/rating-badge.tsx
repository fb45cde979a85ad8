import { ratingLabel, ratingLetter, type Rating } from '@/lib/rating';

/**
 * A rating in words and colour together: colour is never the only signal. Its colour comes from
 * `data-rating` (app/globals.css), and its words are one string: many tables show one on every row.
 */
export function RatingBadge({ rating, judged = false }: { rating: Rating; judged?: boolean }) {
  return (
    <span className="rating-badge" data-rating={rating}>
      {rating === 'none' ? null : <span aria-hidden="true">{`${ratingLetter(rating)} · `}</span>}
      {`${ratingLabel(rating)}${judged ? ' (judged)' : ''}`}
    </span>
  );
}
