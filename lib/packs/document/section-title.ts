// The first page of the pack: who reports, when, why and what follows (as the reference opens),
// then which version this is, when and for whom it was published, and the downloads.
import type { PackSnapshot } from '../snapshot';
import { formatDateTime, formatLongDate } from '../../rating';
import { VISIBILITY_WORDS } from '../visibility';
import { html, type Html } from '../../html';
import type { PackDocumentOptions } from './options';
import type { PackSection } from './outline';
import { paragraphs } from './text';

const NUMBER_WORDS = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve'];
const counted = (n: number): string => NUMBER_WORDS[n] ?? String(n);

export function titleBlock(snapshot: PackSnapshot): Html {
  const { meta } = snapshot;
  const kpiCount = snapshot.measures.filter((m) => m.group === 'kpi').length;
  return html`<section class="title-block">
<p class="organisation">${meta.organisation}</p>
<h1 id="report-title">${meta.title} – <span class="nowrap">${snapshot.monthLabel}</span></h1>
<dl class="summary-list">
<div><dt>Date</dt><dd>${formatLongDate(meta.reportDate)}</dd></div>
<div><dt>Author</dt><dd>${meta.author}</dd></div>
<div><dt>Purpose</dt><dd>${meta.purpose}</dd></div>
</dl>
<p>The report below sets out the:</p>
<ul>
<li>${counted(kpiCount)} key contractual performance targets with the Council;</li>
<li>Table of supporting measures reported to the Council;</li>
<li>Service commentary for any supporting measure reported as amber or red, and</li>
<li>Summary table showing the RAG rating of all contractual performance targets and supporting measures.</li>
</ul>
</section>`;
}

/** "This is version 1. A newer version (2) was published on …": shown before anything else. */
export function newerVersionNotice(options: PackDocumentOptions): Html | null {
  const newest = options.links?.versions[0];
  if (!newest || options.version === null || newest.version <= options.version) return null;
  return html`<p class="notice">This is version ${options.version}. A newer version (${newest.version}) was published on ${formatDateTime(newest.publishedAt)}: <a href="${newest.href}">read version ${newest.version}</a>.</p>`;
}

function otherVersions(options: PackDocumentOptions): Html | null {
  const others = (options.links?.versions ?? []).filter((v) => v.version !== options.version);
  if (!others.length) return null;
  return html`<div class="screen-only"><p class="label">Other versions of this month’s pack</p><ul>${others.map(
    (v) => html`<li><a href="${v.href}">Version ${v.version}</a>, published ${formatDateTime(v.publishedAt)}</li>`,
  )}</ul></div>`;
}

function changesSinceLastVersion(options: PackDocumentOptions): Html | null {
  if (options.version === null || options.version < 2) return null;
  return html`<p class="label">Why this month was reopened</p>
<div class="text">${paragraphs(options.changeNote) ?? html`<p>No reason was recorded.</p>`}</div>
<p class="label">What changed since version ${options.version - 1}</p>
${options.changes.length ? html`<ul>${options.changes.map((line) => html`<li>${line}</li>`)}</ul>` : html`<p>No figure, rating or commentary changed.</p>`}`;
}

function downloads(options: PackDocumentOptions): Html | null {
  const links = options.links;
  if (!links) return null;
  const pdf = links.downloads.pdf
    ? html`<li><a href="${links.downloads.pdf}">PDF, for printing or sending on (A4)</a></li>`
    : links.pdfUnavailable
      ? html`<li>${links.pdfUnavailable}</li>`
      : null;
  return html`<div class="downloads"><p class="label">Download this pack</p><ul>
${pdf}
<li><a href="${links.downloads.csv}">CSV, one row per measure</a></li>
<li><a href="${links.downloads.xlsx}">Excel workbook (XLSX), one row per measure</a></li>
</ul></div>`;
}

export function publicationDetails(options: PackDocumentOptions, section: PackSection): Html {
  const isDraft = options.draft || options.version === null;
  return html`<section id="${section.id}">
<h2>${section.heading}</h2>
<dl class="summary-list">
<div><dt>Version</dt><dd>${isDraft ? 'Draft – not published' : String(options.version)}</dd></div>
<div><dt>Published</dt><dd>${options.publishedAt ? formatDateTime(options.publishedAt) : 'Not published'}</dd></div>
<div><dt>Who may read it</dt><dd>${options.visibility ? VISIBILITY_WORDS[options.visibility] : 'Not yet chosen: drafts are for staff only'}</dd></div>
</dl>
${changesSinceLastVersion(options)}
${otherVersions(options)}
${downloads(options)}
${options.contentHash ? html`<p class="small-print">Content fingerprint (SHA-256 of the published figures, ratings and words): ${options.contentHash}</p>` : null}
</section>`;
}
