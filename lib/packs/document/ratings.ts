// How a rating is shown in the pack: never by colour alone. A badge carries the letter and the
// word ("A Amber"); a grid cell carries the letter with the word for screen readers; a judged
// rating says so wherever it appears.
import type { PackMeasure } from '../snapshot';
import { addMonths, monthLabel, type Direction, type Rating } from '../../rating';
import { html, type Html } from '../../html';

const WORD_OF_LETTER: Record<string, string> = { R: 'Red', A: 'Amber', G: 'Green', B: 'Blue', '–': 'Not rated' };

/** The rating in the reference's definitions, word for word. */
export const RAG_DEFINITIONS: { rating: Rating; letter: string; word: string; definition: string }[] = [
  { rating: 'red', letter: 'R', word: 'Red', definition: 'Indicator is not meeting target and is outside of tolerance range' },
  { rating: 'amber', letter: 'A', word: 'Amber', definition: 'Indicator is not meeting target but is within tolerance range' },
  { rating: 'green', letter: 'G', word: 'Green', definition: 'Indicator is meeting or exceeding target' },
  { rating: 'blue', letter: 'B', word: 'Blue', definition: 'No data available' },
];

/** "A Amber": the letter large, then the word, in the rating's colour. */
export function ratingBadge(rating: { rating: Rating; ratingLetter: string; ratingLabel: string }): Html {
  return html`<span class="rag rag--${rating.rating}"><span class="rag-letter" aria-hidden="true">${rating.ratingLetter}</span><span class="rag-word">${rating.ratingLabel}</span></span>`;
}

/** One month of the summary grid: the letter, coloured, and its word for a screen reader; empty after the pack's month. */
export function gridCell(letter: string): Html {
  if (letter === '') return html`<td class="cell"></td>`;
  const word = WORD_OF_LETTER[letter] ?? letter;
  const colour = letter in WORD_OF_LETTER && letter !== '–' ? letter : 'none';
  return html`<td class="cell cell--${colour}"><span aria-hidden="true">${letter}</span><span class="visually-hidden">${word}</span></td>`;
}

/** "judged" beside a badge, with the justification when there is room for it (a KPI panel, the commentary). */
export function judgedMark(measure: PackMeasure): Html | null {
  if (!measure.judged) return null;
  return html`<span class="judged">judged</span>`;
}

export function judgedJustification(measure: PackMeasure): Html | null {
  if (!measure.judged) return null;
  return html`<p class="reason"><strong>Judged ${measure.ratingLabel}:</strong> ${measure.justification ?? 'no justification was recorded.'}</p>`;
}

/** The rule's reason in words; for a judged rating its justification stands instead. */
export function ratingReason(measure: PackMeasure): Html {
  return judgedJustification(measure) ?? html`<p class="reason">${measure.reason}</p>`;
}

const DIRECTION_WORDS: Record<Direction, { symbol: string; words: string }> = {
  improved: { symbol: '▲', words: 'Improved' },
  declined: { symbol: '▼', words: 'Declined' },
  'no change': { symbol: '●', words: 'No change' },
};

/** "▲ Improved since last month", "▼ Declined since October 2019"; null when neither is known. */
export function directionOfTravel(measure: PackMeasure, month: string): Html | null {
  const lines: Html[] = [];
  const line = (direction: Direction | null, since: string) => {
    if (!direction) return;
    const { symbol, words } = DIRECTION_WORDS[direction];
    lines.push(html`<li><span class="direction-symbol" aria-hidden="true">${symbol}</span>${words} since ${since}</li>`);
  };
  line(measure.direction.sinceLastMonth, 'last month');
  line(measure.direction.sinceLastYear, monthLabel(addMonths(month, -12)));
  return lines.length ? html`<ul class="direction">${lines}</ul>` : null;
}
