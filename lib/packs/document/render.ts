// The published pack as one static HTML document: served on the web, printed on A4 and turned
// into the PDF, from the snapshot alone. No script, no file it loads, no inline style attribute;
// the same snapshot and options always give the same bytes.
import type { PackSnapshot } from '../snapshot';
import { html, trusted, type Html } from '../../html';
import type { PackDocumentOptions } from './options';
import { packSections, type PackSection } from './outline';
import { definitionsSection } from './section-definitions';
import { kpiSection } from './section-kpis';
import { commentarySection, supportingSection } from './section-supporting';
import { summarySection } from './section-summary';
import { newerVersionNotice, publicationDetails, titleBlock } from './section-title';
import { packContentSecurityPolicy, packStylesheet } from './styles';

export type { PackDocumentLinks, PackDocumentOptions } from './options';

const DRAFT_WORDS = 'DRAFT – not published';

/** "Together for Children Performance Report – October 2020", with " (DRAFT)" for a draft. */
export function packDocumentTitle(snapshot: PackSnapshot, draft: boolean): string {
  return `${snapshot.meta.title} – ${snapshot.monthLabel}${draft ? ' (DRAFT)' : ''}`;
}

function siteHeader(options: PackDocumentOptions): Html | null {
  if (!options.links) return null;
  return html`<header class="site-header"><div class="width">
<a class="site-name" href="${options.links.home}">Performance Pack</a>
<a href="${options.links.allPacks}">All published packs</a>
</div></header>`;
}

function contents(title: string, sections: PackSection[], options: PackDocumentOptions): Html | null {
  // The PDF has its own bookmarks and the printed page cannot be followed, so only the screen has a contents list.
  if (!options.links) return null;
  return html`<nav class="toc" aria-label="Contents"><p class="toc-title">Contents</p><ol>
<li><a href="#report-title">${title}</a></li>
${sections.map((s) => html`<li><a href="#${s.id}">${s.heading}</a></li>`)}
</ol></nav>`;
}

export function renderPackDocument(snapshot: PackSnapshot, options: PackDocumentOptions): { html: string; contentSecurityPolicy: string } {
  const title = packDocumentTitle(snapshot, options.draft);
  const css = packStylesheet(options.draft);
  const sections = packSections(snapshot);
  const draftBanner = options.draft
    ? html`<aside class="draft-banner" aria-label="Draft"><p><strong>${DRAFT_WORDS}</strong> – these figures and ratings may still change before the chief executive publishes the pack.</p></aside>`
    : null;
  const document = html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${trusted(css)}</style>
</head>
<body>
${options.links ? html`<a class="skip-link" href="#main-content">Skip to the pack</a>` : null}
${draftBanner}
${siteHeader(options)}
<div class="width">
${contents(snapshot.meta.title, Object.values(sections), options)}
<main id="main-content">
${newerVersionNotice(options)}
${titleBlock(snapshot)}
${publicationDetails(options, sections.version)}
${definitionsSection(sections.definitions)}
${kpiSection(snapshot, sections.kpis, options.links ? 'screen' : 'print')}
${supportingSection(snapshot, sections.supporting)}
${commentarySection(snapshot, sections.commentary)}
${summarySection(snapshot, sections.summary)}
</main>
</div>
</body>
</html>
`;
  return { html: document.toString(), contentSecurityPolicy: packContentSecurityPolicy(css) };
}
