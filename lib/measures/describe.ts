// Words for a measure's settings, as people read them in the catalogue and the pack.
import { monthName, type RatingBasis, type Unit } from '../rating';

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
