export type Rating = 'red' | 'amber' | 'green' | 'blue' | 'none';
export type JudgedRating = Exclude<Rating, 'none'>;
export type Polarity = 'higher' | 'lower' | 'none';
export type RatingBasis = 'monthly' | 'ytd' | 'quarterly' | 'annual' | 'rolling3m';
export type Unit = 'percent' | 'rate' | 'count';
export type Availability = 'available' | 'not_available' | 'not_applicable' | 'not_due';

export type RatingResult = {
  rating: Rating;
  /** A plain English sentence saying why. */
  reason: string;
};
