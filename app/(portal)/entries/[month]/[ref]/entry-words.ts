import type { FigureRules } from '@/lib/entries/figure';

export const AVAILABILITY_OPTIONS = [
  { value: 'available', label: 'Yes, there is a figure' },
  { value: 'not_available', label: 'No, the figure is not available', hint: 'Shown as “n/ava” and rated Blue.' },
  { value: 'not_applicable', label: 'No, the measure does not apply this month', hint: 'Shown as “n/a”, for example when no child was in scope.' },
  { value: 'not_due', label: 'No, no figure is due this month', hint: 'For quarterly and annual measures between their reporting months.' },
] as const;

export const JUDGED_OPTIONS = [
  { value: '', label: 'No judgement' },
  { value: 'green', label: 'Green' },
  { value: 'amber', label: 'Amber' },
  { value: 'red', label: 'Red' },
  { value: 'blue', label: 'Blue' },
] as const;

export function figureHint(rules: FigureRules): string {
  const places = rules.decimals === 0 ? 'a whole number' : `up to ${rules.decimals} decimal place${rules.decimals === 1 ? '' : 's'}`;
  switch (rules.unit) {
    case 'percent':
      return `A percentage between 0 and 100, ${places}, like ${rules.decimals ? '94.5' : '95'}`;
    case 'rate':
      return `A rate per ${rules.ratePer === 100000 ? '100,000' : '10,000'}, ${places}`;
    case 'count':
      return `A number, ${places}; you can write 1,234`;
  }
}
