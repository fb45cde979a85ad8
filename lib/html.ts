// HTML as strings, escaped by default: every interpolated value is escaped unless it is already
// Html. The published pack (a plain document with no script at all, the same for the web page, the
// PDF and the command line), the e-mail notices and the review page's cards are built with it.

/** A fragment of markup that is already safe to place in a document. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for element content and quoted attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Anything a template may hold: text (escaped), markup, nothing, or a list of those. */
export type Interpolation = Html | string | number | null | undefined | false | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** html`<p>${text}</p>`: the text is escaped; nested html`` fragments are kept as they are. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new Html(out);
}

/** Markup written by this program (a stylesheet, a generated SVG path), never by a person. */
export const trusted = (markup: string): Html => new Html(markup);
