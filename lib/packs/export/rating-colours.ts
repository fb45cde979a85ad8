// The workbook's cell colours for a rating: Excel's own "Bad", "Neutral" and "Good" styles (and a
// blue in the same manner), dark text on a pale fill, so every letter and word stays readable
// (contrast above 4.5:1). The colour only repeats what the cell already says in words or a letter.
import type { Rating } from '../../rating';

export type RatingColours = { fill: string; text: string };

export const RATING_COLOURS: Record<Exclude<Rating, 'none'>, RatingColours> = {
  red: { fill: 'FFFFC7CE', text: 'FF9C0006' },
  amber: { fill: 'FFFFEB9C', text: 'FF7A4500' },
  green: { fill: 'FFC6EFCE', text: 'FF006100' },
  blue: { fill: 'FFDDEBF7', text: 'FF1F4E78' },
};

const BY_LETTER: Record<string, Exclude<Rating, 'none'>> = { R: 'red', A: 'amber', G: 'green', B: 'blue' };

/** The colours of a summary-grid letter, or null for "–" and an empty month. */
export const coloursOfLetter = (letter: string): RatingColours | null => {
  const rating = BY_LETTER[letter];
  return rating ? RATING_COLOURS[rating] : null;
};

export const coloursOfRating = (rating: Rating): RatingColours | null => (rating === 'none' ? null : RATING_COLOURS[rating]);
