// How many measures a month has at each rating, in numbers and words: "3 Red, 5 Amber, 20 Green
// and 2 Blue; 2 not rated". The home page's headline for a month or a published pack.
import { ratingLabel, type Rating } from '../rating';
import { listInWords } from './list-words';

export type RatingCounts = Record<Rating, number>;

export const RATING_ORDER: readonly Rating[] = ['red', 'amber', 'green', 'blue', 'none'];

export function countRatings(ratings: Iterable<Rating>): RatingCounts {
  const counts: RatingCounts = { red: 0, amber: 0, green: 0, blue: 0, none: 0 };
  for (const rating of ratings) counts[rating]++;
  return counts;
}

/** Every rating named, with its count, even a nought: a reader sees there were no Reds. */
export function ratingCountWords(counts: RatingCounts): string {
  const rated = listInWords((['red', 'amber', 'green', 'blue'] as const).map((r) => `${counts[r]} ${ratingLabel(r)}`));
  return counts.none ? `${rated}; ${counts.none} not rated` : rated;
}
