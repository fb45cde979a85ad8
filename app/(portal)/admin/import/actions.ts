'use server';

// The figures import page's one action: a file chosen is read and previewed, writing nothing; the
// previewed text comes back with its SHA-256, so what is imported is exactly what was previewed.
import { createHash } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/app/_server/guard';
import { UNEXPECTED_ERROR } from '@/app/_server/run-command';
import { getDb } from '@/db/client';
import { planFiguresImport } from '@/db/queries/figures-import';
import { IMPORT_LIMIT_BYTES, importFigures } from '@/lib/commands/import-figures';
import { problemText } from '@/lib/import/figures-csv';
import { monthLabel } from '@/lib/rating';
import { PREVIEW_ROWS, readSaveAs, saveAsValue, type ImportState, type SaveAs } from './import-state';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const number = (n: number) => n.toLocaleString('en-GB');

async function preview(formData: FormData): Promise<ImportState> {
  const file = formData.get('file');
  const { submit, history } = readSaveAs(formData.get('submit'));
  if (!(file instanceof File) || file.size === 0) return { step: 'choose', error: 'Choose a CSV file of figures' };
  if (file.size > IMPORT_LIMIT_BYTES) return { step: 'choose', error: 'The file must be 1 MB or smaller: split it into several files' };
  let csv: string;
  try {
    csv = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return { step: 'choose', error: 'The file must be a CSV saved as UTF-8: in Excel, choose “CSV UTF-8” when you save it' };
  }
  const plan = await planFiguresImport(await getDb(), csv, { submit, history });
  return {
    step: 'preview',
    fileName: file.name,
    csv,
    sha256: sha256(csv),
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
  };
}

async function confirm(state: ImportState, formData: FormData): Promise<ImportState> {
  const csv = String(formData.get('csv') ?? '');
  const saveAs = readSaveAs(formData.get('submit'));
  const { submit, history } = saveAs;
  if (sha256(csv) !== formData.get('sha256')) {
    return { step: 'choose', error: 'The file changed after it was checked, so nothing was imported: choose it again' };
  }
  const actor = await requirePermission('figures.import');
  try {
    const result = await importFigures(await getDb(), actor, { csv, submit, history });
    if (result.ok) {
      revalidatePath('/my-measures');
      revalidatePath('/review');
      if (history) revalidatePath('/admin/months');
      const { rows, created, updated, unchanged } = result.value;
      return {
        step: 'done',
        message: `Imported ${number(rows)} ${rows === 1 ? 'row' : 'rows'}${history ? ' as history' : submit ? ' as submitted' : ' as drafts'}: ${number(created)} created, ${number(updated)} overwritten, ${number(unchanged)} unchanged.`,
      };
    }
    // Something changed since the preview: preview again, showing what is wrong now.
    const again = await preview(formData.has('file') ? formData : withFile(csv, state, saveAs));
    const error = result.kind === 'invalid' ? 'The figures changed since the file was checked, so nothing was imported.' : 'message' in result ? result.message : undefined;
    return again.step === 'preview' ? { ...again, error } : again;
  } catch (error) {
    console.error('[action] importFigures failed:', error);
    return { step: 'choose', error: UNEXPECTED_ERROR };
  }
}

/** The previewed text as a file again, to check it afresh. */
function withFile(csv: string, state: ImportState, saveAs: SaveAs): FormData {
  const form = new FormData();
  form.set('file', new File([csv], state.step === 'preview' ? state.fileName : 'figures.csv', { type: 'text/csv' }));
  form.set('submit', saveAsValue(saveAs));
  return form;
}

export async function importFiguresAction(state: ImportState, formData: FormData): Promise<ImportState> {
  await requirePermission('figures.import');
  // A replayed or forged call may send anything as the form: answer it like an empty one.
  if (!(formData instanceof FormData)) return { step: 'choose', error: 'Choose a CSV file of figures' };
  const intent = formData.get('intent');
  if (intent === 'confirm') return confirm(state, formData);
  if (intent === 'restart') return { step: 'choose' };
  try {
    return await preview(formData);
  } catch (error) {
    console.error('[action] previewing a figures import failed:', error);
    return { step: 'choose', error: UNEXPECTED_ERROR };
  }
}
