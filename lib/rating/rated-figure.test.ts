// The figure printed beside a rating is the one that was rated: fed back through the threshold
// rule with the same target, it gives the same colour, on every basis and either polarity. (Issue
// 10: SM4's year so far printed each month's own figure beside its year-to-date colour.)
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addMonths,
  rateEntry,
  rateMeasureForMonth,
  rateValue,
  type EntryFigures,
  type EntryRating,
  type MeasureRules,
  type RatingBasis,
  type TargetRules,
} from './index';

/** The printed figure back to what the rule reads: "24.0%" → "24.0". */
const unprinted = (figure: string) => figure.replace(/%$/, '');

/** True where the printed figure gives the printed colour; says what went wrong otherwise. */
function agrees(measure: MeasureRules, target: TargetRules, result: EntryRating): string | null {
  if (result.rated === null) {
    const coloured = result.rating !== 'blue' && result.rating !== 'none';
    return coloured && !result.judged ? `a ${result.rating} rating with no figure beside it` : null;
  }
  if (result.judged) return 'a judged rating with a rated figure';
  const again = rateValue({
    value: unprinted(result.rated.figure),
    target: target?.target,
    tolerance: target?.toleranceEdge,
    polarity: measure.polarity,
    decimals: measure.decimals,
    unit: measure.unit,
  });
  return again.rating === result.rating ? null : `${result.rated.figure} gives ${again.rating}, printed as ${result.rating}`;
}

const entry = (month: string, value: string | null, over: Partial<EntryFigures> = {}): EntryFigures => ({
  month, value, availability: 'available', ...over,
});

describe('the figure beside a rating', () => {
  it('is the year-to-date figure for a year-to-date measure (SM4, lower is better, 23% target)', () => {
    const SM4: MeasureRules = { unit: 'percent', decimals: 1, polarity: 'lower', basis: 'ytd' };
    const target = { target: '23', toleranceEdge: '28.9' };
    // July's own figure (21.7%) would be Green; its year to date (24.0%) is Amber, and that is printed.
    const july = rateEntry({ measure: SM4, target, month: '2020-07', entry: entry('2020-07', '21.7', { ytdValue: '24' }) });
    expect(july).toMatchObject({ rating: 'amber', rated: { figure: '24.0%', label: 'Year to date', kind: 'ytd' } });
    expect(agrees(SM4, target, july)).toBeNull();
  });

  it('is the quarter’s figure for a quarterly measure, in the months after the quarter ends', () => {
    const KPI2: MeasureRules = { unit: 'rate', decimals: 0, polarity: 'lower', basis: 'quarterly' };
    const target = { target: '375', toleranceEdge: '402.9' };
    const result = rateMeasureForMonth(KPI2, target, '2020-11', [entry('2020-09', '339'), entry('2020-10', null, { availability: 'not_due' })]);
    expect(result).toMatchObject({ rating: 'green', rated: { figure: '339', label: 'Quarter to September 2020', kind: 'quarter' } });
  });

  it('is the three-month mean for a rolling measure, at the measure’s decimals', () => {
    const SM22: MeasureRules = { unit: 'percent', decimals: 1, polarity: 'lower', basis: 'rolling3m' };
    const target = { target: '6', toleranceEdge: '10' };
    const result = rateMeasureForMonth(SM22, target, '2020-10', [entry('2020-08', '6'), entry('2020-09', '6'), entry('2020-10', '6.15')]);
    expect(result).toMatchObject({ rating: 'amber', rated: { figure: '6.1%', label: 'Average of August to October 2020' } });
    expect(agrees(SM22, target, result)).toBeNull();
  });

  it('is the reporting month’s figure for an annual measure, and there is none in other months', () => {
    const annual: MeasureRules = { unit: 'count', decimals: 0, polarity: 'higher', basis: 'annual', annualMonth: 3 };
    const target = { target: '10', toleranceEdge: '8' };
    expect(rateEntry({ measure: annual, target, month: '2021-03', entry: entry('2021-03', '9.4') }))
      .toMatchObject({ rating: 'amber', rated: { figure: '9', label: 'March 2021', kind: 'month' } });
    expect(rateEntry({ measure: annual, target, month: '2020-10', entry: entry('2020-10', '9') }).rated).toBeNull();
  });

  it('is absent where a judgement stands, and where nothing is rated', () => {
    const monthly: MeasureRules = { unit: 'percent', decimals: 1, polarity: 'none', basis: 'monthly' };
    const judged = entry('2020-10', '100', { judgedRating: 'green', judgedJustification: 'Every child had a plan.' });
    expect(rateEntry({ measure: monthly, target: null, month: '2020-10', entry: judged })).toMatchObject({ rating: 'green', judged: true, rated: null });
    expect(rateEntry({ measure: monthly, target: null, month: '2020-10', entry: entry('2020-10', '50') }).rated).toBeNull();
  });

  // Any measure, any target, any figures over a year and the two months before it: every month's
  // printed figure gives its printed colour.
  const decimalText = fc
    .tuple(fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 0, max: 4 }))
    .map(([units, places]) => (places === 0 ? String(units) : (units / 10 ** places).toFixed(places)));
  const figures = fc.record({
    value: fc.option(decimalText, { nil: null }),
    ytdValue: fc.option(decimalText, { nil: null }),
    availability: fc.constantFrom('available', 'available', 'available', 'not_available', 'not_due' as const),
    judged: fc.option(fc.constantFrom('green', 'amber', 'red', 'blue' as const), { nil: null, freq: 4 }),
  });
  const months = Array.from({ length: 14 }, (_, i) => addMonths('2020-02', i));

  it.each(['monthly', 'ytd', 'quarterly', 'annual', 'rolling3m'] satisfies RatingBasis[])('reproduces its colour on a %s measure', (basis) => {
    fc.assert(
      fc.property(
        fc.constantFrom('higher', 'lower', 'none' as const),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom('percent', 'rate', 'count' as const),
        fc.option(decimalText, { nil: null, freq: 8 }),
        fc.option(decimalText, { nil: null }),
        fc.integer({ min: 1, max: 12 }),
        fc.array(figures, { minLength: months.length, maxLength: months.length }),
        (polarity, decimals, unit, target, toleranceEdge, annualMonth, rows) => {
          const measure: MeasureRules = { unit, decimals, polarity, basis, annualMonth };
          const targetRules = { target, toleranceEdge };
          const entries = rows.map((row, i): EntryFigures => ({
            month: months[i]!,
            value: row.availability === 'available' ? row.value : null,
            ytdValue: row.ytdValue,
            availability: row.availability,
            judgedRating: row.judged,
            judgedJustification: row.judged ? 'Judged by the service.' : null,
          }));
          for (const month of months.slice(2)) {
            const result = rateMeasureForMonth(measure, targetRules, month, entries);
            expect(agrees(measure, targetRules, result), `${basis} ${month}`).toBeNull();
            if (result.rated) expect(result.rated.kind).toBe({ monthly: 'month', annual: 'month', ytd: 'ytd', quarterly: 'quarter', rolling3m: 'average' }[basis]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
