'use client';

import { RatingBadge } from '@/app/components/rating-badge';
import { needsCommentary, type EntryRating } from '@/lib/rating';
import { RatedFigureText } from './rated-figure';

type Props = {
  /** Null while a figure the rating reads cannot be read. */
  rating: EntryRating | null;
  monthLabel: string;
  /** Why nothing is rated yet: the field that cannot be read. */
  unreadable?: string | null;
  /** What the form still lacks that an Amber or Red needs before it is submitted. */
  missing?: { commentary: boolean; action: boolean };
};

/** What an Amber or Red still needs, in a sentence; null when it has it all. */
function stillNeeded({ commentary, action }: { commentary: boolean; action: boolean }): string | null {
  if (commentary && action) return 'Commentary and an improvement action are needed before you submit.';
  if (commentary) return 'Commentary is needed before you submit.';
  if (action) return 'An improvement action is needed before you submit.';
  return null;
}

/** The rating the figures give, as the lead types: the same rule the pack will use. */
export function RatingPreview({ rating, monthLabel, unreadable = null, missing = { commentary: true, action: true } }: Props) {
  const needed = rating && needsCommentary(rating.rating) ? stillNeeded(missing) : null;
  return (
    <section aria-labelledby="preview-title" className="mb-8 border-2 border-ink p-4" data-testid="rating-preview">
      <h2 id="preview-title" className="mb-2 text-lg font-bold">
        Rating for {monthLabel}
      </h2>
      <div aria-live="polite" aria-atomic="true">
        {rating ? (
          <>
            <RatingBadge rating={rating.rating} judged={rating.judged} />
            {rating.rated ? (
              <p className="mt-2">
                <RatedFigureText rated={rating.rated} />
              </p>
            ) : null}
            <p className="mt-2">{rating.reason}</p>
            {needed ? <p className="mt-2 font-bold">{needed}</p> : null}
          </>
        ) : (
          <p className="font-bold">{unreadable ?? 'The figure cannot be read yet'}: fix it to see the rating.</p>
        )}
      </div>
    </section>
  );
}
