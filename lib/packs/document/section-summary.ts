// The summary grid: each rated measure's letter month by month, April to March, as the reference
// ends. Measures with no rating (monitoring only) are left out, as the reference leaves them out;
// months after the pack's are empty.
import type { PackMeasure, PackSnapshot } from '../snapshot';
import { monthLabel, monthName, parseMonth, type RatingBasis } from '../../rating';
import { html, type Html } from '../../html';
import type { PackSection } from './outline';
import { gridCell } from './ratings';

/** The reference's "FQY" column: M, YTD, Q, A, 3M AVG. */
const FREQUENCY: Record<RatingBasis, string> = { monthly: 'M', ytd: 'YTD', quarterly: 'Q', annual: 'A', rolling3m: '3M AVG' };

function gridTable(title: string, id: string, measures: PackMeasure[], snapshot: PackSnapshot): Html | null {
  if (!measures.length) return null;
  const letters = new Map(snapshot.grid.rows.map((r) => [r.ref, r.letters]));
  const months = snapshot.grid.months;
  const captionId = `${id}-caption`;
  return html`<div class="table-scroll" role="region" aria-labelledby="${captionId}" tabindex="0">
<table class="grid" id="${id}">
<caption id="${captionId}">${title}</caption>
<thead><tr><th scope="col" class="ref">Ref</th><th scope="col" class="indicator">${title}</th><th scope="col"><abbr title="Rating frequency" aria-hidden="true">FQY</abbr><span class="visually-hidden">Rating frequency</span></th>${months.map(
    (m) => html`<th scope="col"><span aria-hidden="true">${monthName(parseMonth(m)?.month ?? 0).charAt(0)}</span><span class="visually-hidden">${monthLabel(m)}</span></th>`,
  )}</tr></thead>
<tbody>
${measures.map((m) => {
  const row = letters.get(m.ref) ?? months.map(() => '');
  return html`<tr><th scope="row">${m.ref}</th><td class="indicator">${m.title}</td><td class="freq"><abbr title="${m.basisText}" aria-hidden="true">${FREQUENCY[m.basis]}</abbr><span class="visually-hidden">${m.basisText}</span></td>${months.map((_, i) => gridCell(row[i] ?? ''))}</tr>`;
})}
</tbody>
</table>
</div>`;
}

export function summarySection(snapshot: PackSnapshot, section: PackSection): Html {
  const rated = snapshot.measures.filter((m) => m.rating !== 'none');
  const kpis = rated.filter((m) => m.group === 'kpi');
  const supporting = rated.filter((m) => m.group === 'supporting');
  return html`<section id="${section.id}" class="page-break">
<h2>${section.heading}</h2>
${gridTable('Key performance indicators', 'summary-kpis', kpis, snapshot)}
${gridTable('Supporting indicators', 'summary-supporting', supporting, snapshot)}
${rated.length ? null : html`<p>No measure in this pack is rated.</p>`}
</section>`;
}
