// The pack's PDF, made by the real headless Chromium from the seeded October 2020 pack. Chromium
// writes the document catalogue, structure tree, outline and info dictionary as plain (not
// compressed) objects, so what a reader's PDF software relies on can be read from the bytes;
// the page text itself is in compressed, glyph-coded streams, so it is read with pdf.js, as a
// reader's PDF software reads it.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { rows, textOf } from './document/read-back';
import { packDocumentTitle, renderPackDocument, type PackDocumentOptions } from './document/render';
import { asPublished, publishedOctober2020, type PublishedPackForTest } from './document/testing';
import { chromiumExecutable, renderPackPdf } from './pdf';

const TITLE = /\/Title\s*(<[0-9A-Fa-f]+>|\((?:[^()\\]|\\.)*\))/g;

/** Every /Title string in the PDF (bookmarks and the document's), decoded. */
const pdfTitles = (pdf: Buffer): string[] => [...pdf.toString('latin1').matchAll(TITLE)].map(([, raw]) => pdfString(raw!));

/** The document's own title: the /Title of the dictionary the trailer names as /Info. */
function documentTitle(pdf: Buffer): string | null {
  const text = pdf.toString('latin1');
  const info = /\/Info\s+(\d+)\s+0\s+R/.exec(text)?.[1];
  const dictionary = info ? new RegExp(`(?:^|\\s)${info}\\s+0\\s+obj\\s*<<([\\s\\S]*?)>>\\s*endobj`).exec(text)?.[1] : undefined;
  const raw = dictionary ? new RegExp(TITLE.source).exec(dictionary)?.[1] : undefined;
  return raw ? pdfString(raw) : null;
}

/** A PDF string: (literal), or <FEFF…>, UTF-16BE, which Chromium writes for text beyond ASCII. */
function pdfString(raw: string): string {
  if (!raw.startsWith('<')) return raw.slice(1, -1).replace(/\\([()\\])/g, '$1');
  const bytes = Buffer.from(raw.slice(1, -1), 'hex');
  // UTF-16BE after its byte-order mark; swapped to little-endian for Node's decoder.
  const swapped = Buffer.alloc(bytes.length - 2);
  for (let i = 2; i + 1 < bytes.length; i += 2) {
    swapped[i - 2] = bytes[i + 1]!;
    swapped[i - 1] = bytes[i]!;
  }
  return swapped.toString('utf16le');
}

/** The text of every page, in order, as pdf.js extracts it. */
async function pageText(pdf: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
  let text = '';
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    text += ` ${content.items.map((item) => ('str' in item ? item.str : '')).join(' ')}`;
  }
  await document.destroy();
  return text;
}

/**
 * Chromium drops the space where a heading wraps when it copies the heading into the outline
 * ("within 20working days"), so outline titles are compared without their spaces.
 */
const squeezed = (text: string) => text.replace(/\s+/g, '');

describe('chromiumExecutable', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('is CHROMIUM_PATH when that file exists, and null when it does not', () => {
    vi.stubEnv('CHROMIUM_PATH', process.execPath);
    expect(chromiumExecutable()).toBe(process.execPath);
    vi.stubEnv('CHROMIUM_PATH', '/nonexistent/chromium');
    expect(chromiumExecutable()).toBeNull();
  });
});

const executable = chromiumExecutable();
if (!executable) console.warn('pdf.test.ts: the PDF tests are skipped: no Chromium at CHROMIUM_PATH or /usr/bin/chromium.');

describe.skipIf(!executable)('the pack as a PDF (skipped when Chromium is not installed: set CHROMIUM_PATH)', () => {
  let pack: PublishedPackForTest;
  let options: PackDocumentOptions;
  let pdf: Buffer;
  let documentHtml: string;

  beforeAll(async () => {
    pack = await publishedOctober2020();
    options = asPublished(pack, null);
    documentHtml = renderPackDocument(pack.snapshot, options).html;
    pdf = await renderPackPdf(documentHtml);
  }, 120_000);

  it('is a PDF of several A4 pages', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdf.toString('latin1');
    const pages = text.match(/\/Type\s*\/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(6);
    // A4 is 595 × 842 points; Chromium rounds its paper to 8.27 × 11.7 inches (595.92 × 842.88).
    const boxes = [...text.matchAll(/\/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/g)].map(([, w, h]) => [Number(w), Number(h)]);
    expect(boxes).toHaveLength(pages.length);
    for (const [width, height] of boxes) {
      expect(Math.abs(width! - 595)).toBeLessThan(2);
      expect(Math.abs(height! - 842)).toBeLessThan(2);
    }
  });

  it('is tagged for assistive technology, in British English', () => {
    const text = pdf.toString('latin1');
    expect(text).toContain('/StructTreeRoot');
    expect(text).toMatch(/\/MarkInfo\s*<<(?:(?!>>)[\s\S])*\/Marked\s+true/);
    expect(text).toContain('/Lang (en-GB)');
  });

  it('is titled as the document is, and has bookmarks for every section and KPI', () => {
    expect(pdf.toString('latin1')).toContain('/Outlines');
    const titles = pdfTitles(pdf);
    expect(documentTitle(pdf)).toBe(packDocumentTitle(pack.snapshot, false));
    const outline = new Set(titles.map(squeezed));
    const expected = [
      'Together for Children Performance Report – October 2020',
      'Version and publication',
      'RAG rating definitions',
      'Contractual key performance indicators 2020/21',
      'Supporting indicators 2020/21 – performance as at October 2020',
      'Commentary on supporting measures rated red or amber',
      'SM4 – % of referrals that were re-referrals within 12 months',
      'Summary of indicators – which are rated red, amber, green or blue',
      ...pack.snapshot.measures.filter((m) => m.group === 'kpi').map((m) => `${m.ref} ${m.title}`),
    ];
    for (const heading of expected) expect(outline.has(squeezed(heading)), heading).toBe(true);
  });

  it('prints every chart’s figures: each table’s caption and every row of it', async () => {
    const text = squeezed(await pageText(pdf));
    const tables = [...documentHtml.matchAll(/<table class="kpi-chart__table">([\s\S]*?)<\/table>/g)].map((t) => t[1]!);
    // A month table for each of the six KPIs, and KPI2's benchmarks.
    expect(tables).toHaveLength(7);
    for (const table of tables) {
      const caption = textOf(/<caption>([\s\S]*?)<\/caption>/.exec(table)![1]!);
      expect(text, caption).toContain(squeezed(caption));
      for (const row of rows(table)) expect(text, `${caption}: ${row.map(textOf).join(' | ')}`).toContain(squeezed(row.map(textOf).join('')));
    }
    // As the reference pack prints them: KPI1's October, KPI2's latest North East benchmark.
    expect(text).toContain(squeezed('October 89.1%'));
    expect(text).toContain(squeezed('North East Oct 18 – Sep 19 351'));
  });

  it('links nowhere outside itself', () => {
    expect(pdf.toString('latin1')).not.toContain('/URI');
  });

  it('says DRAFT in the title of a draft', async () => {
    const draft = await renderPackPdf(
      renderPackDocument(pack.snapshot, { ...options, version: null, publishedAt: null, visibility: null, contentHash: null, draft: true }).html,
      { executablePath: executable! },
    );
    expect(documentTitle(draft)).toBe('Together for Children Performance Report – October 2020 (DRAFT)');
  }, 60_000);
});
