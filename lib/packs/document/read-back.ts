// For tests: the rendered pack read back as a reader sees it. Minimal, because the markup is this
// project's own and regular: text without tags, a section by its id, table rows by their ref, a
// KPI panel and its facts.
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The text of some markup, tags dropped, entities decoded, white space collapsed. */
export const textOf = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!)
    .replace(/\s+/g, ' ')
    .trim();

/** Text a sighted reader sees: without the words kept for screen readers. */
export const visibleTextOf = (markup: string) => textOf(markup.replace(/<span class="visually-hidden">[^<]*<\/span>/g, ''));

/** The inside of the document's <section id="…">. */
export function section(doc: string, id: string): string {
  const match = new RegExp(`<section id="${id}"[^>]*>([\\s\\S]*?)</section>`).exec(doc);
  if (!match) throw new Error(`No section #${id}`);
  return match[1]!;
}

/** Each table row of the markup as its cells' markup (tags included). */
export function rows(markup: string): string[][] {
  return [...markup.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => [...row[1]!.matchAll(/<t[hd][\s>][\s\S]*?<\/t[hd]>/g)].map((c) => c[0]));
}

/** The rows of a table body, by the ref in their first cell. */
export function bodyRowsByRef(markup: string): Map<string, string[]> {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(markup)?.[1] ?? '';
  return new Map(rows(body).map((cells) => [textOf(cells[0]!), cells]));
}

/** The KPI panel of a ref: from its opening tag to the next panel's. */
export function kpiPanel(doc: string, ref: string): string {
  const kpis = section(doc, 'kpis');
  const start = kpis.indexOf(`<div class="kpi" id="kpi-${ref}">`);
  if (start < 0) throw new Error(`No panel for ${ref}`);
  const next = kpis.indexOf('<div class="kpi" id=', start + 1);
  return kpis.slice(start, next < 0 ? undefined : next);
}

/** A KPI panel's facts ("Annual target", "Tolerance", …), each as its value's markup. */
export const kpiFacts = (panel: string): Map<string, string> =>
  new Map([...panel.matchAll(/<div><dt>([\s\S]*?)<\/dt><dd>([\s\S]*?)<\/dd><\/div>/g)].map((f) => [textOf(f[1]!), f[2]!]));
