// Runs a command for a server action and turns its result into what the form shows. Unexpected
// failures are logged in full and shown as one plain sentence; nothing half-saved, since every
// command changes data in one transaction.
import 'server-only';
import { revalidatePath } from 'next/cache';
import { getDb, type Database } from '@/db/client';
import type { Actor } from '@/lib/auth/policy';
import type { CommandResult } from '@/lib/commands/result';
import type { FormState } from '@/lib/validation/form-state';

export const UNEXPECTED_ERROR =
  'Sorry, something went wrong and nothing was saved. Try again; if it keeps happening, tell the performance team.';

export type Command<T> = (db: Database, actor: Actor | null, input: unknown) => Promise<CommandResult<T>>;

export async function runCommand<T>(
  command: Command<T>,
  actor: Actor | null,
  input: unknown,
  options: { revalidate?: string[]; success: (value: T) => string; data?: (value: T) => unknown },
): Promise<FormState> {
  let result: CommandResult<T>;
  try {
    result = await command(await getDb(), actor, input);
  } catch (error) {
    console.error(`[action] ${command.name} failed for ${actor?.id ?? 'anonymous'}:`, error);
    return { status: 'error', message: UNEXPECTED_ERROR };
  }
  if (result.ok) {
    for (const path of options.revalidate ?? []) revalidatePath(path);
    return { status: 'success', message: options.success(result.value), data: options.data?.(result.value) };
  }
  if (result.kind === 'invalid') return { status: 'error', fieldErrors: result.fieldErrors };
  if (result.kind === 'conflict') return { status: 'error', message: result.message, conflict: result.current };
  return { status: 'error', message: result.message };
}
