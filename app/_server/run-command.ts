// Runs a command for a server action and turns its result into what the form shows. Unexpected
// failures are logged in full and shown as one plain sentence; nothing half-saved, since every
// command changes data in one transaction. Every refusal carries what was typed (never a
// password), so a page drawn without JavaScript puts it back in the fields.
import 'server-only';
import { revalidatePath } from 'next/cache';
import { getDb, type Database } from '@/db/client';
import type { Actor } from '@/lib/auth/policy';
import type { CommandResult } from '@/lib/commands/result';
import { typedValuesOf, type FormState } from '@/lib/validation/form-state';

export const UNEXPECTED_ERROR =
  'Sorry, something went wrong and nothing was saved. Try again; if it keeps happening, tell the performance team.';

export type Command<T> = (db: Database, actor: Actor | null, input: unknown) => Promise<CommandResult<T>>;

type Options<T, D, C> = {
  /**
   * The pages a success changes. Revalidating any path also makes Next draw the page the action
   * was called from again, inside the action's answer: a command whose form shows its own result
   * can say, from the result, that nothing needs drawing (an empty list).
   */
  revalidate?: string[] | ((value: T) => string[]);
  success: (value: T) => string;
  /** What a success sends back to the form (a saved entry's new version). */
  data?: (value: T) => D;
  /** What a conflict shows, from what the command says is saved now. Without it, only the message. */
  conflict?: (current: unknown) => C;
};

export async function runCommand<T, D = undefined, C = never>(
  command: Command<T>,
  actor: Actor | null,
  input: unknown,
  options: Options<T, D, C>,
): Promise<FormState<D, C>> {
  let result: CommandResult<T>;
  try {
    result = await command(await getDb(), actor, input);
  } catch (error) {
    console.error(`[action] ${command.name} failed for ${actor?.id ?? 'anonymous'}:`, error);
    return refused(input, { message: UNEXPECTED_ERROR });
  }
  if (result.ok) {
    const paths = typeof options.revalidate === 'function' ? options.revalidate(result.value) : (options.revalidate ?? []);
    for (const path of paths) revalidatePath(path);
    return { status: 'success', message: options.success(result.value), data: options.data?.(result.value) };
  }
  if (result.kind === 'invalid') return refused(input, { fieldErrors: result.fieldErrors });
  if (result.kind === 'conflict') return refused(input, { message: result.message, conflict: options.conflict?.(result.current) });
  return refused(input, { message: result.message });
}

/** A refusal, with what was sent for the fields (passwords left out). */
export function refused<C = never>(
  input: unknown,
  answer: Omit<Extract<FormState<never, C>, { status: 'error' }>, 'status' | 'values'>,
): Extract<FormState<never, C>, { status: 'error' }> {
  return { status: 'error', ...answer, values: typedValuesOf(input) };
}
