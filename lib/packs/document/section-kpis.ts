// The contractual KPIs, one panel each as the reference lays them out: measure, annual target and
// tolerance, the month's position, the trend chart, then commentary and improvement action.
import type { PackMeasure, PackSnapshot } from '../snapshot';
import { renderKpiChart, type FiguresLayout } from './chart';
import { html, type Html } from '../../html';
import { anchorOf, type PackSection } from './outline';
import { directionOfTravel, judgedMark, ratingBadge, ratingReason } from './ratings';
import { paragraphs } from './text';

/** The month's figure with its rating badge and the reason for it. */
export function monthPosition(measure: PackMeasure): Html {
  return html`<div class="position"><span class="position-figure">${measure.figureText}</span>${ratingBadge(measure)}${judgedMark(measure)}</div>${ratingReason(measure)}`;
}

/** Commentary and improvement action, as the service wrote them. */
export function serviceWords(measure: PackMeasure, whenNone: string | null): Html {
  const commentary = paragraphs(measure.commentary);
  const action = paragraphs(measure.improvementAction);
  return html`${commentary ? html`<p class="label">Commentary</p><div class="text">${commentary}</div>` : whenNone ? html`<p>${whenNone}</p>` : null}
${action ? html`<p class="label">Improvement action</p><div class="text">${action}</div>` : null}`;
}

function kpiPanel(measure: PackMeasure, snapshot: PackSnapshot, layout: FiguresLayout): Html {
  const chart = snapshot.charts.find((c) => c.ref === measure.ref);
  const direction = directionOfTravel(measure, snapshot.month);
  const id = anchorOf('kpi', measure.ref);
  return html`<div class="kpi" id="${id}">
<h3><span class="kpi-ref">${measure.ref}</span> ${measure.title}</h3>
<div class="kpi-body">
<dl class="facts">
<div><dt>Annual target</dt><dd>${measure.targetText}</dd></div>
<div><dt>Tolerance</dt><dd>${measure.toleranceText}</dd></div>
<div><dt>${snapshot.monthLabel} position</dt><dd>${monthPosition(measure)}</dd></div>
${measure.ytdText !== '-' ? html`<div><dt>Year to date</dt><dd>${measure.ytdText}</dd></div>` : null}
<div><dt>Rating basis</dt><dd>${measure.basisText}</dd></div>
${direction ? html`<div><dt>Direction of travel</dt><dd>${direction}</dd></div>` : null}
</dl>
<div class="kpi-chart">${chart ? renderKpiChart(chart, measure, { month: snapshot.month, monthLabel: snapshot.monthLabel }, layout) : html`<p>No trend data is held for this measure.</p>`}</div>
<div class="kpi-words">
${serviceWords(measure, 'No commentary was given this month.')}
${measure.dataLagNote ? html`<p class="data-lag"><strong>About the data:</strong> ${measure.dataLagNote}</p>` : null}
</div>
</div>
</div>`;
}

/** The KPI panels; their charts' figures laid out for the screen page or for the PDF. */
export function kpiSection(snapshot: PackSnapshot, section: PackSection, layout: FiguresLayout): Html {
  const kpis = snapshot.measures.filter((m) => m.group === 'kpi');
  return html`<section id="${section.id}" class="page-break">
<h2>${section.heading}</h2>
${kpis.length ? kpis.map((m) => kpiPanel(m, snapshot, layout)) : html`<p>This pack has no contractual key performance indicators.</p>`}
</section>`;
}
