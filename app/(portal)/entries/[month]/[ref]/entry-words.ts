// The words of the entry form's choices. A figure's hint is lib/entries/figure.ts's figureHint,
// which gives the same example as its errors.
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
