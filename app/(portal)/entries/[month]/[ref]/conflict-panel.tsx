'use client';

import type { EntryFormValues } from '@/lib/entries/entry-schema';
import { formatDateTime } from '@/lib/rating';

export type Conflict = {
  version: number;
  savedBy: string | null;
  savedAt: string;
  values: Omit<EntryFormValues, 'intent' | 'version'>;
};

const ROWS: [keyof Conflict['values'], string][] = [
  ['availability', 'Figure available'],
  ['value', 'Value'],
  ['secondaryValue', 'Second count'],
  ['ytdValue', 'Year to date'],
  ['commentary', 'Commentary'],
  ['improvementAction', 'Improvement action'],
  ['judgedRating', 'Judged rating'],
];

/** Someone saved first: their figures beside the ones still in this form, to compare. */
export function ConflictPanel({ conflict, yours }: { conflict: Conflict; yours: Partial<EntryFormValues> }) {
  const when = formatDateTime(conflict.savedAt);
  return (
    <section role="alert" aria-labelledby="conflict-title" data-testid="conflict" className="mb-8 border-4 border-rag-amber p-4">
      <h2 id="conflict-title" className="mb-2 text-xl font-bold">
        {conflict.savedBy ?? 'Someone else'} saved this entry after you opened it
      </h2>
      <p className="mb-4">
        Their figures, saved at {when}, are below; yours are still in the form. Check both. To keep yours, save again: it will
        replace theirs. To keep theirs, reload the page.
      </p>
      <table className="w-full text-sm">
        <thead>
          <tr>
            <th scope="col" className="text-left">Field</th>
            <th scope="col" className="text-left">Saved by {conflict.savedBy ?? 'someone else'}</th>
            <th scope="col" className="text-left">Yours, not yet saved</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map(([field, label]) => (
            <tr key={field}>
              <th scope="row" className="py-1 pr-4 text-left align-top">{label}</th>
              <td className="py-1 pr-4 align-top whitespace-pre-wrap">{String(conflict.values[field] ?? '') || '–'}</td>
              <td className="py-1 align-top whitespace-pre-wrap">{String(yours[field] ?? '') || '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
