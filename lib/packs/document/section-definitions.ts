// What each colour means, in the reference report's words, with the two marks this product adds:
// "–" for a measure with no target, and "judged" for a rating set by judgement.
import { html, type Html } from '../../html';
import type { PackSection } from './outline';
import { RAG_DEFINITIONS, ratingBadge } from './ratings';

export function definitionsSection(section: PackSection): Html {
  return html`<section id="${section.id}">
<h2>${section.heading}</h2>
<table class="definitions">
<caption class="visually-hidden">What each RAG rating means</caption>
<thead><tr><th scope="col">Rating</th><th scope="col">Definition</th></tr></thead>
<tbody>
${RAG_DEFINITIONS.map(
  (d) => html`<tr><th scope="row">${ratingBadge({ rating: d.rating, ratingLetter: d.letter, ratingLabel: d.word })}</th><td>${d.definition}</td></tr>`,
)}
</tbody>
</table>
<p class="small-print">A measure with no target is monitored but not rated: it shows “-”. A rating marked “judged” was set by the service’s judgement where the rule gives Blue or no rating; its written justification is shown with it.</p>
</section>`;
}
