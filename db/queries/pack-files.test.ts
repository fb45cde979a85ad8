// A published version's downloads are made once and kept: the first kept wins, and the database
// refuses to change or delete one, as it refuses for the pack itself.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../client';
import { packFiles } from '../schema';
import { seedReferencePack } from '../seed/reference-pack';
import { openMigrated, testEngines } from '../testing';
import { findPackFile, keepPackFile } from './pack-files';
import { findPublishedPackRef, loadPublishedPack } from './packs';

describe.each(testEngines())('published packs and their downloads on $name', (engine) => {
  let open: OpenDatabase;
  beforeAll(async () => {
    open = await openMigrated(engine);
    await seedReferencePack(open.db);
  });
  afterAll(async () => {
    await open?.close();
  });

  it('finds a published version by its address, and nothing for a month without one', async () => {
    const newest = await findPublishedPackRef(open.db, '2020-10', null);
    expect(newest).toMatchObject({ month: '2020-10', version: 1, visibility: 'public' });
    expect(await findPublishedPackRef(open.db, '2020-10', 1)).toEqual(newest);
    expect(await findPublishedPackRef(open.db, '2020-10', 2)).toBeNull();
    // November 2020 is open, September approved inside the quarter: neither is published.
    expect(await findPublishedPackRef(open.db, '2020-11', null)).toBeNull();
    expect(await findPublishedPackRef(open.db, '2020-09', null)).toBeNull();
    const pack = await loadPublishedPack(open.db, newest!.id);
    expect(pack!.snapshot.monthLabel).toBe('October 2020');
    expect(pack!.snapshot.measures).toHaveLength(32);
  });

  it('keeps the first file made and gives back the same bytes to a second maker', async () => {
    const { id } = (await findPublishedPackRef(open.db, '2020-07', 1))!;
    const first = await keepPackFile(open.db, id, 'csv', Buffer.from('first'));
    const second = await keepPackFile(open.db, id, 'csv', Buffer.from('second'));
    expect(first.content.toString()).toBe('first');
    expect(second.content.toString()).toBe('first');
    expect(second.sha256).toBe(first.sha256);
    expect(Buffer.isBuffer((await findPackFile(open.db, id, 'csv'))!.content)).toBe(true);
    expect(await findPackFile(open.db, id, 'pdf')).toBeNull();
  });

  it('refuses to change or delete a kept file', async () => {
    const { id } = (await findPublishedPackRef(open.db, '2020-07', 1))!;
    await keepPackFile(open.db, id, 'xlsx', Buffer.from([0, 1, 2, 255]));
    const refused = async (statement: () => Promise<unknown>) => {
      const error = await statement().then(() => null, (e: Error & { cause?: Error }) => e);
      expect(String(error?.cause?.message ?? error?.message)).toBe('pack_files rows cannot be changed or deleted');
    };
    await refused(() => open.db.update(packFiles).set({ content: Buffer.from('x') }).where(eq(packFiles.packId, id)));
    await refused(() => open.db.delete(packFiles).where(eq(packFiles.packId, id)));
    const kept = await open.db.select({ id: packFiles.id }).from(packFiles).where(and(eq(packFiles.packId, id), eq(packFiles.format, 'xlsx')));
    expect(kept).toHaveLength(1);
    expect([...(await findPackFile(open.db, id, 'xlsx'))!.content]).toEqual([0, 1, 2, 255]);
  });
});
