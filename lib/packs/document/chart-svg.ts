// The trend chart drawn as inline SVG: April to March along the bottom, the value axis with its
// unit on the left, the tolerance band and target line behind last year, the benchmarks and this
// year. Drawn in a fixed 560-wide box that the stylesheet scales to the column; the stylesheet
// enlarges the text when the box is drawn small, so labels stay readable on a phone.
import { monthName, parseMonth } from '../../rating';
import { html, type Html } from '../../html';
import { coordinate as c, formatTick, linearScale, valueAxis, type ValueAxis } from './chart-scale';
import { marker, seriesLine } from './chart-marks';
import type { ChartModel, Figure } from './chart-model';
import { valuesShown } from './chart-model';
import { BAND_EDGE, BAND_FILL, LAST_YEAR_STYLE, TARGET_COLOUR, THIS_YEAR_STYLE, type SeriesStyle } from './chart-styles';

export const VIEW_WIDTH = 560;
export const VIEW_HEIGHT = 320;
const LEFT = 64;
const RIGHT = 14;
/** Room right of March for benchmarks whose latest point is older than this year. */
const LATEST_STRIP = 84;
const BOTTOM = 40;

export type ChartLayout = {
  axis: ValueAxis;
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** The middle of month slot 0–11 (April–March). */
  x: (slot: number) => number;
  y: (value: number) => number;
  /** The middle of the strip for older benchmarks, when there is one. */
  stripX: number | null;
};

const hasLatestStrip = (model: ChartModel) => model.benchmarks.some((b) => b.latest !== null);

/** What a number on the value axis counts, where "%" on each tick does not already say. */
export function axisTitle(model: ChartModel, ratePer: number | null): string | null {
  if (model.unit === 'rate') return ratePer ? `Rate per ${ratePer.toLocaleString('en-GB')}` : 'Rate';
  if (model.unit === 'count') return 'Number';
  return null;
}

export function chartLayout(model: ChartModel, withTitle: boolean): ChartLayout {
  const axis = valueAxis(valuesShown(model), model.unit);
  const top = withTitle ? 42 : 16;
  const bottom = VIEW_HEIGHT - BOTTOM;
  const strip = hasLatestStrip(model);
  const right = VIEW_WIDTH - RIGHT - (strip ? LATEST_STRIP : 0);
  const slot = (right - LEFT) / 12;
  return {
    axis,
    left: LEFT,
    right,
    top,
    bottom,
    x: (i) => LEFT + (i + 0.5) * slot,
    y: linearScale([axis.min, axis.max], [bottom, top]),
    stripX: strip ? right + LATEST_STRIP / 2 + 4 : null,
  };
}

function valueGrid(model: ChartModel, layout: ChartLayout, title: string | null): Html {
  const { axis, left, right, y } = layout;
  const ticks = axis.ticks.map(
    (t) =>
      html`<line x1="${left}" x2="${c(right)}" y1="${c(y(t))}" y2="${c(y(t))}" stroke="#d4d4d4" stroke-width="1" class="kpi-chart__grid"/><text class="kpi-chart__tick" x="${left - 8}" y="${c(y(t))}" text-anchor="end" dominant-baseline="central">${formatTick(t, axis.places, model.unit)}</text>`,
  );
  return html`<g>${title ? html`<text class="kpi-chart__axis-title" x="4" y="4" dominant-baseline="hanging">${title}</text>` : null}${ticks}</g>`;
}

function monthAxis(model: ChartModel, layout: ChartLayout): Html {
  const { left, right, bottom, x } = layout;
  const labels = model.months.map((month, i) => {
    const name = monthName(parseMonth(month)!.month).slice(0, 3);
    // Every other month gives way when the chart is drawn narrow (see CHART_CSS).
    const classes = ['kpi-chart__month', i % 2 === 1 ? 'kpi-chart__month--alternate' : '', i === model.packSlot ? 'kpi-chart__month--current' : '']
      .filter(Boolean)
      .join(' ');
    return html`<text class="${classes}" x="${c(x(i))}" y="${bottom + 8}" text-anchor="middle" dominant-baseline="hanging">${name}</text>`;
  });
  const strip =
    layout.stripX === null
      ? null
      : html`<line class="kpi-chart__axis" x1="${c(right + 6)}" x2="${c(right + 6)}" y1="${layout.top}" y2="${bottom}" stroke="#8c8c8c" stroke-width="1" stroke-dasharray="3 3"/><text class="kpi-chart__month" x="${c(layout.stripX)}" y="${bottom + 8}" text-anchor="middle" dominant-baseline="hanging">Latest</text>`;
  return html`<g><line class="kpi-chart__axis" x1="${left}" x2="${c(right)}" y1="${bottom}" y2="${bottom}" stroke="#595959" stroke-width="1"/>${labels}${strip}</g>`;
}

