// The KPI trend charts of the October 2020 pack, as the seed publishes it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../../db/client';
import { latestPackOf } from '../../../db/queries/packs';
import { findPeriodByMonth } from '../../../db/queries/periods';
import { seedReferencePack } from '../../../db/seed/reference-pack';
import { openMigrated, testEngines } from '../../../db/testing';
import type { PackChart, PackMeasure, PackSnapshot } from '../snapshot';
import { CHART_CSS, renderKpiChart, summariseChart } from './chart';

let open: OpenDatabase;
let pack: PackSnapshot;

beforeAll(async () => {
  open = await openMigrated(testEngines()[0]!);
  await seedReferencePack(open.db);
  const period = await findPeriodByMonth(open.db, '2020-10-01');
  pack = (await latestPackOf(open.db, period!.id))!.snapshot;
});
afterAll(async () => open?.close());

const context = () => ({ month: pack.month, monthLabel: pack.monthLabel });
const chartOf = (ref: string): PackChart => pack.charts.find((c) => c.ref === ref)!;
const measureOf = (ref: string): PackMeasure => pack.measures.find((m) => m.ref === ref)!;
/** The chart as the screen page has it; the PDF's layout is tested on its own below. */
const render = (ref: string, chart: PackChart = chartOf(ref), measure: PackMeasure = measureOf(ref)) =>
  renderKpiChart(chart, measure, context(), 'screen').toString();
const summary = (ref: string, chart: PackChart = chartOf(ref), measure: PackMeasure = measureOf(ref)) =>
  summariseChart(chart, measure, context());

