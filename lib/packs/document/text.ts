// A person's words as the pack prints them: each line they wrote becomes a paragraph, escaped.
import { html, type Html } from '../../html';

/** Paragraphs from text with line breaks; null for empty text. */
export function paragraphs(text: string | null | undefined): Html | null {
  const lines = (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.length ? html`${lines.map((line) => html`<p>${line}</p>`)}` : null;
}
