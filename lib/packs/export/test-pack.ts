// A small pack for the export tests: October 2020's KPI1 as the reference pack printed it, and
// whatever measures a test writes over it. Only tests import this.
import type { PackMeasure, PackSnapshot } from '../snapshot';

export const KPI1: PackMeasure = {
  ref: 'KPI1',
  title: '% of Early Help cases that were closed with two or more successful outcomes (TfC)',
  group: 'kpi',
  serviceArea: 'Early Help',
  unit: 'percent',
  ratePer: null,
  secondaryLabel: null,
  decimals: 1,
  polarity: 'higher',
  basis: 'ytd',
  basisText: 'Year to date',
  source: 'TfC',
  dataLagNote: null,
  target: '65',
  toleranceEdge: '62',
  targetText: '65%',
  toleranceText: '62% – 64.9%',
  availability: 'available',
  value: '89.1',
  secondaryValue: null,
  ytdValue: '89.1',
  ytdSecondaryValue: null,
  figureText: '89.1%',
  ytdText: '89.1%',
  rating: 'green',
  ratingLetter: 'G',
  ratingLabel: 'Green',
  reason: 'Year to date: 89.1% is above the 65% target.',
  judged: false,
  justification: null,
  direction: { sinceLastMonth: 'declined', sinceLastYear: null },
  commentary: 'Performance is stable over the period.',
  improvementAction: null,
};

const MONTHS = ['2020-04', '2020-05', '2020-06', '2020-07', '2020-08', '2020-09', '2020-10', '2020-11', '2020-12', '2021-01', '2021-02', '2021-03'];

/** A pack of October 2020 holding the measures given (each over KPI1), with grid rows as given. */
export function testPack(measures: Partial<PackMeasure>[], grid: { ref: string; letters: string[] }[] = []): PackSnapshot {
  return {
    format: 1,
    meta: {
      organisation: 'Together for Children',
      title: 'Together for Children Performance Report',
      author: 'Jill Colbert, Chief Executive',
      reportDate: '2021-01-07',
      purpose: 'To provide Committee with an overview of performance.',
    },
    month: '2020-10',
    monthLabel: 'October 2020',
    financialYear: 2020,
    financialYearLabel: '2020/21',
    monthsCovered: { from: '2020-08', to: '2020-10', label: 'August to October 2020' },
    measures: measures.map((m) => ({ ...KPI1, ...m })),
    grid: { months: MONTHS, rows: grid },
    charts: [],
  };
}
