'use client';

import type { EntryConflict } from '@/lib/commands/entries';
import type { EntryContext, EntryFormValues } from '@/lib/entries/entry-schema';
import { figureOrNull } from '@/lib/entries/figure';
import { formatDateTime, formatFigure } from '@/lib/rating';
import { AVAILABILITY_OPTIONS, JUDGED_OPTIONS } from './entry-words';

/** What a conflict shows: what is saved now, and whether it was this person's own other window. */
export type Conflict = EntryConflict & { savedByYou: boolean };

type Field = keyof Conflict['values'];
type Measure = EntryContext['measure'];

/** The rows this measure has, in the form's order, with the form's words. */
function rowsFor(measure: Measure): [Field, string][] {
  const secondary = measure.secondaryLabel;
  return [
    ['availability', 'Figure available'],
    ['value', 'Value'],
    ...(secondary ? [['secondaryValue', `Number of ${secondary}`] as [Field, string]] : []),
    ['ytdValue', 'Year to date'],
    ...(secondary ? [['ytdSecondaryValue', `Year-to-date number of ${secondary}`] as [Field, string]] : []),
    ['commentary', 'Commentary'],
    ['improvementAction', 'Improvement action'],
    ['judgedRating', 'Judged rating'],
    ['judgedJustification', 'Why it is judged so'],
  ];
}

const FIGURES = new Set<Field>(['value', 'secondaryValue', 'ytdValue', 'ytdSecondaryValue']);
const COUNTS = new Set<Field>(['secondaryValue', 'ytdSecondaryValue']);

/** A field's value as the measure shows it: "96.0" for a one-decimal figure; words for a choice. */
function shown(field: Field, value: unknown, measure: Measure): string {
  const text = value === undefined || value === null ? '' : String(value);
  if (text.trim() === '') return '–';
  if (FIGURES.has(field)) {
    const rules = COUNTS.has(field) ? { unit: 'count' as const, decimals: 0 } : measure;
    // What was typed and cannot be read is shown as typed.
    const figure = figureOrNull(text, rules);
    return figure === null ? text : (formatFigure(figure, undefined, rules.decimals) ?? text);
  }
  if (field === 'availability') return AVAILABILITY_OPTIONS.find((o) => o.value === text)?.label ?? text;
  if (field === 'judgedRating') return JUDGED_OPTIONS.find((o) => o.value === text)?.label ?? text;
  return text;
}

const STATUS_WORDS: Record<NonNullable<Conflict['status']>, string> = {
  draft: 'a draft',
  submitted: 'submitted',
  returned: 'returned',
};

/** Someone saved first: their figures beside the ones still in this form, to compare. */
export function ConflictPanel({ conflict, yours, measure }: { conflict: Conflict; yours: Partial<EntryFormValues>; measure: Measure }) {
  const when = formatDateTime(conflict.savedAt);
  const saver = conflict.savedByYou ? 'You' : (conflict.savedBy ?? 'Someone else');
  const rows = rowsFor(measure).filter(
    ([field]) => !field.startsWith('judged') || !!conflict.values[field] || !!yours[field],
  );
  return (
    <section role="alert" aria-labelledby="conflict-title" data-testid="conflict" className="mb-8 border-4 border-rag-amber p-4">
      <h2 id="conflict-title" className="mb-2 text-xl font-bold">
        {conflict.savedByYou ? 'You saved this entry in another window after you opened it here' : `${saver} saved this entry after you opened it`}
      </h2>
      <p className="mb-4">
        {conflict.savedByYou ? 'What you saved there' : 'Their figures'}, saved at {when}
        {conflict.status ? `, left the entry ${STATUS_WORDS[conflict.status]}` : ''}. They are below; what you typed here is still in the
        form. Check both. To keep what is here, save again: it will replace the other. To keep the other, reload the page.
      </p>
      <table className="w-full text-sm">
        <thead>
          <tr>
            <th scope="col" className="text-left">Field</th>
            <th scope="col" className="text-left">{conflict.savedByYou ? 'Saved in your other window' : `Saved by ${saver}`}</th>
            <th scope="col" className="text-left">Here, not yet saved</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([field, label]) => (
            <tr key={field}>
              <th scope="row" className="py-1 pr-4 text-left align-top">{label}</th>
              <td className="py-1 pr-4 align-top whitespace-pre-wrap">{shown(field, conflict.values[field], measure)}</td>
              <td className="py-1 align-top whitespace-pre-wrap">{shown(field, yours[field], measure)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
