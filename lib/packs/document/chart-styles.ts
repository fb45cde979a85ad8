// How each series looks. Colour is never the only difference: each has its own line pattern and
// marker shape, and the legend says both in words, so the chart reads in grey print and for a
// reader who cannot tell the colours apart.

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'triangle-down';

export type SeriesStyle = {
  colour: string;
  /** SVG stroke-dasharray; null for a solid line. */
  dash: string | null;
  marker: MarkerShape;
  /** An open marker is drawn in white with a coloured edge. */
  hollow: boolean;
  /** For the legend: "solid line". */
  lineWords: string;
  /** For the legend: "round marker". */
  markerWords: string;
};

export const THIS_YEAR_STYLE: SeriesStyle = {
  colour: '#1d4f91',
  dash: null,
  marker: 'circle',
  hollow: false,
  lineWords: 'solid line', markerWords: 'round marker',
};

export const LAST_YEAR_STYLE: SeriesStyle = {
  colour: '#5a5a5a',
  dash: '7 4',
  marker: 'square',
  hollow: true,
  lineWords: 'dashed line', markerWords: 'open square marker',
};

export const TARGET_COLOUR = '#1a1a1a';
export const BAND_FILL = '#f4d27a';
export const BAND_EDGE = '#8a6100';

// Benchmarks keep the same look in every chart of the pack, whatever order their points came in.
const NAMED_BENCHMARKS: readonly (readonly [string, SeriesStyle])[] = [
  ['North East', { colour: '#8a3b00', dash: '1.5 3', marker: 'triangle', hollow: false, lineWords: 'dotted line', markerWords: 'triangle marker' }],
  ['England', { colour: '#00695c', dash: '9 3 2 3', marker: 'diamond', hollow: false, lineWords: 'dash-dot line', markerWords: 'diamond marker' }],
  ['Statistical neighbours', { colour: '#6a1b9a', dash: '14 5', marker: 'cross', hollow: false, lineWords: 'long-dashed line', markerWords: 'cross marker' }],
  ['Last year', { colour: '#ad1457', dash: '5 2 1.5 2 1.5 2', marker: 'triangle-down', hollow: false, lineWords: 'dash-dot-dot line', markerWords: 'downward triangle marker' }],
];

/** The benchmark series in the pack's order (North East, England, …; others after, by name). */
export function benchmarkOrder(a: string, b: string): number {
  const rank = (series: string) => {
    const index = NAMED_BENCHMARKS.findIndex(([name]) => name === series);
    return index === -1 ? NAMED_BENCHMARKS.length : index;
  };
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The look of each benchmark series of one chart: a named series always has its own; any other
 * takes the first look no series in this chart is using, so two series never look alike.
 */
export function benchmarkStyles(seriesNames: readonly string[]): SeriesStyle[] {
  const named = (series: string) => NAMED_BENCHMARKS.find(([name]) => name === series)?.[1];
  const taken = new Set(seriesNames.map(named).filter((style) => style !== undefined));
  const spare = NAMED_BENCHMARKS.map(([, style]) => style).filter((style) => !taken.has(style));
  let next = 0;
  return seriesNames.map((series) => named(series) ?? spare[next++ % Math.max(spare.length, 1)] ?? NAMED_BENCHMARKS[0]![1]);
}
