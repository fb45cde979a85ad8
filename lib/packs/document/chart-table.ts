// The chart's numbers as tables, for anyone who cannot see the drawing or wants the exact figures:
// month by month this year against last year, then every benchmark point with its own period.
import { formatFigure, monthLabel, monthName, parseMonth } from '../../rating';
import { html, type Html } from '../../html';
import type { ChartContext, ChartModel, Figure } from './chart-model';

const NO_FIGURE = 'no figure';

const printed = (model: ChartModel, f: Figure | null) => (f ? (formatFigure(f.text, model.unit, model.decimals) ?? NO_FIGURE) : NO_FIGURE);

/**
 * The months to list: April to the pack's month, and on to March only where last year has a
 * figure to compare (rows of "no figure" twice over tell the reader nothing).
 */
function rowCount(model: ChartModel): number {
  const lastWithFigure = model.lastYear.findLastIndex((f) => f !== null);
  return Math.max(model.packSlot, lastWithFigure) + 1;
}

function monthTable(model: ChartModel, context: ChartContext): Html {
  const rows = model.months.slice(0, rowCount(model)).map((month, i) => {
    // After the pack's month this year has no figure yet, rather than a missing one.
    const thisYear = i > model.packSlot ? 'not yet reported' : printed(model, model.thisYear[i] ?? null);
    return html`<tr><th scope="row">${monthName(parseMonth(month)!.month)}</th><td>${thisYear}</td><td>${printed(model, model.lastYear[i] ?? null)}</td></tr>`;
  });
  const from = monthLabel(model.months[0]!);
  const period = from === context.monthLabel ? from : `${from} to ${context.monthLabel}`;
  return html`<table class="kpi-chart__table"><caption>${model.ref} month by month: this year, ${period}, and last year</caption><thead><tr><th scope="col">Month</th><th scope="col">This year (${model.yearLabel})</th><th scope="col">Last year (${model.lastYearLabel})</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function benchmarkTable(model: ChartModel): Html | null {
  const rows = model.benchmarks.flatMap((b) =>
    b.points.map(
      (p) => html`<tr><th scope="row">${b.series}</th><td>${p.label}</td><td>${printed(model, p.value)}</td></tr>`,
    ),
  );
  if (rows.length === 0) return null;
  return html`<table class="kpi-chart__table"><caption>${model.ref} benchmarks</caption><thead><tr><th scope="col">Benchmark</th><th scope="col">Period</th><th scope="col">Figure</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/**
 * Which reader the figures are laid out for. On screen they fold away under a <details>, so the
 * page stays short. But a closed <details> prints as its summary alone, and the page has no script
 * to open it before printing, so the screen page also carries the tables for print only (hidden on
 * screen, from screen readers too, so nobody meets them twice). The PDF's document ('print') has
 * the tables open, once.
 */
export type FiguresLayout = 'screen' | 'print';

/** The figures behind the chart, as tables a screen reader reaches and paper shows. */
export function chartTables(model: ChartModel, context: ChartContext, layout: FiguresLayout): Html {
  const tables = html`${monthTable(model, context)}${benchmarkTable(model)}`;
  if (layout === 'print') return html`<div class="kpi-chart__figures">${tables}</div>`;
  return html`<details class="kpi-chart__figures screen-only"><summary>Figures for the ${model.ref} chart</summary>${tables}</details><div class="kpi-chart__figures print-only">${tables}</div>`;
}
