// One measure of the month as the chief executive reviews it: a section of its own (not a wide
// table row), so it reflows on a narrow screen. Styled by .review-card (app/globals.css).
//
// Written as markup, not React elements: the review page holds every measure of the month with
// seven facts each, and as elements the cards were most of the page's cost, drawn twice (into the
// HTML and into React's payload for the browser) though nothing in them runs in the browser. As
// markup each card is one string in both. Every value is escaped by the html template
// (lib/html.ts), as in the published pack; review-card.test.ts holds the tag and the badge to the
// React components' own markup.
import { html, type Html } from '../html';
import { statusTag, type EntryStatus } from '../entries/status-tag';
import {
  DIRECTION_WORDS,
  addMonths,
  formatEntryFigure,
  formatFigureWithSecondary,
  monthLabel,
  ratingLabel,
  ratingLetter,
  type Availability,
  type Direction,
  type Rating,
  type Unit,
} from '../rating';

export type ReviewCardMeasure = {
  measure: { ref: string; title: string; unit: Unit; decimals: number; ownerName: string | null };
  entry: {
    status: EntryStatus;
    value: string | null;
    secondaryValue: string | null;
    availability: Availability;
    ytdValue: string | null;
    ytdSecondaryValue: string | null;
    commentary: string | null;
    improvementAction: string | null;
    returnNote: string | null;
  } | null;
  rating: { rating: Rating; judged: boolean; reason: string };
  direction: { sinceLastMonth: Direction | null; sinceLastYear: Direction | null };
};

const directionWords = (direction: Direction | null) => (direction ? DIRECTION_WORDS[direction] : 'Nothing to compare');

/** As app/components/status-tag.tsx draws it. */
export function statusTagHtml(status: EntryStatus | null): Html {
  const tag = statusTag(status);
  return html`<strong class="status-tag ${tag.style}">${tag.label}</strong>`;
}

/** As app/components/rating-badge.tsx draws it: the letter for the eye, the word for everyone. */
export function ratingBadgeHtml(rating: Rating, judged: boolean): Html {
  const letter = rating === 'none' ? null : html`<span aria-hidden="true">${ratingLetter(rating)} · </span>`;
  return html`<span class="rating-badge" data-rating="${rating}">${letter}${ratingLabel(rating)}${judged ? ' (judged)' : ''}</span>`;
}

/** One fact of the card: its name and what it is. */
const fact = (name: string | Html, value: string | Html) => html`<dt>${name}</dt><dd>${value}</dd>`;

/**
 * What the card says of the figures. A measure with nothing entered says so once: its year to
 * date, directions and commentary would each only say "none".
 */
function facts({ measure, entry, rating, direction }: ReviewCardMeasure, month: string): Html {
  const ratingFact = fact('Rating', html`${ratingBadgeHtml(rating.rating, rating.judged)}<span class="mt-1 block">${rating.reason}</span>`);
  if (!entry) return html`${fact('Value', 'Not entered')}${ratingFact}`;
  const figure = formatEntryFigure(entry, measure.unit, measure.decimals);
  const ytd = formatFigureWithSecondary(entry.ytdValue, entry.ytdSecondaryValue, measure.unit, measure.decimals);
  return html`${[
    fact('Value', figure ?? 'Not entered'),
    fact('Year to date', ytd ?? 'None'),
    ratingFact,
    fact('Against last month', directionWords(direction.sinceLastMonth)),
    fact(`Against ${monthLabel(addMonths(month, -12))}`, directionWords(direction.sinceLastYear)),
    fact('Commentary', entry.commentary || 'None'),
    fact('Improvement action', entry.improvementAction || 'None'),
    entry.returnNote ? html`<dt>Latest return note</dt><dd class="border-l-4 border-rag-amber pl-2">${entry.returnNote}</dd>` : null,
  ]}`;
}

/** The card of one measure; `canReturn` offers "Return to lead" on a submitted entry. */
export function reviewCard(row: ReviewCardMeasure, month: string, canReturn: boolean): Html {
  const { ref, title, ownerName } = row.measure;
  const headingId = `measure-${ref}`;
  // The space keeps the reference and title apart in the heading's name for screen readers.
  const heading = html`<h2 id="${headingId}"><span>${ref}</span> <span>${title}</span></h2>`;
  const status = html`<p class="mb-3">${statusTagHtml(row.entry?.status ?? null)} Owner: ${ownerName ?? 'not assigned'}</p>`;
  // A plain link, as in every long list here.
  const returnLink =
    canReturn && row.entry?.status === 'submitted'
      ? html`<p class="mt-3"><a href="/review/${month}/return/${ref}">Return to lead<span class="sr-only"> (${ref})</span></a></p>`
      : null;
  return html`<section aria-labelledby="${headingId}" class="review-card" data-ref="${ref}" data-testid="review-measure">${heading}${status}<dl>${facts(row, month)}</dl>${returnLink}</section>`;
}

/** The cards of the measures shown, in order, as one piece of markup. */
export const reviewCards = (rows: readonly ReviewCardMeasure[], month: string, canReturn: boolean): Html =>
  html`${rows.map((row) => reviewCard(row, month, canReturn))}`;
