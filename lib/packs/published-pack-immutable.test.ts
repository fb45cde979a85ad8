// A published pack never changes: after a target, a later month's figure and a measure's title
// change, the October 2020 pack's page, CSV and PDF are the same bytes as before, while the month
// composed afresh from live data does show the changes (so the test could fail).
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../db/client';
import { composePackSnapshot } from '../../db/queries/pack-snapshot';
import { findPublishedPackRef, loadPublishedPack } from '../../db/queries/packs';
import { findPeriodByMonth } from '../../db/queries/periods';
import { annualTargets, entries, measures } from '../../db/schema';
import { seedReferencePack } from '../../db/seed/reference-pack';
import { openMigrated, testEngines } from '../../db/testing';
import { editionOf } from './document/options';
import { renderPackDocument } from './document/render';
import { makePackFile } from './downloads';
import { keptPackDownload } from './kept-downloads';
import { packMeta } from './meta';
import { chromiumExecutable } from './pdf';

const withPdf = chromiumExecutable() !== null;

describe.each(testEngines())('a published pack after the live data changes, on $name', (engine) => {
  let open: OpenDatabase;
  beforeAll(async () => {
    open = await openMigrated(engine);
    await seedReferencePack(open.db);
  });
  afterAll(async () => {
    await open?.close();
  });

  /** The October 2020 pack's page, as served, and its kept downloads. */
  async function published() {
    const ref = (await findPublishedPackRef(open.db, '2020-10', null))!;
    const pack = (await loadPublishedPack(open.db, ref.id))!;
    const page = renderPackDocument(pack.snapshot, { ...editionOf(pack), draft: false, links: null }).html;
    const csv = (await keptPackDownload(open.db, ref.id, 'csv')).content;
    const pdf = withPdf ? (await keptPackDownload(open.db, ref.id, 'pdf')).content : null;
    return { pack, page, csv, pdf };
  }

  it('is the same page, CSV and PDF, byte for byte', async () => {
    const before = await published();
    const [kpi1] = await open.db.select().from(measures).where(eq(measures.ref, 'KPI1'));
    const [sm4] = await open.db.select().from(measures).where(eq(measures.ref, 'SM4'));
    const november = (await findPeriodByMonth(open.db, '2020-11-01'))!;
    const october = (await findPeriodByMonth(open.db, '2020-10-01'))!;

    await open.db.update(annualTargets).set({ target: '70', toleranceEdge: '67' }).where(and(eq(annualTargets.measureId, kpi1!.id), eq(annualTargets.financialYear, 2020)));
    await open.db.update(measures).set({ title: 'Re-referrals within a year (renamed)' }).where(eq(measures.id, sm4!.id));
    await open.db
      .insert(entries)
      .values({ measureId: sm4!.id, periodId: november.id, value: '31.5', ytdValue: '26.0', availability: 'available', commentary: 'A later month.' })
      .onConflictDoUpdate({ target: [entries.measureId, entries.periodId], set: { value: '31.5', ytdValue: '26.0' } });

    // The live month has moved on…
    const live = await composePackSnapshot(open.db, october, (covered) => packMeta({ author: 'x', reportDate: '2021-01-07' }, '', covered));
    const liveKpi1 = live.measures.find((m) => m.ref === 'KPI1')!;
    expect(liveKpi1.targetText).toBe('70%');
    expect(live.measures.find((m) => m.ref === 'SM4')!.title).toBe('Re-referrals within a year (renamed)');

    // …the published pack has not.
    const after = await published();
    expect(after.pack.snapshot.measures.find((m) => m.ref === 'KPI1')!.targetText).toBe('65%');
    expect(after.page).toBe(before.page);
    expect(after.page).toContain('% of referrals that were re-referrals within 12 months');
    expect(after.page).not.toContain('renamed');
    expect(after.csv.equals(before.csv)).toBe(true);
    if (withPdf) expect(after.pdf!.equals(before.pdf!)).toBe(true);
    // And made again from the stored snapshot, the CSV is still those bytes: nothing in it is read live.
    const remade = await makePackFile('csv', after.pack.snapshot, editionOf(after.pack));
    expect(remade.equals(before.csv)).toBe(true);
  });
});
