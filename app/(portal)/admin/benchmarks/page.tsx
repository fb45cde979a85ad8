import type { Metadata } from 'next';
import { PortalLink } from '@/app/components/portal-link';
import { requirePermission } from '@/app/_server/guard';
import { BENCHMARK_SERIES } from '@/lib/benchmarks/series';
import { BENCHMARKS_CSV_HEADER } from '@/lib/import/benchmarks-csv';
import { BenchmarkImportFlow } from './import-flow';

export const metadata: Metadata = { title: 'Import benchmarks' };

export default async function ImportBenchmarksPage() {
  await requirePermission('benchmarks.manage');
  return (
    <main id="main-content" className="mx-auto max-w-7xl px-4 py-8">
      <p className="mb-6">
        <PortalLink href="/admin/measures">Back to measures</PortalLink>
      </p>
      <h1 className="mb-2 text-3xl font-bold">Import benchmarks</h1>
      <div className="mb-8 max-w-3xl text-lg text-muted">
        <p className="mb-3">
          Load benchmark points for any measures from a CSV file: one row for each point. A row with the same measure, series and period
          end as a stored point changes it; any other row adds a point. You will see what each row does before anything is saved.
        </p>
        <p className="mb-3">
          The file is imported whole or not at all. The series are {BENCHMARK_SERIES.join(', ')}; the period end is the last day the
          point covers, written YYYY-MM-DD.
        </p>
        <p className="mb-1">The first line of the file must be:</p>
        <p>
          <code className="break-all bg-gray-100 px-1 text-base text-ink">{BENCHMARKS_CSV_HEADER}</code>
        </p>
      </div>
      <BenchmarkImportFlow />
    </main>
  );
}
