'use client';

import { RatingBadge } from '@/app/components/rating-badge';
import { needsCommentary, type EntryRating } from '@/lib/rating';

/** The rating the figures give, as the lead types: the same rule the pack will use. */
export function RatingPreview({ rating, monthLabel }: { rating: EntryRating; monthLabel: string }) {
  return (
    <section aria-labelledby="preview-title" className="mb-8 border-2 border-ink p-4" data-testid="rating-preview">
      <h2 id="preview-title" className="mb-2 text-lg font-bold">
        Rating for {monthLabel}
      </h2>
      <div aria-live="polite" aria-atomic="true">
        <RatingBadge rating={rating.rating} judged={rating.judged} />
        <p className="mt-2">{rating.reason}</p>
        {needsCommentary(rating.rating) ? (
          <p className="mt-2 font-bold">Commentary and an improvement action are needed before you submit.</p>
        ) : null}
      </div>
    </section>
  );
}
