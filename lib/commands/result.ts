import type { z } from 'zod';
import { fieldErrorsOf, type FieldErrors } from '../validation/form-state';

/** What a command answers: done, or why not, in words for people (details go to the log). */
export type CommandResult<T = undefined> =
  | { ok: true; value: T }
  | { ok: false; kind: 'invalid'; fieldErrors: FieldErrors }
  | { ok: false; kind: 'denied' | 'not_found' | 'state'; message: string }
  /** Someone else saved first: `current` is what is saved now, for the person to compare. */
  | { ok: false; kind: 'conflict'; message: string; current: unknown };

export const ok = <T>(value: T): CommandResult<T> => ({ ok: true, value });

export const DENIED_MESSAGE = 'You do not have permission to do that. If you think you should, ask the performance team.';

export function denied(reason: string): CommandResult<never> {
  // The reason is for the server log; people get one plain sentence.
  console.warn(`[policy] denied: ${reason}`);
  return { ok: false, kind: 'denied', message: DENIED_MESSAGE };
}

/** Parses a command's input with its shared schema: the data, or every field's problem. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): { data: z.output<S> } | { invalid: CommandResult<never> } {
  const parsed = schema.safeParse(input);
  return parsed.success ? { data: parsed.data } : { invalid: { ok: false, kind: 'invalid', fieldErrors: fieldErrorsOf(parsed.error) } };
}
