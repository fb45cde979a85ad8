import { RatingBadge } from '@/app/components/rating-badge';
import { RATING_ORDER, type RatingCounts as Counts } from '@/lib/home/rating-counts';

/** How many measures at each rating, each with its letter, word and colour: never colour alone. */
export function RatingCounts({ counts, label, testId }: { counts: Counts; label: string; testId: string }) {
  return (
    <ul aria-label={label} className="mb-4 flex flex-wrap gap-x-6 gap-y-2" data-testid={testId}>
      {RATING_ORDER.filter((rating) => rating !== 'none' || counts.none > 0).map((rating) => (
        <li key={rating} className="flex items-center gap-2" data-rating={rating}>
          <span className="text-2xl font-bold">{counts[rating]}</span> <RatingBadge rating={rating} />
        </li>
      ))}
    </ul>
  );
}