/** The body rows of the first table: [month, this year, last year]. */
function monthRows(markup: string): string[][] {
  const body = /<tbody>(.*?)<\/tbody>/s.exec(markup)![1]!;
  return [...body.matchAll(/<tr>(.*?)<\/tr>/gs)].map((row) => [...row[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((cell) => cell[1]!));
}

const KPIS = ['KPI1', 'KPI2', 'KPI3', 'KPI4', 'KPI5', 'KPI6'];

describe('each KPI chart of the October 2020 pack', () => {
  it('has a chart for each of the six KPIs', () => {
    expect(pack.charts.map((c) => c.ref)).toEqual(KPIS);
  });

  it.each(KPIS)('%s is a figure with its title, a labelled image, its summary and no style attribute', (ref) => {
    const markup = render(ref);
    expect(markup).toMatch(/^<figure class="kpi-chart"/);
    expect(markup).toContain(`<figcaption class="kpi-chart__caption">${ref} trend, April 2020 to October 2020</figcaption>`);
    const svg = /<svg class="kpi-chart__svg"[^>]*>/.exec(markup)![0];
    expect(svg).toContain('role="img"');
    const labelledBy = /aria-labelledby="([^"]+)"/.exec(svg)![1]!.split(' ');
    expect(labelledBy).toEqual([`kpi-chart-${ref.toLowerCase()}-title`, `kpi-chart-${ref.toLowerCase()}-desc`]);
    for (const id of labelledBy) expect(markup.split(`id="${id}"`)).toHaveLength(2);
    expect(markup).toContain(`<title id="${labelledBy[0]}">${ref} trend chart: `);
    const sentence = summary(ref);
    expect(markup).toContain(`<desc id="${labelledBy[1]}">${sentence}</desc>`);
    expect(markup).toContain(`<p class="kpi-chart__summary">${sentence}</p>`);
    expect(markup).not.toMatch(/\sstyle\s*=/i);
    expect(markup).not.toMatch(/<script/i);
  });

  it('gives the six charts ids that no other chart uses', () => {
    const ids = KPIS.flatMap((ref) => [...render(ref).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(KPIS)('%s lists its figures in a table, a row a month from April to March, as last year has figures to March', (ref) => {
    const markup = render(ref);
    expect(markup).toContain(`<details class="kpi-chart__figures screen-only"><summary>Figures for the ${ref} chart</summary>`);
    expect(markup).toContain('<th scope="col">Month</th><th scope="col">This year (2020/21)</th><th scope="col">Last year (2019/20)</th>');
    const rows = monthRows(markup);
    expect(rows.map((r) => r[0])).toEqual(['April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'January', 'February', 'March']);
    const chart = chartOf(ref);
    const measure = measureOf(ref);
    const shown = (value: string | null) => (value === null ? 'no figure' : `${Number(value).toFixed(measure.decimals)}${measure.unit === 'percent' ? '%' : ''}`);
    rows.forEach((row, i) => {
      expect(row[1]).toBe(i < 7 ? shown(chart.thisYear[i]!.value) : 'not yet reported');
      // Last year: the seed's illustrative 2019/20, imported as history (db/seed/history-2019.ts).
      expect(row[2]).toBe(shown(chart.lastYear[i]!.value));
    });
    expect(rows.filter((row) => row[2] !== 'no figure').length).toBeGreaterThan(0);
    expect(rows[6]![1]).toBe(measure.figureText);
  });

  it('shows KPI2, a quarterly measure, with gaps for the months it has no figure', () => {
    const rows = monthRows(render('KPI2'));
    expect(rows.map((r) => r[1]).slice(0, 7)).toEqual(['no figure', 'no figure', '352', 'no figure', 'no figure', '339', '339']);
    expect(rows.map((r) => r[2])).toEqual(['no figure', 'no figure', '371', 'no figure', 'no figure', '366', 'no figure', 'no figure', '358', 'no figure', 'no figure', '355']);
    // This year alone: three markers (June, September, October) and one line, joining only September and October.
    const thisYearOnly = { ...chartOf('KPI2'), lastYear: chartOf('KPI2').lastYear.map((p) => ({ ...p, value: null })) };
    const markup = render('KPI2', thisYearOnly);
    expect(markup.match(/<circle class="kpi-chart__marker"/g)).toHaveLength(3 + 1); // and the legend's key
    const lines = [...markup.matchAll(/<path class="kpi-chart__line" d="([^"]+)"/g)].map((m) => m[1]!);
    const thisYearLine = lines.find((d) => !d.startsWith('M3 8'))!;
    expect(thisYearLine.match(/M/g)).toHaveLength(1);
    expect(thisYearLine.match(/L/g)).toHaveLength(1);
  });

  it('draws the target line where the scale puts it (KPI1: axis 50%–100%, target 65%)', () => {
    const markup = render('KPI1');
    // The plot runs from y=280 (50%) up to y=16 (100%); 65% is 30% of the way up: 280 − 0.3 × 264.
    expect(markup).toMatch(/<line class="kpi-chart__target" x1="64" x2="546" y1="200.8" y2="200.8"/);
    expect(markup).toContain('>50%</text>');
    expect(markup).toContain('>100%</text>');
    // The tolerance band runs from the target down to its 62% edge: 280 − 0.24 × 264 = 216.6.
    expect(markup).toMatch(/<rect class="kpi-chart__band" x="64" y="200.8" width="482" height="15.8"/);
  });

  it('gives the same bytes for the same pack', () => {
    const copy = JSON.parse(JSON.stringify(pack)) as PackSnapshot;
    for (const ref of KPIS) {
      expect(renderKpiChart(copy.charts.find((c) => c.ref === ref)!, copy.measures.find((m) => m.ref === ref)!, context(), 'screen').toString()).toBe(render(ref));
    }
  });
});

describe('the chart figures on paper', () => {
  /** The figures' markup after the chart's summary sentence: the tables and what holds them. */
  const figuresOf = (markup: string) => markup.slice(markup.indexOf('</p>', markup.indexOf('kpi-chart__summary')) + '</p>'.length);
  const tablesOf = (markup: string) => [...markup.matchAll(/<table[\s\S]*?<\/table>/g)].map((t) => t[0]);

  it.each(KPIS)('%s: the screen page folds its tables away, and carries them again for print only', (ref) => {
    const figures = figuresOf(render(ref));
    const folded = /^<details class="kpi-chart__figures screen-only"><summary>[^<]*<\/summary>([\s\S]*?)<\/details>/.exec(figures)!;
    const printed = /<div class="kpi-chart__figures print-only">([\s\S]*?)<\/div><\/figure>$/.exec(figures)!;
    expect(folded).not.toBeNull();
    expect(printed).not.toBeNull();
    expect(tablesOf(printed[1]!)).toEqual(tablesOf(folded[1]!));
    expect(tablesOf(folded[1]!).length).toBe(ref === 'KPI2' ? 2 : 1);
  });

  it.each(KPIS)('%s: the PDF’s document has the tables open, once, and no <details>', (ref) => {
    const screen = render(ref);
    const printed = renderKpiChart(chartOf(ref), measureOf(ref), context(), 'print').toString();
    expect(printed).not.toContain('<details');
    expect(printed).not.toContain('print-only');
    expect(figuresOf(printed)).toMatch(/^<div class="kpi-chart__figures"><table/);
    expect(tablesOf(printed)).toEqual(tablesOf(figuresOf(screen)).slice(0, ref === 'KPI2' ? 2 : 1));
    // Nothing else about the chart differs.
    expect(printed.slice(0, printed.length - figuresOf(printed).length)).toBe(screen.slice(0, screen.length - figuresOf(screen).length));
  });
});

describe('the summary sentence', () => {
  it('KPI1: every month met the target', () => {
    expect(summary('KPI1')).toBe('Met the target in 7 of 7 months with a figure; October 2020: 89.1% against a target of 65%.');
  });

  it('KPI3: mixed, some months within tolerance', () => {
    expect(summary('KPI3')).toBe(
      'Met the target in 4 of 7 months with a figure, and was within tolerance in the other 3; October 2020: 88.5% against a target of 95%.',
    );
  });

  it('KPI5: lower is better, one month outside tolerance', () => {
    expect(summary('KPI5')).toBe(
      'Met the target (lower is better) in 1 of 7 months with a figure, was within tolerance in 5 and outside it in 1; October 2020: 10.8% against a target of 11%.',
    );
  });

  it('KPI2: quarterly, counts only the months with a figure', () => {
    expect(summary('KPI2')).toBe('Met the target (lower is better) in 3 of 3 months with a figure; October 2020: 339 against a target of 375.');
  });

  it('says so when the month has no figure, and why', () => {
    const chart = { ...chartOf('KPI4'), thisYear: chartOf('KPI4').thisYear.map((p) => (p.month === '2020-10' ? { ...p, value: null } : p)) };
    const measure: PackMeasure = { ...measureOf('KPI4'), value: null, figureText: 'n/ava', availability: 'not_available' };
    expect(summary('KPI4', chart, measure)).toBe(
      'Met the target in 6 of 6 months with a figure; October 2020: no figure (not available); the target is 95%.',
    );
    expect(monthRows(render('KPI4', chart, measure))[6]).toEqual(['October', 'no figure', '97.9%']);
  });

  it('says so when there is no target, and draws no target line', () => {
    const chart = { ...chartOf('KPI1'), target: null, toleranceEdge: null };
    const measure: PackMeasure = { ...measureOf('KPI1'), target: null, toleranceEdge: null, targetText: '-', toleranceText: '-' };
    expect(summary('KPI1', chart, measure)).toBe('No target is set for this measure; 7 months have a figure; October 2020: 89.1%.');
    const markup = render('KPI1', chart, measure);
    expect(markup).not.toContain('kpi-chart__target');
    expect(markup).not.toContain('kpi-chart__band');
  });

  it('counts a miss with no tolerance band as a miss, not as outside tolerance', () => {
    const chart = { ...chartOf('KPI3'), toleranceEdge: null };
    const measure: PackMeasure = { ...measureOf('KPI3'), toleranceEdge: null, toleranceText: '-' };
    expect(summary('KPI3', chart, measure)).toBe(
      'Met the target in 4 of 7 months with a figure, and missed it in the other 3; October 2020: 88.5% against a target of 95%.',
    );
  });
});

describe('last year and benchmarks', () => {
  const withComparisons = (): PackChart => ({
    ...chartOf('KPI3'),
    lastYear: chartOf('KPI3').lastYear.map((p, i) => ({ ...p, value: i === 4 ? null : `9${i % 5}.5` })),
    benchmarks: [
      { series: 'England', points: [{ label: 'Q1 2020/21 <script>alert(1)</script>', periodEnd: '2020-06-30', value: '89.0' }] },
      { series: 'North East', points: [{ label: 'Q1 2020/21', periodEnd: '2020-06-30', value: '91.5' }, { label: 'Q2 2020/21', periodEnd: '2020-09-30', value: '92.3' }] },
    ],
  });

  it('draws last year and each benchmark as its own series, named in the legend', () => {
    const markup = render('KPI3', withComparisons());
    const legend = /<ul class="kpi-chart__legend">(.*?)<\/ul>/s.exec(markup)![1]!;
    const words = [...legend.matchAll(/<span>(.*?)<\/span>/g)].map((m) => m[1]);
    expect(words).toEqual([
      'This year, 2020/21: solid line, round markers',
      'Last year, 2019/20: dashed line, open square markers',
      'Target, 95%: plain line marked “Target”',
      'Tolerance, 85% – 94.9%: shaded band',
      'North East: dotted line, triangle markers',
      'England: dash-dot line, diamond markers',
    ]);
    // Their own patterns: this year solid, last year dashed, North East dotted, England dash-dot.
    for (const dash of ['7 4', '1.5 3', '9 3 2 3']) expect(markup).toContain(`stroke-dasharray="${dash}"`);
    // Last year runs on to March, so the table does too, with this year's later months not yet reported.
    const rows = monthRows(markup);
    expect(rows).toHaveLength(12);
    expect(rows[4]).toEqual(['August', '95.3%', 'no figure']);
    expect(rows[11]).toEqual(['March', 'not yet reported', '91.5%']);
    expect(markup).toContain('<tr><th scope="row">North East</th><td>Q2 2020/21</td><td>92.3%</td></tr>');
  });

  it('escapes a benchmark label or series that holds markup', () => {
    const chart = withComparisons();
    chart.benchmarks[1]!.series = 'North East <script>alert(1)</script>';
    const markup = render('KPI3', chart);
    expect(markup).not.toContain('<script');
    expect(markup).toContain('Q1 2020/21 &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markup).toContain('North East &lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('shows a benchmark older than the year as its latest figure, right of March', () => {
    const chart: PackChart = {
      ...chartOf('KPI2'),
      benchmarks: [
        { series: 'North East', points: [{ label: 'Jan – Dec 2018', periodEnd: '2018-12-31', value: '320' }, { label: 'Oct 2018 – Sep 2019', periodEnd: '2019-09-30', value: '286' }] },
        { series: 'England', points: [{ label: 'Oct 2018 – Sep 2019', periodEnd: '2019-09-30', value: '222' }] },
      ],
    };
    const markup = render('KPI2', chart);
    expect(markup).toContain('>Latest</text>');
    expect(markup).toContain('North East, latest figure 286 for Oct 2018 – Sep 2019: triangle marker under “Latest”, right of March');
    expect(markup).toContain('England, latest figure 222 for Oct 2018 – Sep 2019: diamond marker under “Latest”, right of March');
    // The older North East point is in the table, not on the drawing.
    expect(markup).toContain('<td>Jan – Dec 2018</td><td>320</td>');
    expect(markup).toContain('Rate per 100,000');
  });
});

describe('CHART_CSS', () => {
  it('styles only the chart’s own classes', () => {
    const selectors = CHART_CSS.replace(/@(media|container)[^{]*\{/g, '')
      .split('}')
      .map((rule) => rule.split('{')[0]!.trim())
      .filter(Boolean);
    expect(selectors.length).toBeGreaterThan(5);
    for (const selector of selectors) for (const part of selector.split(',')) expect(part.trim()).toMatch(/^\.kpi-chart/);
  });
});
