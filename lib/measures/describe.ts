// Words for a measure's settings, as people read them in the catalogue and the pack.
import type { PeriodState } from '../auth/policy';
import { monthName, type Polarity, type RatingBasis, type Unit } from '../rating';

export function describeBasis(basis: RatingBasis, annualMonth: number | null, basisNote?: string | null): string {
  if (basisNote) return basisNote;
  switch (basis) {
    case 'monthly':
      return 'Monthly';
    case 'ytd':
      return 'Year to date';
    case 'quarterly':
      return 'Quarterly';
    case 'annual':
      return annualMonth ? `Annually (${monthName(annualMonth)})` : 'Annually';
    case 'rolling3m':
      return 'Three-month average';
  }
}

export function describeUnit(unit: Unit, ratePer: number | null, secondaryLabel: string | null): string {
  switch (unit) {
    case 'percent':
      return 'Percentage';
    case 'rate':
      return ratePer ? `Rate per ${ratePer.toLocaleString('en-GB')}` : 'Rate';
    case 'count':
      return secondaryLabel ? `Count (with ${secondaryLabel})` : 'Count';
  }
}

export function describePolarity(polarity: Polarity): string {
  switch (polarity) {
    case 'higher':
      return 'Higher is better';
    case 'lower':
      return 'Lower is better';
    case 'none':
      return 'No better direction';
  }
}

/** Where a month stands, in words: "Published", "Signed off", "In review", "Open for entry". */
export function describePeriodState(state: PeriodState): string {
  switch (state) {
    case 'open':
      return 'Open for entry';
    case 'in_review':
      return 'In review';
    case 'approved':
      return 'Signed off, not yet published';
    case 'published':
      return 'Published';
  }
}
