'use client';

// The entry as it is saved now, shared by the page and the form: a save, or a conflict showing what
// someone else's save left, changes the status at the top, "last saved by" and the comparison with
// last month without the server drawing the page again (actions.ts says why).
import { createContext, useContext, useState, type ReactNode } from 'react';
import { StatusTag } from '@/app/components/status-tag';
import type { Entry, Measure } from '@/db/schema';
import { directionOfTravel, formatFigure } from '@/lib/rating';

/** What the page shows of the saved entry. */
export type SavedEntryView = {
  /** The saved entry's version, 0 before anyone has saved it. */
  version: number;
  status: Entry['status'] | null;
  /** Who saved it last, or null before anyone has. */
  savedBy: string | null;
  /** The month's figure as saved, or null when there is none. */
  value: string | null;
};

const SavedEntry = createContext<[SavedEntryView, (saved: SavedEntryView) => void] | null>(null);

export function EntryStatusProvider({ initial, children }: { initial: SavedEntryView; children: ReactNode }) {
  const [saved, setSaved] = useState<SavedEntryView>(initial);
  // A page fetched again (Back to it after saving) may bring a newer save than this page has seen.
  const shown = initial.version > saved.version ? initial : saved;
  return <SavedEntry.Provider value={[shown, setSaved]}>{children}</SavedEntry.Provider>;
}

export function useSavedEntry(): [SavedEntryView, (saved: SavedEntryView) => void] {
  const state = useContext(SavedEntry);
  if (!state) throw new Error('useSavedEntry is used inside EntryStatusProvider only');
  return state;
}

export function LiveStatusTag() {
  const [{ status }] = useSavedEntry();
  return (
    <span data-testid="entry-status">
      <StatusTag status={status} />
    </span>
  );
}

export function LastSavedBy() {
  const [{ savedBy }] = useSavedEntry();
  return savedBy ? <span data-testid="last-saved-by"> · Last saved by {savedBy}</span> : null;
}

type ComparedProps = {
  /** Last month's figure, and the month's name. */
  previous: string;
  lastMonthLabel: string;
  measure: Pick<Measure, 'polarity' | 'decimals' | 'unit'>;
};

/** "Compared with October 2020: improving (94.5% → 96.2%)", for the figure as saved now. */
export function ComparedWithLastMonth({ previous, lastMonthLabel, measure }: ComparedProps) {
  const [{ value }] = useSavedEntry();
  if (value === null) return null;
  const comparison = directionOfTravel({ current: value, previous, polarity: measure.polarity, decimals: measure.decimals });
  if (!comparison) return null;
  const shown = (figure: string) => formatFigure(figure, measure.unit, measure.decimals);
  return (
    <p className="mb-4" data-testid="compared">
      Compared with {lastMonthLabel}: {comparison} ({shown(previous)} → {shown(value)})
    </p>
  );
}
