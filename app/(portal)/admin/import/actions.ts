'use server';

// The figures import page's one action: a file chosen is read and previewed, writing nothing. The
// preview answers with the text's SHA-256; to import, the browser sends the file again with it, so
// what is imported is exactly what was previewed.
import { createHash } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/app/_server/guard';
import { UNEXPECTED_ERROR } from '@/app/_server/run-command';
import { getDb } from '@/db/client';
import { planFiguresImport } from '@/db/queries/figures-import';
import { importFigures } from '@/lib/commands/import-figures';
import { FILE_TOO_LARGE, IMPORT_LIMIT_BYTES } from '@/lib/import/file-limit';
import { problemText } from '@/lib/import/figures-csv';
import { monthLabel } from '@/lib/rating';
import { PREVIEW_ROWS, type ImportState } from './import-state';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const number = (n: number) => n.toLocaleString('en-GB');

/** The chosen file's text, or the sentence that says what is wrong with it. */
async function readChosenFile(formData: FormData): Promise<{ csv: string; fileName: string } | { error: string }> {
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0) return { error: 'Choose a CSV file of figures' };
  if (file.size > IMPORT_LIMIT_BYTES) return { error: FILE_TOO_LARGE };
  try {
    return { csv: new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer()), fileName: file.name };
  } catch {
    return { error: 'The file must be a CSV saved as UTF-8: in Excel, choose “CSV UTF-8” when you save it' };
  }
}

async function preview(formData: FormData): Promise<ImportState> {
  const submit = formData.get('submit') === 'true';
  const chosen = await readChosenFile(formData);
  if ('error' in chosen) return { step: 'choose', error: chosen.error };
  const { csv, fileName } = chosen;
  const plan = await planFiguresImport(await getDb(), csv, { submit });
  return {
    step: 'preview',
    fileName,
    sha256: sha256(csv),
    submit,
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

async function confirm(formData: FormData): Promise<ImportState> {
  const submit = formData.get('submit') === 'true';
  const chosen = await readChosenFile(formData);
  if (!formData.has('file')) return { step: 'choose', error: 'Choose the file again and check it, then import it' };
  if ('error' in chosen || sha256(chosen.csv) !== formData.get('sha256')) {
    return { step: 'choose', error: 'The file changed after it was checked, so nothing was imported: choose it again' };
  }
  const actor = await requirePermission('figures.import');
  try {
    const result = await importFigures(await getDb(), actor, { csv: chosen.csv, submit });
    if (result.ok) {
      revalidatePath('/my-measures');
      revalidatePath('/review');
      const { rows, created, updated, unchanged } = result.value;
      return {
        step: 'done',
        message: `Imported ${number(rows)} ${rows === 1 ? 'row' : 'rows'}${submit ? ' as submitted' : ' as drafts'}: ${number(created)} created, ${number(updated)} overwritten, ${number(unchanged)} unchanged.`,
      };
    }
    // Something changed since the preview: preview again, showing what is wrong now.
    const again = await preview(formData);
    const error = result.kind === 'invalid' ? 'The figures changed since the file was checked, so nothing was imported.' : 'message' in result ? result.message : undefined;
    return again.step === 'preview' ? { ...again, error } : again;
  } catch (error) {
    console.error('[action] importFigures failed:', error);
    return { step: 'choose', error: UNEXPECTED_ERROR };
  }
}

export async function importFiguresAction(_state: ImportState, formData: FormData): Promise<ImportState> {
  await requirePermission('figures.import');
  // A replayed or forged call may send anything as the form: answer it like an empty one.
  if (!(formData instanceof FormData)) return { step: 'choose', error: 'Choose a CSV file of figures' };
  const intent = formData.get('intent');
  if (intent === 'confirm') return confirm(formData);
  if (intent === 'restart') return { step: 'choose' };
  try {
    return await preview(formData);
  } catch (error) {
    console.error('[action] previewing a figures import failed:', error);
    return { step: 'choose', error: UNEXPECTED_ERROR };
  }
}