function targetAndBand(model: ChartModel, layout: ChartLayout): Html {
  if (!model.target) return html``;
  const { left, right, y } = layout;
  const ty = y(model.target.at);
  const band = model.toleranceEdge
    ? (() => {
        const ey = y(model.toleranceEdge.at);
        return html`<rect class="kpi-chart__band" x="${left}" y="${c(Math.min(ty, ey))}" width="${c(right - left)}" height="${c(Math.abs(ey - ty))}" fill="${BAND_FILL}" fill-opacity="0.6"/><line x1="${left}" x2="${c(right)}" y1="${c(ey)}" y2="${c(ey)}" stroke="${BAND_EDGE}" stroke-width="1" stroke-dasharray="2 2"/>`;
      })()
    : null;
  // The label sits on the side of the line away from the band, where the figures that meet it are.
  const labelBelow = model.polarity === 'lower';
  return html`<g>${band}<line class="kpi-chart__target" x1="${left}" x2="${c(right)}" y1="${c(ty)}" y2="${c(ty)}" stroke="${TARGET_COLOUR}" stroke-width="2"/><text class="kpi-chart__label" x="${c(right - 4)}" y="${c(labelBelow ? ty + 4 : ty - 4)}" text-anchor="end" dominant-baseline="${labelBelow ? 'hanging' : 'auto'}">Target</text></g>`;
}

function series(figures: readonly (Figure | null)[], layout: ChartLayout, style: SeriesStyle): Html {
  const points = figures.map((f, i) => (f ? ([layout.x(i), layout.y(f.at)] as const) : null));
  const markers = points.map((p) => (p ? marker(style.marker, p[0], p[1], style) : null));
  return html`<g>${seriesLine(points, style)}${markers}</g>`;
}

function benchmarkSeries(model: ChartModel, layout: ChartLayout): Html[] {
  const withLatest = model.benchmarks.filter((b) => b.latest !== null);
  return model.benchmarks.map((b) => {
    if (b.latest && layout.stripX !== null) {
      // Side by side in the strip, so two benchmarks with close values do not hide each other.
      const offset = (withLatest.indexOf(b) - (withLatest.length - 1) / 2) * 16;
      return marker(b.style.marker, layout.stripX + offset, layout.y(b.latest.value.at), b.style);
    }
    // A benchmark has its own cadence (quarters, years), so its points are joined across the
    // months between them: those months are not missing figures, just not its periods.
    const points = b.inYear.map(({ slot, point }) => [layout.x(slot), layout.y(point.value.at)] as const);
    return html`<g>${seriesLine(points, b.style)}${points.map(([x, y]) => marker(b.style.marker, x, y, b.style))}</g>`;
  });
}

/** The chart's <svg>, labelled by its own title and description. */
export function chartSvg(
  model: ChartModel,
  labels: { title: string; description: string; titleId: string; descriptionId: string; axisTitle: string | null },
): Html {
  const layout = chartLayout(model, labels.axisTitle !== null);
  return html`<svg class="kpi-chart__svg" viewBox="0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}" width="${VIEW_WIDTH}" height="${VIEW_HEIGHT}" role="img" aria-labelledby="${labels.titleId} ${labels.descriptionId}" focusable="false"><title id="${labels.titleId}">${labels.title}</title><desc id="${labels.descriptionId}">${labels.description}</desc>${valueGrid(model, layout, labels.axisTitle)}${targetAndBand(model, layout)}${monthAxis(model, layout)}${series(model.lastYear, layout, LAST_YEAR_STYLE)}${benchmarkSeries(model, layout)}${series(model.thisYear, layout, THIS_YEAR_STYLE)}</svg>`;
}

