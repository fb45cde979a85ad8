// A KPI's trend chart in the published pack: a <figure> with its title, the drawing as inline SVG
// (no script: the pack is a static document), a legend in words, the summary sentence, and the
// figures as tables. Built from the pack's snapshot alone, so the same pack gives the same bytes.
import { monthLabel } from '../../rating';
import type { PackChart, PackMeasure } from '../snapshot';
import { html, type Html } from '../../html';
import { chartLegend } from './chart-legend';
import { chartModel, type ChartContext } from './chart-model';
import { summariseChart } from './chart-summary';
import { axisTitle, chartSvg } from './chart-svg';
import { chartTables, type FiguresLayout } from './chart-table';

export { CHART_CSS } from './chart-css';
export { summariseChart } from './chart-summary';
export type { FiguresLayout } from './chart-table';

/** "April 2020 to October 2020", or "April 2020" in April. */
function chartPeriod(first: string, context: ChartContext): string {
  return first === context.monthLabel ? first : `${first} to ${context.monthLabel}`;
}

/** The KPI's trend chart as a <figure>: title, SVG, a text summary, and its numbers as a table. */
export function renderKpiChart(chart: PackChart, measure: PackMeasure, context: ChartContext, layout: FiguresLayout): Html {
  const model = chartModel(chart, measure, context);
  const period = chartPeriod(monthLabel(model.months[0]!), context);
  const summary = summariseChart(chart, measure, context);
  const id = (part: string) => `kpi-chart-${model.slug}-${part}`;
  return html`<figure class="kpi-chart" id="${id('figure')}"><figcaption class="kpi-chart__caption">${model.ref} trend, ${period}</figcaption>${chartSvg(
    model,
    {
      title: `${model.ref} trend chart: ${measure.title}, ${period}`,
      description: summary,
      titleId: id('title'),
      descriptionId: id('desc'),
      axisTitle: axisTitle(model, measure.ratePer),
    },
  )}${chartLegend(model, measure)}<p class="kpi-chart__summary">${summary}</p>${chartTables(model, context, layout)}</figure>`;
}
