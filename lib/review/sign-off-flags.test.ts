import { describe, expect, it } from 'vitest';
import { completenessLine, signOffFlags, whySignOffIsBlocked, type ReviewedMeasure } from './sign-off-flags';

const entry = (over: Partial<NonNullable<ReviewedMeasure['entry']>> = {}) => ({
  status: 'submitted' as const,
  commentary: 'Why',
  improvementAction: 'What',
  judgedRating: null,
  judgedJustification: null,
  ...over,
});
const row = (ref: string, over: Partial<ReviewedMeasure> = {}): ReviewedMeasure => ({
  measure: { ref, active: true },
  entry: entry(),
  rating: { rating: 'green', judged: false },
  ...over,
});

describe('what blocks sign-off', () => {
  it('nothing, when every active measure is submitted and explained', () => {
    const flags = signOffFlags([row('KPI1'), row('KPI3', { rating: { rating: 'amber', judged: false } }), row('SM9', { measure: { ref: 'SM9', active: false }, entry: null })]);
    expect(flags).toEqual([]);
    expect(whySignOffIsBlocked(flags)).toBeNull();
  });

  it('a measure not submitted (no entry, or a draft), or returned and not resubmitted', () => {
    const flags = signOffFlags([row('SM8', { entry: null }), row('SM9', { entry: entry({ status: 'draft' }) }), row('SM24', { entry: entry({ status: 'returned' }) })]);
    expect(flags.map((f) => [f.ref, f.kind, f.blocking])).toEqual([
      ['SM8', 'not_submitted', true],
      ['SM9', 'not_submitted', true],
      ['SM24', 'returned', true],
    ]);
    expect(whySignOffIsBlocked(flags)).toBe(
      'The month cannot be signed off yet: 2 not submitted (SM8, SM9); 1 returned and not yet resubmitted (SM24).',
    );
  });

  it('Amber or Red without commentary or an improvement action (after a target was corrected, say)', () => {
    const flags = signOffFlags([
      row('KPI3', { rating: { rating: 'amber', judged: false }, entry: entry({ commentary: ' ' }) }),
      row('KPI5', { rating: { rating: 'red', judged: false }, entry: entry({ improvementAction: null }) }),
      row('KPI6', { rating: { rating: 'green', judged: false }, entry: entry({ commentary: null, improvementAction: null }) }),
      row('SM4', { rating: { rating: 'amber', judged: false }, entry: entry({ commentary: null, improvementAction: '' }) }),
    ]);
    expect(flags.map((f) => f.message)).toEqual([
      'KPI3 is rated Amber but has no commentary.',
      'KPI5 is rated Red but has no improvement action.',
      'SM4 is rated Amber but has no commentary or improvement action.',
    ]);
  });

  it('a judged rating without a justification blocks; a judged rating with one only asks for attention', () => {
    const flags = signOffFlags([
      row('SM19', { rating: { rating: 'green', judged: true }, entry: entry({ judgedRating: 'green', judgedJustification: 'Every child has a plan.' }) }),
      row('SM20', { entry: entry({ judgedRating: 'blue', judgedJustification: '' }) }),
    ]);
    expect(flags.map((f) => [f.ref, f.kind, f.blocking])).toEqual([
      ['SM20', 'judged_without_justification', true],
      ['SM19', 'judged', false],
    ]);
  });

  it('a change of band since last month is for attention only', () => {
    const flags = signOffFlags([row('KPI5', { previousRating: 'amber' }), row('KPI1', { previousRating: 'blue' }), row('KPI6', { previousRating: 'green' })]);
    expect(flags).toEqual([{ ref: 'KPI5', kind: 'moved_band', blocking: false, message: 'KPI5 moved from Amber to Green since last month.' }]);
    expect(whySignOffIsBlocked(flags)).toBeNull();
  });

  it('counts what is complete', () => {
    expect(completenessLine([row('A'), row('B', { entry: entry({ status: 'returned' }) }), row('C', { entry: null }), row('D', { measure: { ref: 'D', active: false } })])).toBe(
      '1 of 3 submitted, 1 returned',
    );
  });
});
