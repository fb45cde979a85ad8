import type { Entry } from '../schema';

export type SeedAvailability = Entry['availability'];

/** One measure's figures for one month, as the seed files write them. */
export type SeedFigure = {
  value: string | null;
  secondary?: string;
  ytd?: string;
  ytdSecondary?: string;
  availability?: SeedAvailability;
  commentary?: string;
  improvementAction?: string;
  judged?: { rating: NonNullable<Entry['judgedRating']>; justification: string };
};
