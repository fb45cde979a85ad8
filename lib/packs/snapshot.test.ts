import { describe, expect, it } from 'vitest';
import { describeChanges } from './changes';
import { buildPackSnapshot, canonicalJson, contentHash, coveredLabel, type SnapshotSource } from './snapshot';

const meta = { organisation: 'Together for Children', title: 'Performance Report', author: 'Jill Colbert, Chief Executive', reportDate: '2021-01-07', purpose: 'An overview.' };

function kpi3(value: string, commentary = 'Mixed.'): SnapshotSource {
  const measure = {
    ref: 'KPI3', title: '% of all referrals with a decision within 24 hours', group: 'kpi' as const, serviceArea: 'Social care',
    unit: 'percent' as const, ratePer: null, secondaryLabel: null, decimals: 1, polarity: 'higher' as const, basis: 'monthly' as const,
    annualMonth: null, basisNote: null, source: 'TfC', dataLagNote: null,
  };
  const history = [
    { month: '2019-10-01', value: '90.0', availability: 'available' as const },
    { month: '2020-09-01', value: '87.0', availability: 'available' as const },
    { month: '2020-10-01', value, availability: 'available' as const },
  ];
  const green = Number(value) >= 95;
  return {
    measure,
    target: { target: '95', toleranceEdge: '85' },
    entry: { value, secondaryValue: null, ytdValue: null, ytdSecondaryValue: null, availability: 'available', commentary, improvementAction: 'Oversight.', judgedRating: null, judgedJustification: null },
    history,
    rating: { rating: green ? 'green' : 'amber', reason: 'r', judged: false },
    direction: { sinceLastMonth: 'improved', sinceLastYear: 'declined' },
  };
}

const build = (source: SnapshotSource) =>
  buildPackSnapshot({ meta, month: '2020-10-01', financialYear: 2020, coveredFrom: '2020-08', measures: [source], benchmarks: [{ ref: 'KPI3', series: 'England', periodLabel: '2019/20', periodEnd: '2020-03-31', value: '80' }] });

describe('a pack snapshot', () => {
  it('holds each figure as printed, the grid from April to March and the KPI charts', () => {
    const snapshot = build(kpi3('88.5'));
    expect(snapshot.monthsCovered).toEqual({ from: '2020-08', to: '2020-10', label: 'August to October 2020' });
    expect(snapshot.measures[0]).toMatchObject({ figureText: '88.5%', targetText: '95%', toleranceText: '85% – 94.9%', ytdText: '-', ratingLetter: 'A', basisText: 'Monthly' });
    expect(snapshot.grid.months).toHaveLength(12);
    expect(snapshot.grid.rows[0]!.letters).toEqual(['B', 'B', 'B', 'B', 'B', 'A', 'A', '', '', '', '', '']);
    expect(snapshot.charts[0]!.thisYear.at(-1)).toEqual({ month: '2020-10', value: '88.5' });
    expect(snapshot.charts[0]!.lastYear[6]).toEqual({ month: '2019-10', value: '90.0' });
    expect(snapshot.charts[0]!.benchmarks).toEqual([{ series: 'England', points: [{ label: '2019/20', periodEnd: '2020-03-31', value: '80' }] }]);
  });

  it('has the same bytes and hash whatever order its keys were made in', () => {
    const a = build(kpi3('88.5'));
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]))
          : value;
    const b = reversed(a) as typeof a;
    expect(JSON.stringify(b)).not.toBe(JSON.stringify(a));
    expect(canonicalJson(b)).toBe(canonicalJson(a));
    expect(contentHash(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash(build(kpi3('88.6')))).not.toBe(contentHash(a));
  });

  it('names the months covered across a year end', () => {
    expect(coveredLabel('2020-12', '2021-01')).toBe('December 2020 to January 2021');
    expect(coveredLabel('2020-10', '2020-10')).toBe('October 2020');
  });
});

describe('what changed between two versions', () => {
  it('in words: the figure and rating, the commentary', () => {
    expect(describeChanges(build(kpi3('88.5')), build(kpi3('95.0', 'Revised.')))).toEqual([
      'KPI3 October 2020: 88.5% → 95.0%, rating Amber → Green',
      'KPI3 commentary revised',
    ]);
    expect(describeChanges(build(kpi3('88.5')), build(kpi3('88.5')))).toEqual([]);
  });
});
