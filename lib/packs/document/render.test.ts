// The published pack as a committee member reads it: the seeded October 2020 pack (the reference
// report) rendered, and read back section by section, row by row.
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PackSnapshot } from '../snapshot';
import { renderPackDocument, type PackDocumentOptions } from './render';
import { bodyRowsByRef, kpiFacts, kpiPanel, rows, section, textOf, visibleTextOf } from './read-back';
import { asPublished, publishedOctober2020, type PublishedPackForTest } from './testing';

// --- The pack ---
let pack: PublishedPackForTest;
let snapshot: PackSnapshot;
let published: PackDocumentOptions;
let doc: string;
let csp: string;

const screenLinks = (versions: { version: number; href: string; publishedAt: string }[] = []): PackDocumentOptions['links'] => ({
  home: '/',
  allPacks: '/packs',
  downloads: { pdf: '/packs/2020-10/1/pack.pdf', csv: '/packs/2020-10/1/pack.csv', xlsx: '/packs/2020-10/1/pack.xlsx' },
  pdfUnavailable: null,
  versions,
});

beforeAll(async () => {
  pack = await publishedOctober2020();
  snapshot = pack.snapshot;
  published = asPublished(pack, screenLinks([{ version: 1, href: '/packs/2020-10/1', publishedAt: pack.publishedAt }]));
  ({ html: doc, contentSecurityPolicy: csp } = renderPackDocument(snapshot, published));
});

