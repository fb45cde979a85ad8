// The pack's PDF: the same static document, printed to A4 by headless Chromium. Tagged, so a
// screen reader can follow it; with bookmarks from its headings; page numbers in the footer. The
// caller passes the document rendered without links (links: null), so the PDF has no navigation.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Said instead of a PDF link where no Chromium is installed: never a link that cannot work. */
export const PDF_UNAVAILABLE =
  'A PDF cannot be made on this server, because it has no Chromium browser installed. The CSV and Excel files hold every figure.';

/** The Chromium to use: CHROMIUM_PATH, else /usr/bin/chromium, if the file exists; else null. */
export function chromiumExecutable(): string | null {
  const path = process.env.CHROMIUM_PATH?.trim() || DEFAULT_CHROMIUM;
  return existsSync(path) ? path : null;
}

/**
 * Chromium fills the spans by class: the document's <title> (which says "(DRAFT)" for a draft, so
 * every page of a draft PDF says so), the page and the page count. The template is rendered apart
 * from the page, so its inline style is not subject to the pack's Content-Security-Policy.
 */
const FOOTER = `<div style="width:100%;margin:0 12mm;font-family:Arial,'Liberation Sans',sans-serif;font-size:8px;color:#505a5f;display:flex;justify-content:space-between;">
<span class="title"></span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;

/** A tagged A4 PDF with an outline (bookmarks from the headings) and "Page 3 of 9" in the footer. */
export async function renderPackPdf(documentHtml: string, options: { executablePath?: string } = {}): Promise<Buffer> {
  const executablePath = options.executablePath ?? chromiumExecutable();
  if (!executablePath) throw new Error('A PDF cannot be made on this server: Chromium is not installed (set CHROMIUM_PATH).');
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    // No network at all: the document loads nothing, and a stray address in it must not be fetched.
    const context = await browser.newContext({ offline: true, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.setContent(documentHtml, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      tagged: true,
      outline: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: FOOTER,
      // The top and sides match the stylesheet's @page; the bottom leaves room for the footer.
      margin: { top: '14mm', right: '12mm', bottom: '16mm', left: '12mm' },
    });
  } finally {
    await browser.close();
  }
}
