'use server';

// The benchmarks import page's one action: a file chosen is read and previewed, writing nothing;
// the previewed text comes back with its SHA-256, so what is imported is exactly what was previewed.
import { createHash } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { requirePermission } from '@/app/_server/guard';
import { UNEXPECTED_ERROR } from '@/app/_server/run-command';
import { getDb } from '@/db/client';
import { planBenchmarksImport } from '@/db/queries/benchmarks';
import { describeBenchmarkImport, importBenchmarks } from '@/lib/commands/benchmarks';
import { IMPORT_LIMIT_BYTES } from '@/lib/commands/import-figures';
import { problemText } from '@/lib/import/csv';
import { formatLongDate } from '@/lib/rating';
import { PREVIEW_ROWS, type BenchmarkImportState } from './import-state';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const CHOOSE = 'Choose a CSV file of benchmark points';

async function preview(file: FormDataEntryValue | null): Promise<BenchmarkImportState> {
  if (!(file instanceof File) || file.size === 0) return { step: 'choose', error: CHOOSE };
  if (file.size > IMPORT_LIMIT_BYTES) return { step: 'choose', error: 'The file must be 1 MB or smaller: split it into several files' };
  let csv: string;
  try {
    csv = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return { step: 'choose', error: 'The file must be a CSV saved as UTF-8: in Excel, choose “CSV UTF-8” when you save it' };
  }
  const db = await getDb();
  const plan = await planBenchmarksImport(db, csv);
  return {
    step: 'preview',
    fileName: file.name,
    csv,
    sha256: sha256(csv),
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
  const csv = String(formData.get('csv') ?? '');
  if (sha256(csv) !== formData.get('sha256')) {
    return { step: 'choose', error: 'The file changed after it was checked, so nothing was imported: choose it again' };
  }
  const actor = await requirePermission('benchmarks.manage');
  try {
    const result = await importBenchmarks(await getDb(), actor, { csv });
    if (result.ok) {
      revalidatePath('/admin/measures/[ref]/benchmarks', 'page');
      return { step: 'done', message: describeBenchmarkImport(result.value) };
    }
    // Something changed since the preview: preview again, showing what is wrong now.
    const again = await preview(new File([csv], String(formData.get('fileName') ?? 'benchmarks.csv'), { type: 'text/csv' }));
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
    return await preview(formData.get('file'));
  } catch (error) {
    console.error('[action] previewing a benchmarks import failed:', error);
    return { step: 'choose', error: UNEXPECTED_ERROR };
  }
}
