// The operator's export, from the seeded 2020/21 database: October 2020 as published, with the
// reference pack's own printed figures in its rows, and November (the open month) as a draft.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packCsv } from '../../lib/packs/export/csv';
import { PACK_HEADERS } from '../../lib/packs/export/columns';
import { csvRows } from '../../lib/packs/export/test-csv';
import { packXlsx } from '../../lib/packs/export/xlsx';
import { contentHash, type PackSnapshot } from '../../lib/packs/snapshot';
import type { OpenDatabase } from '../client';
import { publishedPacks } from '../schema';
import { seedDemo } from '../seed/demo';
import { seedReferencePack } from '../seed/reference-pack';
import { openMigrated, testEngines } from '../testing';
import { loadPackEdition, type LoadedPackEdition } from './pack-export';
import { latestPackOf } from './packs';
import { findPeriodByMonth } from './periods';

const loaded = (result: LoadedPackEdition | { error: string }): LoadedPackEdition => {
  if ('error' in result) throw new Error(result.error);
  return result;
};

describe.each(testEngines())('exporting a month’s pack on $name', (engine) => {
  let open: OpenDatabase;

  beforeAll(async () => {
    open = await openMigrated(engine);
    await seedReferencePack(open.db);
    await seedDemo(open.db);
  });
  afterAll(async () => {
    await open?.close();
  });

  it('exports October 2020, version 1, as published: 32 rows matching its snapshot and the reference pack', async () => {
    const october = loaded(await loadPackEdition(open.db, { month: '2020-10' }));
    const stored = (await latestPackOf(open.db, (await findPeriodByMonth(open.db, '2020-10-01'))!.id))!;
    expect(october.edition).toEqual({ version: 1, publishedAt: '2021-01-07T09:00:00.000Z' });
    expect(october.packId).toBe(stored.id);
    expect(october.snapshot).toEqual(stored.snapshot);

    const rows = csvRows(packCsv(october.snapshot, october.edition));
    expect(rows).toHaveLength(32);
    rows.forEach((row, i) => {
      const measure = october.snapshot.measures[i]!;
      expect(row).toMatchObject({
        Edition: 'version 1',
        Ref: measure.ref,
        Period: '2020-10',
        Value: measure.value ?? '',
        YTD: measure.ytdValue ?? '',
        Target: measure.target ?? '',
        'RAG rating': measure.ratingLabel,
      });
    });

    // As the reference pack printed them.
    const byRef = new Map(rows.map((r) => [r.Ref, r]));
    expect(byRef.get('KPI1')).toMatchObject({ Value: '89.1', Target: '65', 'Tolerance band': '62% – 64.9%', 'RAG rating': 'Green' });
    expect(byRef.get('SM4')).toMatchObject({ Value: '22.1', YTD: '24.0', 'RAG rating': 'Amber' });
    expect(byRef.get('SM15')).toMatchObject({ Value: '41', 'Secondary value': '25', YTD: '381', 'YTD secondary': '84', 'RAG rating': 'Not rated' });
    expect(byRef.get('SM8')).toMatchObject({ Value: '', Availability: 'Not available (n/ava)', 'RAG rating': 'Blue' });
    expect(byRef.get('SM16')).toMatchObject({ Value: '', Availability: 'Not applicable (n/a)', YTD: '100', 'RAG rating': 'Green', Judged: 'Yes' });
  });

  it('exports the same figures to the workbook, as numbers', async () => {
    const october = loaded(await loadPackEdition(open.db, { month: '2020-10', version: 1 }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await packXlsx(october.snapshot, october.edition)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Measures')!;
    expect(sheet.rowCount).toBe(2 + 32);
    const column = (header: string) => PACK_HEADERS.indexOf(header) + 1;
    const row = (ref: string) => sheet.getRow(october.snapshot.measures.findIndex((m) => m.ref === ref) + 3);
    expect(row('SM4').getCell(column('YTD'))).toMatchObject({ value: 24, numFmt: '0.0"%"' });
    expect(row('SM15').getCell(column('YTD secondary'))).toMatchObject({ value: 84, numFmt: '0' });
    // Every measure the pack rates in some month is in the summary grid; SM1, SM2, SM3, SM12, SM14, SM15, SM18 and SM21 never are.
    const grid = workbook.getWorksheet('Summary grid')!;
    const refs = Array.from({ length: grid.rowCount - 2 }, (_, i) => grid.getCell(i + 3, 1).value).filter((v) => typeof v === 'string' && /^(KPI|SM)\d+$/.test(v));
    expect(refs).toHaveLength(24);
    expect(refs).not.toContain('SM1');
    expect(refs).toContain('SM20');
  });

  it('exports November 2020, the open month, as a draft of what its leads have entered so far', async () => {
    const november = loaded(await loadPackEdition(open.db, { month: '2020-11', draft: true }));
    expect(november.edition).toEqual({ version: null, publishedAt: null });
    expect(november.packId).toBeNull();
    expect(november.snapshot.meta.author).toBe('Not yet signed off');
    const rows = csvRows(packCsv(november.snapshot, november.edition));
    expect(rows).toHaveLength(32);
    expect(rows.every((r) => r.Edition === 'DRAFT – not published' && r.Period === '2020-11')).toBe(true);
    const byRef = new Map(rows.map((r) => [r.Ref, r]));
    expect(byRef.get('KPI1')).toMatchObject({ Value: '88.7', YTD: '89.1' });
    expect(byRef.get('SM14')).toMatchObject({ Value: '64', 'Secondary value': '47', YTD: '497', 'YTD secondary': '270' });
    expect(byRef.get('SM8')).toMatchObject({ Value: '', Availability: 'Not entered' });
  });

  it('exports a published month as a draft too: its current state, marked DRAFT', async () => {
    const october = loaded(await loadPackEdition(open.db, { month: '2020-10', draft: true }));
    expect(october.edition.version).toBeNull();
    expect(csvRows(packCsv(october.snapshot, october.edition)).every((r) => r.Edition === 'DRAFT – not published')).toBe(true);
  });

  it('says what is missing: a month, its published pack, or a version', async () => {
    expect(await loadPackEdition(open.db, { month: '2031-01' })).toEqual({ error: 'No month 2031-01 exists.' });
    expect(await loadPackEdition(open.db, { month: '2020-11' })).toEqual({
      error: 'November 2020 has no published pack. Use --draft to export its current state.',
    });
    expect(await loadPackEdition(open.db, { month: '2020-10', version: 3 })).toEqual({
      error: 'October 2020 has no version 3; the latest is version 1.',
    });
  });

  it('exports the latest version by default, and an earlier one when asked', async () => {
    const period = (await findPeriodByMonth(open.db, '2020-07-01'))!;
    const first = loaded(await loadPackEdition(open.db, { month: '2020-07' }));
    const changed: PackSnapshot = {
      ...first.snapshot,
      measures: first.snapshot.measures.map((m) => (m.ref === 'KPI4' ? { ...m, commentary: 'Corrected after the visit records were re-run.' } : m)),
    };
    await open.db.insert(publishedPacks).values({
      periodId: period.id, version: 2, snapshot: changed, contentHash: contentHash(changed),
      changeNote: 'KPI4’s commentary was corrected.', publishedAt: new Date('2020-10-20T10:00:00Z'),
    });

    const latest = loaded(await loadPackEdition(open.db, { month: '2020-07' }));
    expect(latest.edition).toEqual({ version: 2, publishedAt: '2020-10-20T10:00:00.000Z' });
    const kpi4 = (pack: LoadedPackEdition) => csvRows(packCsv(pack.snapshot, pack.edition)).find((r) => r.Ref === 'KPI4')!;
    expect(kpi4(latest)).toMatchObject({ Edition: 'version 2', Commentary: 'Corrected after the visit records were re-run.' });
    const version1 = loaded(await loadPackEdition(open.db, { month: '2020-07', version: 1 }));
    expect(kpi4(version1).Edition).toBe('version 1');
    expect(kpi4(version1).Commentary).toBe(first.snapshot.measures.find((m) => m.ref === 'KPI4')!.commentary ?? '');
    expect(await loadPackEdition(open.db, { month: '2020-07', version: 3 })).toEqual({
      error: 'July 2020 has no version 3; the latest is version 2.',
    });
  });
});
