// What the benchmarks import page's one form shows at each step: choosing a file, its preview (each
// point and what importing it does, or every problem with its line), and the import done.
import type { BenchmarkImportCounts } from '@/db/queries/benchmarks';
import type { PointChange } from '@/lib/import/check-benchmark-rows';

export type PreviewPoint = {
  line: number;
  ref: string;
  series: string;
  periodLabel: string;
  periodEnd: string;
  shown: string;
  change: PointChange;
  /** The stored value it replaces, as shown. */
  before: string | null;
};

export type BenchmarkImportState =
  | { step: 'choose'; error?: string }
  | {
      step: 'preview';
      fileName: string;
      /** The SHA-256 of the previewed text: what is imported must be the same. */
      sha256: string;
      counts: BenchmarkImportCounts;
      rows: PreviewPoint[];
      /** Every problem as "line 14: …"; none means the file may be imported. */
      problems: string[];
      /** Why the confirmed import was refused, where it was. */
      error?: string;
    }
  | { step: 'done'; message: string };

/** How many rows the preview table shows; the counts cover every row. */
export const PREVIEW_ROWS = 500;
