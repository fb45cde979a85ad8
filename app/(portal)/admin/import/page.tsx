import type { Metadata } from 'next';
import { requirePermission } from '@/app/_server/guard';
import { FIGURES_CSV_HEADER } from '@/lib/import/figures-csv';
import { ImportFlow } from './import-flow';

export const metadata: Metadata = { title: 'Import figures' };

export default async function ImportFiguresPage() {
  await requirePermission('figures.import');
  return (
    <main id="main-content" className="mx-auto max-w-7xl px-4 py-8">
      <h1 className="mb-2 text-3xl font-bold">Import figures</h1>
      <div className="mb-8 max-w-3xl text-lg text-muted">
        <p className="mb-3">
          Load a month’s figures from a CSV file: one row for each measure and month. You will see the rows with the rating each will
          get, and every draft it overwrites, before anything is saved.
        </p>
        <p className="mb-3">
          The file is imported whole or not at all. An entry its lead has already submitted is never overwritten.
        </p>
        <p className="mb-1">The first line of the file must be:</p>
        <p>
          <code className="break-all bg-gray-100 px-1 text-base text-ink">{FIGURES_CSV_HEADER}</code>
        </p>
      </div>
      <ImportFlow />
    </main>
  );
}
