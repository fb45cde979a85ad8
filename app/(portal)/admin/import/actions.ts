'use server';

// The figures import page's one action: a file chosen is read and previewed, writing nothing. The
// preview answers with the text's SHA-256; to import, the browser sends the file again with it, so
// what is imported is exactly what was previewed (app/_server/chosen-file.ts).
import { revalidatePath } from 'next/cache';
import { readChosenFile, readConfirmedFile } from '@/app/_server/chosen-file';
import { requirePermission } from '@/app/_server/guard';
import { UNEXPECTED_ERROR } from '@/app/_server/run-command';
import { getDb } from '@/db/client';
import { planFiguresImport } from '@/db/queries/figures-import';
import { importFigures } from '@/lib/commands/import-figures';
import { readSaveAs, type ImportState } from './import-state';
import { previewState } from './preview-state';

const number = (n: number) => n.toLocaleString('en-GB');

async function preview(formData: FormData): Promise<ImportState> {
  const saveAs = readSaveAs(formData.get('submit'));
  const chosen = await readChosenFile(formData, 'Choose a CSV file of figures');
  if ('error' in chosen) return { step: 'choose', error: chosen.error };
  const { csv, fileName, sha256 } = chosen;
  const plan = await planFiguresImport(await getDb(), csv, saveAs);
  return previewState(plan, { fileName, sha256 }, saveAs);
}

async function confirm(formData: FormData): Promise<ImportState> {
  const { submit, history } = readSaveAs(formData.get('submit'));
  const chosen = await readConfirmedFile(formData);
  if ('error' in chosen) return { step: 'choose', error: chosen.error };
  const actor = await requirePermission('figures.import');
  try {
    const result = await importFigures(await getDb(), actor, { csv: chosen.csv, submit, history });
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
