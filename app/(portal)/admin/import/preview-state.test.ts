// The import page's preview of a long file: the row table stops at PREVIEW_ROWS, but every draft
// the import would overwrite is named, those after the table's last row too. Planned by the
// import's own checks (lib/import/check-rows.ts) on a catalogue without a database.
import { describe, expect, it } from 'vitest';
import { countChanges } from '@/db/queries/figures-import';
import { checkRows, type ImportCatalogue, type StoredEntry } from '@/lib/import/check-rows';
import { FIGURES_CSV_HEADER, parseFiguresCsv } from '@/lib/import/figures-csv';
import { PREVIEW_ROWS } from './import-state';
import { previewState } from './preview-state';

const MEASURES = 620;
const ref = (id: number) => `SM${id}`;

const draft = (measureId: number, value: string): StoredEntry => ({
  id: measureId,
  measureId,
  periodId: 8,
  value,
  secondaryValue: null,
  ytdValue: null,
  availability: 'available',
  commentary: null,
  improvementAction: null,
  judgedRating: null,
  status: 'draft',
  version: 1,
});

// 620 measures, November 2020 open; drafts held for the 2nd measure and for the 560th on, which the
// file's lines 561 to 621 reach: past the table's 500 rows.
const overwritten = [2, ...Array.from({ length: MEASURES - 559 }, (_, i) => 560 + i)];
const catalogue: ImportCatalogue = {
  measures: Array.from({ length: MEASURES }, (_, i) => ({
    id: i + 1, ref: ref(i + 1), active: true, unit: 'percent', ratePer: null, decimals: 1, polarity: 'higher',
    basis: 'monthly', annualMonth: null, secondaryLabel: null,
  })),
  periods: [{ id: 8, month: '2020-11-01', state: 'open', financialYear: 2020 }],
  targets: [],
  entries: [...overwritten.map((id) => draft(id, '50')), draft(1, '70')],
  history: [],
};

function plan(submit = false) {
  // Measure 1's row repeats its draft, so it is unchanged: not an overwrite.
  const lines = Array.from({ length: MEASURES }, (_, i) => `${ref(i + 1)},2020-11,${i === 0 ? '70' : '75.5'},,,,,`);
  const parsed = parseFiguresCsv([FIGURES_CSV_HEADER, ...lines].join('\n'));
  if (!parsed.ok) throw new Error('the file should read');
  const { problems, planned } = checkRows(parsed.rows, catalogue, { submit });
  return { problems, rows: planned, counts: countChanges(planned) };
}

describe('the figures import preview', () => {
  const file = { fileName: 'november.csv', sha256: 'ab'.repeat(32) };

  it('shows the first rows in its table, and names every entry the import will overwrite, after them too', () => {
    const preview = previewState(plan(), file, { submit: false, history: false });
    expect(preview).toMatchObject({ step: 'preview', fileName: 'november.csv', problems: [] });
    expect(preview.counts).toEqual({ rows: MEASURES, created: MEASURES - overwritten.length - 1, updated: overwritten.length, unchanged: 1 });
    expect(preview.rows).toHaveLength(PREVIEW_ROWS);
    expect(preview.rows.at(-1)!.line).toBe(PREVIEW_ROWS + 1);

    expect(preview.overwrites.map((entry) => entry.ref)).toEqual(overwritten.map(ref));
    expect(preview.overwrites.length).toBe(preview.counts.updated);
    expect(preview.overwrites.filter((entry) => entry.line > PREVIEW_ROWS + 1)).toHaveLength(overwritten.length - 1);
    expect(preview.overwrites.at(-1)).toEqual({ line: MEASURES + 1, ref: ref(MEASURES), month: 'November 2020', figure: '75.5%', beforeFigure: '50.0%' });
  });

  it('counts a draft submitted unchanged as overwritten: its status changes', () => {
    const preview = previewState(plan(true), file, { submit: true, history: false });
    expect(preview.overwrites.map((entry) => entry.ref)).toEqual([ref(1), ...overwritten.map(ref)]);
    expect(preview.overwrites[0]).toEqual({ line: 2, ref: ref(1), month: 'November 2020', figure: '70.0%', beforeFigure: '70.0%' });
  });
});
