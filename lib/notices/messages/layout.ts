// One description of a message, rendered twice: as plain text and as HTML. Each composer says what
// a message holds (paragraphs, lists, a quoted note, links); this file says how each part looks, so
// the two forms cannot drift apart and every value a person typed (a name, a measure's title, an
// executive's note) passes through the one escaping `html` template of lib/packs/document/html.ts.
import { html, type Html } from '../../html';

/** A message ready for the outbox: every one is sent with both forms. */
export type Message = { subject: string; text: string; html: string };

/** Text, or a link whose words are `text` (the address itself, when it should be seen in print). */
export type Inline = string | { text: string; href: string };

export type ListItem = { label: string; href?: string; detail?: string };

export type Block =
  | { type: 'paragraph'; parts: readonly Inline[] }
  | { type: 'heading'; text: string }
  | { type: 'list'; items: readonly ListItem[] }
  | { type: 'quote'; text: string }
  | { type: 'action'; text: string; href: string };

export const paragraph = (...parts: Inline[]): Block => ({ type: 'paragraph', parts });
export const heading = (text: string): Block => ({ type: 'heading', text });
export const list = (items: readonly ListItem[]): Block => ({ type: 'list', items });
/** Someone's own words, kept line for line: an executive's note. */
export const quote = (text: string): Block => ({ type: 'quote', text });
/** The one thing to do, on its own line: "Review November 2020: https://…". */
export const action = (text: string, href: string): Block => ({ type: 'action', text, href });
/** A link shown as its own address, so it reads the same in plain text. */
export const address = (href: string): Inline => ({ text: href, href });

export type MessageParts = {
  subject: string;
  greeting: string;
  body: readonly Block[];
  /** Who sent it, at the end of the body. */
  signature: readonly string[];
  /** Why it was sent and how to change that, set apart below the signature. */
  footer: readonly Block[];
};

/** Line breaks as one kind, and no space at either end. */
const tidy = (text: string): string => text.replace(/\r\n?/g, '\n').trim();
/** A subject, title or name on one line: a header with a line break in it is not a header. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

// ---- plain text ----

const inlineText = (part: Inline): string =>
  typeof part === 'string' ? part : part.text === part.href ? part.href : `${part.text} (${part.href})`;

function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return tidy(block.parts.map(inlineText).join(''));
    case 'heading':
      return oneLine(block.text);
    case 'list':
      return block.items
        .map((item) => {
          const line = `- ${oneLine(item.label)}${item.detail ? ` ${oneLine(item.detail)}` : ''}`;
          return item.href ? `${line}\n  ${item.href}` : line;
        })
        .join('\n');
    case 'quote':
      return tidy(block.text)
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n');
    case 'action':
      return `${oneLine(block.text)}:\n${block.href}`;
  }
}

// ---- HTML ----

const LINK = 'color:#1d70b8;text-decoration:underline';

/** Escaped text with its line breaks kept as <br>. */
const withBreaks = (text: string): Html[] =>
  tidy(text)
    .split('\n')
    .map((line, i) => (i === 0 ? html`${line}` : html`<br>${line}`));

const inlineHtml = (part: Inline): Html =>
  typeof part === 'string' ? html`${withBreaks(part)}` : html`<a href="${part.href}" style="${LINK}">${part.text}</a>`;

function blockHtml(block: Block): Html {
  switch (block.type) {
    case 'paragraph':
      return html`<p style="margin:0 0 16px">${block.parts.map(inlineHtml)}</p>`;
    case 'heading':
      return html`<h2 style="margin:24px 0 8px;font-size:18px;line-height:1.3">${oneLine(block.text)}</h2>`;
    case 'list':
      return html`<ul style="margin:0 0 16px;padding-left:24px">${block.items.map(
        (item) =>
          html`<li style="margin:0 0 4px">${item.href ? html`<a href="${item.href}" style="${LINK}">${oneLine(item.label)}</a>` : oneLine(item.label)}${
            item.detail ? ` ${oneLine(item.detail)}` : ''
          }</li>`,
      )}</ul>`;
    case 'quote':
      return html`<blockquote style="margin:0 0 16px;padding:8px 0 8px 16px;border-left:4px solid #b1b4b6">${withBreaks(block.text)}</blockquote>`;
    case 'action':
      return html`<p style="margin:0 0 16px;font-weight:bold"><a href="${block.href}" style="${LINK}">${oneLine(block.text)}</a></p>`;
  }
}

export function renderMessage(parts: MessageParts): Message {
  const subject = oneLine(parts.subject);
  const text = [
    oneLine(parts.greeting),
    ...parts.body.map(blockText),
    parts.signature.map(oneLine).join('\n'),
    ...parts.footer.map(blockText),
  ].join('\n\n');
  const page = html`<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${subject}</title></head>
<body style="margin:0;padding:24px;background:#ffffff;color:#0b0c0c;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">
<div style="max-width:640px">
<p style="margin:0 0 16px">${oneLine(parts.greeting)}</p>
${parts.body.map((block) => html`${blockHtml(block)}\n`)}
<p style="margin:0 0 16px">${parts.signature.map((line, i) => (i === 0 ? html`${oneLine(line)}` : html`<br>${oneLine(line)}`))}</p>
<hr style="border:0;border-top:1px solid #b1b4b6;margin:24px 0 16px">
<div style="font-size:14px;color:#505a5f">
${parts.footer.map((block) => html`${blockHtml(block)}\n`)}</div>
</div>
</body>
</html>
`;
  return { subject, text: `${text}\n`, html: page.toString() };
}
