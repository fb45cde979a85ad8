// The one shape of a command that changes data. Each step answers before the next is looked at:
//   1. who is asking (anonymous people are refused);
//   2. may their roles take the action at all (refused before their input is read, so someone who
//      may never do it gets no field errors and learns nothing about the data);
//   3. the input, parsed with the shared schema (every field's problem at once);
//   4. `prepare`: slow work outside the transaction, such as hashing a password;
//   5. in one transaction: `load` what the action is about (not found is said so), ask the policy
//      with its conditions, then `run` the change, which writes its audit event in the same
//      transaction.
// A command without `load` has its conditions checked before `prepare`, with nothing loaded.
import type { z } from 'zod';
import type { Database, Transaction } from '../../db/client';
import { authorize, authorizeRole, type Action, type Actor, type Resource } from '../auth/policy';
import { denied, parseInput, type CommandResult } from './result';

/** What `run` is given: a person who is certainly signed in and allowed, and what was loaded. */
export type CommandContext<I, L, P> = {
  actor: Actor;
  input: I;
  loaded: L;
  prepared: P;
  /** Maker-checker let the only executive through: write it into the audit event. */
  soleExecutiveException: boolean;
};

export type CommandSpec<S extends z.ZodType, T, L, P> = {
  /** Names the command in logs (and as the function's name). */
  name: string;
  schema: S;
  /** The policy action; from the raw input when it depends on it (draft or submit). */
  action: Action | ((rawInput: unknown) => Action);
  prepare?: (db: Database, actor: Actor, input: z.output<S>) => Promise<CommandResult<P>>;
  /** What the action is about, read (and locked, if the change needs it) in the transaction. */
  load?: (tx: Transaction, input: z.output<S>, actor: Actor) => Promise<L | null>;
  /** The sentence for a `load` that finds nothing. */
  notFound?: string;
  /** What the policy's conditions read. */
  resource?: (loaded: L, input: z.output<S>, actor: Actor) => Resource;
  /**
   * Why not, in words, for someone whose role may take the action but not on this: a month that
   * is no longer open, a measure someone else owns. Without a sentence they are simply refused.
   */
  explainRefusal?: (loaded: L, actor: Actor) => string | null;
  run: (tx: Transaction, context: CommandContext<z.output<S>, L, P>) => Promise<CommandResult<T>>;
};

export type Command<T> = (db: Database, actor: Actor | null, input: unknown) => Promise<CommandResult<T>>;

const NOT_FOUND = 'That could not be found. It may have been removed; reload the page.';

export function defineCommand<S extends z.ZodType, T, L = undefined, P = undefined>(spec: CommandSpec<S, T, L, P>): Command<T> {
  const command: Command<T> = async (db, actor, rawInput) => {
    const action = typeof spec.action === 'function' ? spec.action(rawInput) : spec.action;
    const byRole = authorizeRole(actor, action);
    if (!actor || !byRole.allowed) return denied(`${spec.name}: ${byRole.allowed ? 'anonymous' : byRole.reason}`);

    const parsed = parseInput(spec.schema, rawInput);
    if ('invalid' in parsed) return parsed.invalid;
    const input = parsed.data;

    const decide = (loaded: L): CommandResult<never> | { soleExecutiveException: boolean } => {
      const decision = authorize(actor, action, spec.resource?.(loaded, input, actor) ?? {});
      if (decision.allowed) return { soleExecutiveException: decision.soleExecutiveException === true };
      const why = spec.explainRefusal?.(loaded, actor);
      return why ? { ok: false, kind: 'state', message: why } : denied(`${spec.name}: ${decision.reason}`);
    };

    // Nothing to load: every condition can be asked now, before any slow work.
    const early = spec.load ? null : decide(undefined as L);
    if (early && 'ok' in early) return early;

    let prepared = undefined as P;
    if (spec.prepare) {
      const result = await spec.prepare(db, actor, input);
      if (!result.ok) return result;
      prepared = result.value;
    }

    return db.transaction(async (tx): Promise<CommandResult<T>> => {
      if (!spec.load) {
        return spec.run(tx, { actor, input, loaded: undefined as L, prepared, soleExecutiveException: early?.soleExecutiveException ?? false });
      }
      const loaded = await spec.load(tx, input, actor);
      if (loaded === null) return { ok: false, kind: 'not_found', message: spec.notFound ?? NOT_FOUND };
      const decision = decide(loaded);
      if ('ok' in decision) return decision;
      return spec.run(tx, { actor, input, loaded, prepared, soleExecutiveException: decision.soleExecutiveException });
    });
  };
  Object.defineProperty(command, 'name', { value: spec.name });
  return command;
}
