// The marks a series is drawn with: a line through the months that have a figure (broken where a
// month has none, so a gap never reads as zero) and a marker at every figure, so a single figure
// of a quarterly measure still shows. Used by the chart and by the legend's small keys.
import { html, type Html } from '../../html';
import { coordinate } from './chart-scale';
import type { MarkerShape, SeriesStyle } from './chart-styles';

export const LINE_WIDTH = 2.5;
const MARKER_SIZE = 5.5;

/** One marker centred on (x, y). */
export function marker(shape: MarkerShape, x: number, y: number, style: SeriesStyle, size = MARKER_SIZE): Html {
  const fill = style.hollow ? '#ffffff' : style.colour;
  const c = coordinate;
  // The class lets a forced-colours (high contrast) display redraw markers in its own colours.
  const kind = style.hollow ? 'kpi-chart__marker kpi-chart__marker--hollow' : 'kpi-chart__marker';
  const path = (d: string) => html`<path class="${kind}" d="${d}" fill="${fill}" stroke="${style.colour}" stroke-width="1.5"/>`;
  switch (shape) {
    case 'circle':
      return html`<circle class="${kind}" cx="${c(x)}" cy="${c(y)}" r="${c(size)}" fill="${fill}" stroke="${style.colour}" stroke-width="1.5"/>`;
    case 'square': {
      const s = size * 0.85;
      return path(`M${c(x - s)} ${c(y - s)}H${c(x + s)}V${c(y + s)}H${c(x - s)}Z`);
    }
    case 'triangle':
      return path(`M${c(x)} ${c(y - size * 1.1)}L${c(x + size)} ${c(y + size * 0.75)}H${c(x - size)}Z`);
    case 'triangle-down':
      return path(`M${c(x)} ${c(y + size * 1.1)}L${c(x + size)} ${c(y - size * 0.75)}H${c(x - size)}Z`);
    case 'diamond':
      return path(`M${c(x)} ${c(y - size * 1.2)}L${c(x + size)} ${c(y)}L${c(x)} ${c(y + size * 1.2)}L${c(x - size)} ${c(y)}Z`);
    case 'cross': {
      const s = size * 0.9;
      return html`<path class="kpi-chart__marker" d="M${c(x - s)} ${c(y - s)}L${c(x + s)} ${c(y + s)}M${c(x - s)} ${c(y + s)}L${c(x + s)} ${c(y - s)}" fill="none" stroke="${style.colour}" stroke-width="2.5"/>`;
    }
  }
}

/**
 * A line in the series' pattern through the given points; empty where there is nothing to join.
 * Its width and dashes are in screen pixels (non-scaling stroke), so a line drawn on a phone is as
 * thick, and a dotted line as dotted, as on a desktop.
 */
export function seriesLine(points: readonly (readonly [number, number] | null)[], style: SeriesStyle): Html {
  // A run of consecutive months becomes one stroke; a month with no figure ends the run.
  const runs: (readonly [number, number])[][] = [];
  let run: (readonly [number, number])[] = [];
  for (const point of points) {
    if (point) {
      run.push(point);
    } else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  const d = runs
    .filter((r) => r.length > 1)
    .map((r) => r.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${coordinate(x)} ${coordinate(y)}`).join(''))
    .join('');
  if (!d) return html``;
  return html`<path class="kpi-chart__line" d="${d}" fill="none" stroke="${style.colour}" stroke-width="${LINE_WIDTH}"${
    style.dash ? html` stroke-dasharray="${style.dash}"` : null
  } stroke-linejoin="round" stroke-linecap="round" vector-effect="non-scaling-stroke"/>`;
}

/** The small drawing beside a legend entry: a stretch of the series' line with its marker. */
export function legendKey(style: SeriesStyle, withLine = true): Html {
  return keyFrame(html`${withLine ? seriesLine([[3, 8], [37, 8]], style) : null}${marker(style.marker, 20, 8, style, 4.5)}`);
}

/** A legend key's frame: decoration only, the entry's words say the same. */
export const keyFrame = (content: Html): Html =>
  html`<svg class="kpi-chart__key" viewBox="0 0 40 16" width="40" height="16" aria-hidden="true" focusable="false">${content}</svg>`;
