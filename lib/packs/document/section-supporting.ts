// The supporting indicators: the reference's table (monitoring-only measures show "-" for target,
// tolerance and RAG, as it does), then the commentary on every one rated amber or red.
import type { PackMeasure, PackSnapshot } from '../snapshot';
import { html, type Html } from '../../html';
import { anchorOf, type PackSection } from './outline';
import { ratingBadge } from './ratings';
import { monthPosition, serviceWords } from './section-kpis';

const supportingOf = (snapshot: PackSnapshot) => snapshot.measures.filter((m) => m.group === 'supporting');

function ragCell(measure: PackMeasure, note: number | null): Html {
  if (measure.rating === 'none') {
    return html`<td><span aria-hidden="true">-</span><span class="visually-hidden">${measure.ratingLabel}</span></td>`;
  }
  const marker = note
    ? html`<a class="judged" href="#${anchorOf('note', measure.ref)}">judged<span class="visually-hidden">, see note</span><sup>${note}</sup></a>`
    : null;
  return html`<td>${ratingBadge(measure)}${marker}</td>`;
}

function row(measure: PackMeasure, note: number | null): Html {
  return html`<tr>
<th scope="row">${measure.ref}</th>
<td>${measure.title}</td>
<td>${measure.targetText}</td>
<td>${measure.toleranceText}</td>
<td class="nowrap">${measure.figureText}</td>
<td class="nowrap">${measure.ytdText}</td>
${ragCell(measure, note)}
<td>${measure.rating === 'none' ? '-' : measure.basisText}</td>
</tr>`;
}

export function supportingSection(snapshot: PackSnapshot, section: PackSection): Html {
  const measures = supportingOf(snapshot);
  const judged = measures.filter((m) => m.judged && m.rating !== 'none');
  const noteOf = (m: PackMeasure) => (judged.includes(m) ? judged.indexOf(m) + 1 : null);
  const captionId = `${section.id}-caption`;
  return html`<section id="${section.id}" class="page-break">
<h2>${section.heading}</h2>
${measures.length
  ? html`<div class="table-scroll" role="region" aria-labelledby="${captionId}" tabindex="0">
<table class="supporting">
<caption id="${captionId}" class="visually-hidden">Supporting indicators, ${snapshot.monthLabel}: target, tolerance, current position, year to date and RAG rating</caption>
<thead><tr><th scope="col">Ref</th><th scope="col">Supporting indicator</th><th scope="col">Target</th><th scope="col">Tolerance</th><th scope="col">Current position</th><th scope="col">YTD</th><th scope="col">RAG</th><th scope="col">RAG frequency</th></tr></thead>
<tbody>
${measures.map((m) => row(m, noteOf(m)))}
</tbody>
</table>
</div>`
  : html`<p>This pack has no supporting indicators.</p>`}
${judged.length
  ? html`<div class="notes"><p class="label">Notes</p><ol>${judged.map(
      (m) => html`<li id="${anchorOf('note', m.ref)}">${m.ref}: judged ${m.ratingLabel}. ${m.justification ?? 'No justification was recorded.'}</li>`,
    )}</ol></div>`
  : null}
</section>`;
}

export function commentarySection(snapshot: PackSnapshot, section: PackSection): Html {
  const flagged = supportingOf(snapshot).filter((m) => m.rating === 'amber' || m.rating === 'red');
  return html`<section id="${section.id}" class="page-break">
<h2>${section.heading}</h2>
${flagged.length
  ? flagged.map(
      (m) => html`<div class="commentary-item" id="${anchorOf('commentary', m.ref)}">
<h3><span class="kpi-ref">${m.ref}</span> – ${m.title}</h3>
${monthPosition(m)}
${serviceWords(m, 'No commentary was given.')}
</div>`,
    )
  : html`<p>No supporting measure is rated red or amber in ${snapshot.monthLabel}.</p>`}
</section>`;
}
