// The chart's legend, in HTML rather than inside the drawing: its words wrap on a narrow screen and
// a screen reader reads them. Each entry says the line pattern and marker in words, so no entry
// depends on its colour.
import { formatFigure } from '../../rating';
import type { PackMeasure } from '../snapshot';
import { html, type Html } from '../../html';
import { keyFrame, legendKey } from './chart-marks';
import type { ChartModel } from './chart-model';
import { BAND_EDGE, BAND_FILL, LAST_YEAR_STYLE, TARGET_COLOUR, THIS_YEAR_STYLE, type SeriesStyle } from './chart-styles';

const seriesWords = (style: SeriesStyle) => `${style.lineWords}, ${style.markerWords}s`;

const entry = (key: Html, words: Html | string) => html`<li class="kpi-chart__legend-item">${key}<span>${words}</span></li>`;

export function chartLegend(model: ChartModel, measure: PackMeasure): Html {
  const items: Html[] = [entry(legendKey(THIS_YEAR_STYLE), `This year, ${model.yearLabel}: ${seriesWords(THIS_YEAR_STYLE)}`)];
  if (model.lastYear.some((f) => f !== null)) {
    items.push(entry(legendKey(LAST_YEAR_STYLE), `Last year, ${model.lastYearLabel}: ${seriesWords(LAST_YEAR_STYLE)}`));
  }
  if (model.target) {
    items.push(
      entry(
        keyFrame(html`<line class="kpi-chart__target" x1="3" x2="37" y1="8" y2="8" stroke="${TARGET_COLOUR}" stroke-width="2"/>`),
        `Target, ${measure.targetText}: plain line marked “Target”`,
      ),
    );
  }
  if (model.toleranceEdge) {
    items.push(
      entry(
        keyFrame(html`<rect x="3" y="3" width="34" height="10" fill="${BAND_FILL}" fill-opacity="0.6"/><line x1="3" x2="37" y1="13" y2="13" stroke="${BAND_EDGE}" stroke-width="1" stroke-dasharray="2 2"/>`),
        `Tolerance, ${measure.toleranceText}: shaded band`,
      ),
    );
  }
  for (const b of model.benchmarks) {
    if (b.latest) {
      const value = formatFigure(b.latest.value.text, model.unit, model.decimals);
      items.push(
        entry(
          legendKey(b.style, false),
          `${b.series}, latest figure ${value} for ${b.latest.label}: ${b.style.markerWords} under “Latest”, right of March`,
        ),
      );
    } else {
      items.push(entry(legendKey(b.style), `${b.series}: ${seriesWords(b.style)}`));
    }
  }
  return html`<ul class="kpi-chart__legend">${items}</ul>`;
}
