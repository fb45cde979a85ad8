// What the import page's one form shows at each step: choosing a file, its preview (every row with
// the rating it will get, every entry it will overwrite, or every problem with its line), and the
// import done.
import type { Rating } from '@/lib/rating';
import type { PlannedChange } from '@/lib/import/check-rows';

export type PreviewRow = {
  line: number;
  ref: string;
  month: string;
  figure: string;
  rating: Rating;
  change: PlannedChange;
  beforeFigure: string | null;
};

/** An entry the import will overwrite: a draft (or, with history, an imported entry it replaces). */
export type OverwrittenEntry = { line: number; ref: string; month: string; figure: string; beforeFigure: string | null };

export type ImportCountsView = { rows: number; created: number; updated: number; unchanged: number };

/** How the entries are saved, as the form's one choice sends it ("submit"): drafts, submitted, or history. */
export type SaveAs = { submit: boolean; history: boolean };

export function readSaveAs(value: FormDataEntryValue | null): SaveAs {
  return { submit: value === 'true', history: value === 'history' };
}

export const saveAsValue = ({ submit, history }: SaveAs): string => (history ? 'history' : String(submit));

export type ImportState =
  | { step: 'choose'; error?: string }
  | {
      step: 'preview';
      fileName: string;
      /** The SHA-256 of the previewed text: what is imported must be the same. */
      sha256: string;
      submit: boolean;
      /** An earlier year's figures, to be loaded as signed-off, imported months (--history). */
      history: boolean;
      counts: ImportCountsView;
      /** The first PREVIEW_ROWS rows. */
      rows: PreviewRow[];
      /** Every entry the import will overwrite, however many rows the file has: named before anyone confirms. */
      overwrites: OverwrittenEntry[];
      /** Every problem as "line 14: …"; none means the file may be imported. */
      problems: string[];
      /** Why the confirmed import was refused, where it was. */
      error?: string;
    }
  | { step: 'done'; message: string };

/** How many rows the preview table shows; the counts, and the list of entries overwritten, cover every row. */
export const PREVIEW_ROWS = 500;
