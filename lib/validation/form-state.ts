// What a server action answers a form: nothing yet, a problem (with a message per field, in the
// same words the browser would show), or done.
import type { z } from 'zod';

export type FieldErrors = Partial<Record<string, string>>;

export type FormState =
  | { status: 'idle' }
  | {
      status: 'error';
      message?: string;
      fieldErrors?: FieldErrors;
      conflict?: unknown;
      /** What was sent, for a page rendered without JavaScript to put back in the fields. */
      values?: Record<string, string>;
    }
  | { status: 'success'; message?: string; data?: unknown };

export const idleState: FormState = { status: 'idle' };

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
