// The two kinds of cell an export writes. Figures are the stored decimal strings, written as
// numbers; everything else is text, and text is made safe to open in a spreadsheet here, once, so
// the CSV and the workbook cannot differ in what they neutralise.
import type { Rating } from '../../rating';

/** A stored figure ("89.1", "-3", "0.05"), with how the pack shows it: decimal places and "%". */
export type FigureCell = { kind: 'figure'; value: string | null; places: number; percent: boolean };
/**
 * Words: a person's (commentary, justification) or the program's (rating, reason). Already
 * neutralised. A rating's cell carries the rating too, for the workbook's cell colour.
 */
export type TextCell = { kind: 'text'; text: string; rating?: Rating };
export type ExportCell = FigureCell | TextCell;

// A figure column holds only this: no sign but minus, no exponent, no spaces, so nothing in it can
// start a formula. PostgreSQL's numeric text is always of this form.
const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

// OWASP's CSV injection list (=, +, -, @, tab, carriage return), plus line feed and the full-width
// forms of = + - @, which some spreadsheet programs also read as the start of a formula.
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Text a spreadsheet would read as a formula gets a leading apostrophe, as OWASP recommends. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function textCell(text: string | null | undefined): TextCell {
  return { kind: 'text', text: neutraliseFormula(text ?? '') };
}

/**
 * A figure cell, or a text cell if the stored value is not a plain decimal (never expected of a
 * snapshot, but a download must not turn anything unchecked into a number or a formula).
 */
export function figureCell(value: string | null | undefined, places: number, percent: boolean): ExportCell {
  if (value === null || value === undefined || value === '') return { kind: 'figure', value: null, places, percent };
  return PLAIN_DECIMAL.test(value) ? { kind: 'figure', value, places, percent } : textCell(value);
}

/** The cell as CSV text: figures exactly as stored, text as neutralised. */
export const cellText = (cell: ExportCell): string => (cell.kind === 'figure' ? (cell.value ?? '') : cell.text);
