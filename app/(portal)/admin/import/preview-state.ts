// A checked file as the import page previews it: the counts, every problem, the first rows of the
// table, and every entry the import would overwrite. The table stops at PREVIEW_ROWS so a file of
// thousands of rows stays a page; the overwritten entries never stop, since they are what an
// administrator must see before replacing someone's draft.
import type { FiguresImportPlan } from '@/db/queries/figures-import';
import { problemText } from '@/lib/import/figures-csv';
import { monthLabel } from '@/lib/rating';
import { PREVIEW_ROWS, type ImportState, type SaveAs } from './import-state';

export type PreviewState = Extract<ImportState, { step: 'preview' }>;

export function previewState(plan: FiguresImportPlan, file: { fileName: string; sha256: string }, { submit, history }: SaveAs): PreviewState {
  return {
    step: 'preview',
    ...file,
    submit,
    history,
    counts: plan.counts,
    problems: plan.problems.map(problemText),
    rows: plan.rows.slice(0, PREVIEW_ROWS).map((row) => ({
      line: row.line,
      ref: row.ref,
      month: monthLabel(row.month),
      figure: row.figure,
      rating: row.rating.rating,
      change: row.change,
      beforeFigure: row.beforeFigure,
    })),
    overwrites: plan.rows
      .filter((row) => row.change === 'update')
      .map((row) => ({ line: row.line, ref: row.ref, month: monthLabel(row.month), figure: row.figure, beforeFigure: row.beforeFigure })),
  };
}
