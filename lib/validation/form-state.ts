// What a server action answers a form: nothing yet, a problem (with a message per field, in the
// same words the browser would show), or done. `TData` is what a success carries back (a saved
// entry's new version); `TConflict` what a conflict shows (the figures someone else saved).
import type { z } from 'zod';

export type FieldErrors = Partial<Record<string, string>>;

/** What a form sent, by field name: checkboxes as lists. Never a password. */
export type TypedValues = Record<string, string | string[]>;

export type FormState<TData = undefined, TConflict = never> =
  | { status: 'idle' }
  | {
      status: 'error';
      message?: string;
      fieldErrors?: FieldErrors;
      conflict?: TConflict;
      /** What was sent, for a page drawn without JavaScript to put back in the fields. */
      values?: TypedValues;
    }
  | { status: 'success'; message?: string; data?: TData };

/** Any form's state before its first answer. */
export const idleState: { status: 'idle' } = { status: 'idle' };

/** Every field's first problem, keyed by field name: all of them, not only the first. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return errors;
}

/**
 * FormData as a plain object: repeated names (checkboxes) become arrays. A server action can be
 * called with any body (JSON, plain text), so anything that is not FormData reads as an empty
 * form: the schema then says what is missing, rather than the action failing.
 */
export function formDataToObject(formData: unknown): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  if (!(formData instanceof FormData)) return out;
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const values = formData.getAll(key).filter((v): v is string => typeof v === 'string');
    // Names ending "[]" (checkboxes) are always lists, even of one.
    if (key.endsWith('[]')) out[key.slice(0, -2)] = values;
    else out[key] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

// A password is never sent back to be drawn into a page: the person types it again.
const SECRET_FIELD = /password/i;

/**
 * What was typed, to send back with a refusal: every text and list field of the action's input
 * except passwords (and anything that is not text, such as a file).
 */
export function typedValuesOf(input: unknown): TypedValues {
  if (!input || typeof input !== 'object') return {};
  const values: TypedValues = {};
  for (const [field, value] of Object.entries(input)) {
    if (SECRET_FIELD.test(field)) continue;
    if (typeof value === 'string') values[field] = value;
    else if (Array.isArray(value) && value.every((item): item is string => typeof item === 'string')) values[field] = value;
  }
  return values;
}
