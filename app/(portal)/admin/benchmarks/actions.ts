'use server';

// The benchmarks import page's one action: a file chosen is read and previewed, writing nothing. The
// preview answers with the text's SHA-256; to import, the browser sends the file again with it, so
// what is imported is exactly what was previewed (app/_server/chosen-file.ts).
import { revalidatePath } from 'next/cache';
import { readChosenFile, readConfirmedFile } from '@/app/_server/chosen-file';
import { requirePermission } from '@/app/_server/guard';
import { UNEXPECTED_ERROR } from '@/app/_server/run-command';
import { getDb } from '@/db/client';
import { planBenchmarksImport } from '@/db/queries/benchmarks';
import { describeBenchmarkImport, importBenchmarks } from '@/lib/commands/benchmarks';
import { problemText } from '@/lib/import/csv';
import { formatLongDate } from '@/lib/rating';
import { PREVIEW_ROWS, type BenchmarkImportState } from './import-state';

const CHOOSE = 'Choose a CSV file of benchmark points';

async function preview(formData: FormData): Promise<BenchmarkImportState> {
  const chosen = await readChosenFile(formData, CHOOSE);
  if ('error' in chosen) return { step: 'choose', error: chosen.error };
  const { csv, fileName, sha256 } = chosen;
  const db = await getDb();
  const plan = await planBenchmarksImport(db, csv);
  return {
    step: 'preview',
    fileName,
    sha256,
    counts: plan.counts,
    problems: plan.problems.map(problemText),
    rows: plan.rows.slice(0, PREVIEW_ROWS).map((row) => ({
      line: row.line,
      ref: row.ref,
      series: row.series,
      periodLabel: row.periodLabel,
      periodEnd: formatLongDate(row.periodEnd),
      shown: row.shown,
      change: row.change,
      before: row.before ? `${row.beforeShown}, ${row.before.periodLabel}` : null,
    })),
  };
}

async function confirm(formData: FormData): Promise<BenchmarkImportState> {
  const chosen = await readConfirmedFile(formData);
  if ('error' in chosen) return { step: 'choose', error: chosen.error };
  const { csv } = chosen;
  const actor = await requirePermission('benchmarks.manage');
  try {
    const result = await importBenchmarks(await getDb(), actor, { csv });
    if (result.ok) {
      revalidatePath('/admin/measures/[ref]/benchmarks', 'page');
      return { step: 'done', message: describeBenchmarkImport(result.value) };
    }
    // Something changed since the preview: preview again, showing what is wrong now.
    const again = await preview(formData);
    const error = result.kind === 'invalid' ? 'The benchmarks changed since the file was checked, so nothing was imported.' : 'message' in result ? result.message : undefined;
    return again.step === 'preview' ? { ...again, error } : again;
  } catch (error) {
    console.error('[action] importBenchmarks failed:', error);
    return { step: 'choose', error: UNEXPECTED_ERROR };
  }
}

export async function importBenchmarksAction(_state: BenchmarkImportState, formData: FormData): Promise<BenchmarkImportState> {
  await requirePermission('benchmarks.manage');
  // A replayed or forged call may send anything as the form: answer it like an empty one.
  if (!(formData instanceof FormData)) return { step: 'choose', error: CHOOSE };
  const intent = formData.get('intent');
  if (intent === 'confirm') return confirm(formData);
  if (intent === 'restart') return { step: 'choose' };
  try {
    return await preview(formData);
  } catch (error) {
    console.error('[action] previewing a benchmarks import failed:', error);
    return { step: 'choose', error: UNEXPECTED_ERROR };
  }
}
