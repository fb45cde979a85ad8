import { describe, expect, it } from 'vitest';
import { countRatings, ratingCountWords } from './rating-counts';

describe("a month's ratings counted", () => {
  it('counts each rating, noughts included', () => {
    expect(countRatings(['red', 'green', 'green', 'none', 'amber', 'green'])).toEqual({ red: 1, amber: 1, green: 3, blue: 0, none: 1 });
    expect(countRatings([])).toEqual({ red: 0, amber: 0, green: 0, blue: 0, none: 0 });
  });

  it('writes every rating by name, so a reader sees there were no Reds, and the unrated apart', () => {
    expect(ratingCountWords(countRatings(['green', 'green', 'blue']))).toBe('0 Red, 0 Amber, 2 Green and 1 Blue');
    expect(ratingCountWords(countRatings(['red', 'amber', 'amber', 'none', 'none']))).toBe('1 Red, 2 Amber, 0 Green and 0 Blue; 2 not rated');
  });
});