describe('the October 2020 pack as one document', () => {
  it('is a complete English document titled with the pack and its month', () => {
    expect(doc.startsWith('<!doctype html>\n<html lang="en-GB">')).toBe(true);
    expect(doc).toContain('<title>Together for Children Performance Report – October 2020</title>');
    expect(doc).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(doc).toContain('<a class="skip-link" href="#main-content">');
    expect(doc).toContain('<main id="main-content">');
    expect(doc.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('has the reference’s sections in its order, headings h1, then h2 per section, h3 per KPI', () => {
    const headings = [...doc.matchAll(/<h([1-3])[^>]*>([\s\S]*?)<\/h\1>/g)].map((h) => `h${h[1]} ${textOf(h[2]!)}`);
    expect(headings.filter((h) => !h.startsWith('h3'))).toEqual([
      'h1 Together for Children Performance Report – October 2020',
      'h2 Version and publication',
      'h2 RAG rating definitions',
      'h2 Contractual key performance indicators 2020/21',
      'h2 Supporting indicators 2020/21 – performance as at October 2020',
      'h2 Commentary on supporting measures rated red or amber',
      'h2 Summary of indicators – which are rated red, amber, green or blue',
    ]);
    const kpiHeadings = [...section(doc, 'kpis').matchAll(/<h3>([\s\S]*?)<\/h3>/g)].map((h) => textOf(h[1]!));
    expect(kpiHeadings).toEqual(snapshot.measures.filter((m) => m.group === 'kpi').map((m) => `${m.ref} ${m.title}`));
    expect(kpiHeadings[0]).toBe('KPI1 % of Early Help cases that were closed with two or more successful outcomes (TfC)');
  });

  it('opens with the organisation, report date, author, purpose with the months covered, and what follows', () => {
    const title = /<section class="title-block">([\s\S]*?)<\/section>/.exec(doc)![1]!;
    const text = textOf(title);
    expect(text).toContain('Together for Children');
    expect(text).toContain('Date 7 January 2021');
    expect(text).toContain('Author Jill Colbert, Chief Executive');
    expect(text).toContain('Comments and analysis relate to performance over August to October 2020.');
    expect(text).toContain('The report below sets out the: Six key contractual performance targets with the Council;');
    expect(text).toContain('Summary table showing the RAG rating of all contractual performance targets and supporting measures');
  });

  it('says which version it is, when and for whom it was published, with its fingerprint and downloads', () => {
    const text = textOf(section(doc, 'version'));
    expect(text).toContain('Version 1');
    expect(text).toContain('Published 7 January 2021 at 09:00');
    expect(text).toContain('Public: anyone may read it, without signing in');
    expect(text).toContain(`Content fingerprint (SHA-256 of the published figures, ratings and words): ${pack.contentHash}`);
    expect(text).not.toContain('What changed');
    expect(section(doc, 'version')).toContain('<a href="/packs/2020-10/1/pack.pdf">');
    expect(section(doc, 'version')).toContain('<a href="/packs/2020-10/1/pack.csv">');
    expect(section(doc, 'version')).toContain('<a href="/packs/2020-10/1/pack.xlsx">');
  });

  it('defines Red, Amber, Green and Blue in the reference’s words, each with its letter', () => {
    const definitions = rows(section(doc, 'rag-definitions')).slice(1).map((cells) => cells.map(textOf));
    expect(definitions).toEqual([
      ['R Red', 'Indicator is not meeting target and is outside of tolerance range'],
      ['A Amber', 'Indicator is not meeting target but is within tolerance range'],
      ['G Green', 'Indicator is meeting or exceeding target'],
      ['B Blue', 'No data available'],
    ]);
  });

  it('holds all 32 measures: six KPI panels and 26 supporting rows', () => {
    expect(snapshot.measures).toHaveLength(32);
    const kpis = snapshot.measures.filter((m) => m.group === 'kpi');
    expect(kpis).toHaveLength(6);
    expect(section(doc, 'kpis').match(/<div class="kpi" id=/g)).toHaveLength(6);
    expect(bodyRowsByRef(section(doc, 'supporting')).size).toBe(26);
  });

  it('shows each KPI’s target, tolerance, position, year to date, rating with its reason and direction of travel', () => {
    for (const m of snapshot.measures.filter((x) => x.group === 'kpi')) {
      const panel = kpiPanel(doc, m.ref);
      const facts = kpiFacts(panel);
      expect(textOf(facts.get('Annual target')!), m.ref).toBe(m.targetText);
      expect(textOf(facts.get('Tolerance')!), m.ref).toBe(m.toleranceText);
      const position = facts.get('October 2020 position')!;
      expect(textOf(position).startsWith(`${m.figureText} ${m.ratingLetter} ${m.ratingLabel}`), m.ref).toBe(true);
      expect(position, m.ref).toContain(`rag rag--${m.rating}`);
      expect(textOf(position), m.ref).toContain(m.reason);
      if (m.ytdText !== '-') expect(textOf(facts.get('Year to date')!), m.ref).toBe(m.ytdText);
      expect(textOf(facts.get('Rating basis')!), m.ref).toBe(m.basisText);
      expect(textOf(panel), m.ref).toContain(m.commentary!);
      expect(panel, m.ref).toMatch(/<figure|<svg|No trend data/);
    }
    // As the reference has them.
    expect(textOf(kpiPanel(doc, 'KPI4'))).toContain('94.5% A Amber');
    expect(textOf(kpiPanel(doc, 'KPI2'))).toContain('Tolerance 375.1 – 402.9');
    expect(textOf(kpiPanel(doc, 'KPI5'))).toContain('Direction of travel ▲ Improved since last month');
    expect(textOf(kpiPanel(doc, 'KPI3'))).toContain('Direction of travel ▼ Declined since last month');
    expect(textOf(kpiPanel(doc, 'KPI2'))).toContain('Direction of travel ● No change since last month');
    expect(kpiPanel(doc, 'KPI2')).toContain('<span class="direction-symbol" aria-hidden="true">●</span>');
    // Its chart compares Sunderland with the seed's (illustrative) benchmarks: 339 is now below the North East.
    expect(textOf(kpiPanel(doc, 'KPI2'))).toContain('North East, latest figure 351 for Oct 18 – Sep 19');
    expect(textOf(kpiPanel(doc, 'KPI2'))).toContain('England, latest figure 216 for Oct 18 – Sep 19');
  });

  it('shows each supporting measure’s row with the reference’s columns', () => {
    const table = section(doc, 'supporting');
    const headings = rows(/<thead>([\s\S]*?)<\/thead>/.exec(table)![1]!)[0]!.map(textOf);
    expect(headings).toEqual(['Ref', 'Supporting indicator', 'Target', 'Tolerance', 'Current position', 'YTD', 'RAG', 'RAG frequency']);
    const byRef = bodyRowsByRef(table);
    for (const m of snapshot.measures.filter((x) => x.group === 'supporting')) {
      const cells = byRef.get(m.ref)!;
      expect(cells.slice(0, 6).map(textOf), m.ref).toEqual([m.ref, m.title, m.targetText, m.toleranceText, m.figureText, m.ytdText]);
      const rag = cells[6]!;
      if (m.rating === 'none') {
        expect(visibleTextOf(rag), m.ref).toBe('-');
        expect(textOf(rag), m.ref).toBe('- Not rated');
        expect(textOf(cells[7]!), m.ref).toBe('-');
      } else {
        expect(visibleTextOf(rag).startsWith(`${m.ratingLetter} ${m.ratingLabel}`), m.ref).toBe(true);
        expect(rag, m.ref).toContain(`rag rag--${m.rating}`);
        expect(textOf(cells[7]!), m.ref).toBe(m.basisText);
      }
      expect(/judged/.test(rag), m.ref).toBe(m.judged);
    }
    // Rows as the reference prints them.
    expect(byRef.get('SM4')!.map(visibleTextOf)).toEqual(['SM4', '% of referrals that were re-referrals within 12 months', '23%', '23.1% – 28.9%', '22.1%', '24.0%', 'A Amber', 'Year to date']);
    expect(byRef.get('SM14')!.map(visibleTextOf)).toEqual(['SM14', 'Number of missing from home episodes (& children)', '-', '-', '73 (52)', '433 (247)', '-', '-']);
    expect(byRef.get('SM8')!.map(visibleTextOf).slice(4, 7)).toEqual(['n/ava', 'n/ava', 'B Blue']);
  });

  it('marks the three judged ratings in the table with a note giving the justification', () => {
    const table = section(doc, 'supporting');
    const judged = snapshot.measures.filter((m) => m.judged);
    expect(judged.map((m) => m.ref)).toEqual(['SM16', 'SM19', 'SM20']);
    judged.forEach((m, i) => {
      expect(textOf(bodyRowsByRef(table).get(m.ref)![6]!)).toBe(`${m.ratingLetter} ${m.ratingLabel} judged , see note ${i + 1}`);
      const note = new RegExp(`<li id="note-${m.ref}">([\\s\\S]*?)</li>`).exec(table)![1]!;
      expect(textOf(note)).toBe(`${m.ref}: judged ${m.ratingLabel}. ${m.justification}`);
    });
  });

  it('gives the commentary and improvement action of every supporting measure rated amber or red, and only those', () => {
    const commentary = section(doc, 'commentary');
    const flagged = snapshot.measures.filter((m) => m.group === 'supporting' && (m.rating === 'amber' || m.rating === 'red'));
    expect(flagged.map((m) => m.ref)).toEqual(['SM4']);
    expect([...commentary.matchAll(/<div class="commentary-item" id="commentary-([^"]+)">/g)].map((c) => c[1])).toEqual(['SM4']);
    const text = textOf(commentary);
    expect(text).toContain('SM4 – % of referrals that were re-referrals within 12 months');
    expect(text).toContain('22.1% A Amber');
    expect(text).toContain('There have been 363 repeat referrals since April 2020, this is lower than the same point last year');
    expect(text).toContain('Improvement action Since February, a "closure summary" now exists in the case recording tool');
    expect(textOf(section(doc, 'supporting'))).not.toContain('There have been 363 repeat referrals');
  });

  it('says so when no supporting measure is rated amber or red', () => {
    const calm = structuredClone(snapshot);
    for (const m of calm.measures) if (m.rating === 'amber' || m.rating === 'red') Object.assign(m, { rating: 'green', ratingLetter: 'G', ratingLabel: 'Green' });
    const { html } = renderPackDocument(calm, published);
    expect(textOf(section(html, 'commentary'))).toContain('No supporting measure is rated red or amber in October 2020.');
  });

  it('summarises the ratings month by month, April to March, for every rated measure, as the snapshot has them', () => {
    const summary = section(doc, 'summary');
    const tables = [...summary.matchAll(/<table class="grid"[^>]*>([\s\S]*?)<\/table>/g)].map((t) => t[1]!);
    expect(tables.map((t) => textOf(/<caption[^>]*>([\s\S]*?)<\/caption>/.exec(t)![1]!))).toEqual(['Key performance indicators', 'Supporting indicators']);
    const header = rows(/<thead>([\s\S]*?)<\/thead>/.exec(tables[0]!)![1]!)[0]!;
    expect(header.map(visibleTextOf)).toEqual(['Ref', 'Key performance indicators', 'FQY', 'A', 'M', 'J', 'J', 'A', 'S', 'O', 'N', 'D', 'J', 'F', 'M']);
    expect(textOf(header[3]!)).toBe('A April 2020');

    const letters = new Map(snapshot.grid.rows.map((r) => [r.ref, r.letters]));
    const shown = new Map<string, string[]>();
    for (const table of tables) {
      for (const [ref, cells] of bodyRowsByRef(table)) shown.set(ref, cells.slice(3).map((c) => /<span aria-hidden="true">([^<]*)<\/span>/.exec(c)?.[1] ?? ''));
    }
    const rated = snapshot.measures.filter((m) => m.rating !== 'none');
    expect([...shown.keys()]).toEqual(rated.map((m) => m.ref));
    expect(shown.has('SM1')).toBe(false);
    for (const m of rated) expect(shown.get(m.ref), m.ref).toEqual(letters.get(m.ref));
    // The reference's own rows.
    expect(shown.get('KPI3')!.join('')).toBe('GAGGGAA');
    expect(shown.get('KPI5')!.join('')).toBe('AAARAAG');
    expect(shown.get('SM4')!.join('')).toBe('RAAAGAA');
  });

  it('writes every grid letter with its word for a screen reader, and the frequency as the reference abbreviates it', () => {
    const rowsByRef = new Map([...section(doc, 'summary').matchAll(/<table class="grid"[^>]*>([\s\S]*?)<\/table>/g)].flatMap((t) => [...bodyRowsByRef(t[1]!)]));
    const kpi5 = rowsByRef.get('KPI5')!;
    expect(textOf(kpi5[6]!)).toBe('R Red');
    expect(kpi5[6]).toContain('cell--R');
    expect(textOf(kpi5[3]!)).toBe('A Amber');
    expect(textOf(rowsByRef.get('SM20')![3]!)).toBe('– Not rated');
    expect(textOf(kpi5[10]!)).toBe('');
    const frequency = (ref: string) => visibleTextOf(rowsByRef.get(ref)![2]!);
    expect(['KPI1', 'KPI2', 'KPI3', 'SM8', 'SM22'].map(frequency)).toEqual(['YTD', 'Q', 'M', 'A', '3M AVG']);
    expect(textOf(rowsByRef.get('SM8')![2]!)).toBe('A Annually (March)');
  });

  it('gives every table a caption and scoped headers', () => {
    const tables = [...doc.matchAll(/<table[\s\S]*?<\/table>/g)].map((t) => t[0]);
    // The supporting table, the two summary grids, the RAG definitions, each KPI chart's figures,
    // and KPI2's benchmarks (the seed's North East and England points); the charts' tables twice
    // on the screen page (folded away, and again for print only), once in the PDF's document.
    expect(tables).toHaveLength(4 + 2 * (6 + 1));
    expect([...renderPackDocument(snapshot, { ...published, links: null }).html.matchAll(/<table[\s\S]*?<\/table>/g)]).toHaveLength(4 + 6 + 1);
    expect(doc).toContain('<caption>KPI2 benchmarks</caption>');
    for (const table of tables) {
      expect(table).toMatch(/<caption[^>]*>[^<]+/);
      expect(table).not.toMatch(/<th(?=[\s>])(?![^>]*scope=)/);
    }
    for (const region of doc.matchAll(/<div class="table-scroll"([^>]*)>/g)) {
      const id = /aria-labelledby="([^"]+)"/.exec(region[1]!)![1]!;
      expect(region[1]).toContain('role="region"');
      expect(region[1]).toContain('tabindex="0"');
      expect(doc).toContain(`id="${id}"`);
    }
  });
});

describe('the document is safe to serve as it is', () => {
  it('has no script, no inline style attribute and nothing loaded from elsewhere', () => {
    expect(doc).not.toMatch(/<script/i);
    expect(doc).not.toMatch(/\son[a-z]+\s*=/i);
    expect(doc).not.toMatch(/\sstyle\s*=/i);
    expect(doc).not.toMatch(/<(link|img|iframe|object|embed)\b/i);
    expect(doc).not.toMatch(/(src|href)="(https?:)?\/\//i);
    expect(doc.match(/<style>/g)).toHaveLength(1);
  });

  it('allows its one stylesheet by the hash of its exact text, and nothing else', () => {
    const style = /<style>([\s\S]*?)<\/style>/.exec(doc)![1]!;
    const hash = createHash('sha256').update(style, 'utf8').digest('base64');
    expect(csp).toBe(`default-src 'none'; style-src 'sha256-${hash}'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`);
    expect(style).toContain('@media print');
    expect(style).toContain('size:A4');
  });

  it('writes a person’s words as text, never as markup', () => {
    const hostile = structuredClone(snapshot);
    const sm4 = hostile.measures.find((m) => m.ref === 'SM4')!;
    sm4.commentary = '<script>alert("x")</script> & <b>bold</b>';
    hostile.measures[0]!.title = '<img src=x onerror=alert(1)>';
    hostile.meta.author = '"><script>alert(2)</script>';
    const { html } = renderPackDocument(hostile, { ...published, changeNote: '<i>why</i>', changes: ['<u>x</u>'], version: 2 });
    expect(html).not.toMatch(/<script|<img|<b>|<i>|<u>/);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(textOf(section(html, 'commentary'))).toContain('<script>alert("x")</script> & <b>bold</b>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('gives the same bytes for the same pack, whatever order its keys were stored in', () => {
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]))
          : value;
    const again = renderPackDocument(reversed(snapshot) as PackSnapshot, structuredClone(published));
    expect(again.html).toBe(doc);
    expect(again.contentSecurityPolicy).toBe(csp);
  });
});

describe('versions, drafts and the PDF rendering', () => {
  it('marks a draft loudly: in its title, at the top of the page and at the head of every printed page', () => {
    const { html, contentSecurityPolicy } = renderPackDocument(snapshot, {
      ...published,
      version: null,
      publishedAt: null,
      visibility: null,
      contentHash: null,
      draft: true,
    });
    expect(html).toContain('<title>Together for Children Performance Report – October 2020 (DRAFT)</title>');
    expect(html).toContain('<aside class="draft-banner" aria-label="Draft"><p><strong>DRAFT – not published</strong>');
    expect(/<style>([\s\S]*?)<\/style>/.exec(html)![1]).toContain('@top-center{content:"DRAFT – not published"');
    expect(textOf(section(html, 'version'))).toContain('Version Draft – not published Published Not published');
    expect(html).not.toContain('Content fingerprint');
    expect(contentSecurityPolicy).not.toBe(csp);
    expect(doc).not.toContain('DRAFT');
  });

  it('says why version 2 was made and what changed since version 1', () => {
    const { html } = renderPackDocument(snapshot, {
      ...published,
      version: 2,
      changeNote: 'KPI3 was corrected after a late return from the referral team.',
      changes: ['KPI3 October 2020: 88.5% → 89.0%', 'SM4 commentary revised'],
      links: screenLinks([
        { version: 2, href: '/packs/2020-10/2', publishedAt: '2021-01-12T10:30:00.000Z' },
        { version: 1, href: '/packs/2020-10/1', publishedAt: pack.publishedAt },
      ]),
    });
    const text = textOf(section(html, 'version'));
    expect(text).toContain('Version 2');
    expect(text).toContain('Why this month was reopened KPI3 was corrected after a late return from the referral team.');
    expect(text).toContain('What changed since version 1 KPI3 October 2020: 88.5% → 89.0% SM4 commentary revised');
    expect(section(html, 'version')).toContain('<li><a href="/packs/2020-10/1">Version 1</a>, published 7 January 2021 at 09:00</li>');
    expect(html).not.toContain('A newer version');
  });

  it('tells a reader of an older version that a newer one exists, before anything else', () => {
    const { html } = renderPackDocument(snapshot, {
      ...published,
      links: screenLinks([
        { version: 2, href: '/packs/2020-10/2', publishedAt: '2021-01-12T10:30:00.000Z' },
        { version: 1, href: '/packs/2020-10/1', publishedAt: pack.publishedAt },
      ]),
    });
    const main = /<main id="main-content">\s*([\s\S]*?)<section/.exec(html)![1]!;
    expect(textOf(main)).toMatch(/^This is version 1\. A newer version \(2\) was published on 12 January 2021 at 10:30: read version 2 ?\.$/);
    expect(main).toContain('<a href="/packs/2020-10/2">read version 2</a>');
  });

  it('says why there is no PDF when none can be made', () => {
    const links = screenLinks();
    const { html } = renderPackDocument(snapshot, {
      ...published,
      links: { ...links!, downloads: { ...links!.downloads, pdf: null }, pdfUnavailable: 'A PDF cannot be made on this server: Chromium is not installed.' },
    });
    expect(textOf(section(html, 'version'))).toContain('Download this pack A PDF cannot be made on this server: Chromium is not installed. CSV');
    expect(html).not.toContain('.pdf"');
  });

  it('has no navigation and no links out when rendered for the PDF', () => {
    const { html } = renderPackDocument(snapshot, { ...published, links: null });
    expect(html).not.toContain('<header');
    expect(html).not.toContain('<nav');
    expect(html).not.toContain('skip-link"');
    expect(html).not.toContain('Download this pack');
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((h) => h[1]!);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href.startsWith('#')).toBe(true);
    expect(textOf(section(html, 'version'))).toContain(`Content fingerprint (SHA-256 of the published figures, ratings and words): ${pack.contentHash}`);
  });
});
