'use client';

// The one form engine. A form is checked in the browser by its zod schema (react-hook-form) and
// again by the server action with the same schema. Whatever the server answers — a refusal, a
// conflict, or nothing at all because the connection dropped — what was typed stays in the fields:
// it lives in react-hook-form's state, which neither an answer nor a failed request touches.
//
// Without JavaScript the form posts to the action itself (React's progressive enhancement) and the
// page comes back drawn from the action's answer: its errors, and the values it sent back
// (`values`, never a password), which `field()` and `choices()` put in the server-drawn HTML.
import { zodResolver } from '@hookform/resolvers/zod';
import { unstable_rethrow } from 'next/navigation';
import { useActionState, useEffect, useState, useSyncExternalStore, useTransition } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type PathValue, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { idleState, type FormState } from '@/lib/validation/form-state';
import type { SummaryItem } from './error-summary';

/** What every form says when its action never answered: the request failed or the server broke. */
export const CONNECTION_LOST =
  'Nothing was saved: the connection to the server failed. What you typed is still here. Try again in a moment.';

/** A server action as a form calls it: the previous answer and what was sent, to the next answer. */
export type FormAction<TData = undefined, TConflict = never> = (
  state: FormState<TData, TConflict>,
  formData: FormData,
) => Promise<FormState<TData, TConflict>>;

type Options<Input extends FieldValues> = {
  defaultValues: DefaultValues<Input>;
  /** The fields in page order: the error summary lists their problems in it. */
  fieldOrder: readonly Path<Input>[];
  /**
   * A (hidden) field holding the version of the record the form started from. After a save it takes
   * the new version from the answer's `data.version`; after a conflict, the version now saved
   * (`conflict.version`), so saving again keeps what this person typed.
   */
  versionField?: Path<Input>;
};

const neverChanges = () => () => {};

/** A `version` number carried by a success's data or a conflict, if there is one. */
function versionIn(value: unknown): number | undefined {
  return value && typeof value === 'object' && 'version' in value && typeof value.version === 'number' ? value.version : undefined;
}

export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, TData = undefined, TConflict = never>(
  schema: S,
  action: FormAction<TData, TConflict>,
  { defaultValues, fieldOrder, versionField }: Options<z.input<S>>,
) {
  type Input = z.input<S>;
  // The answer to a post made without JavaScript (or before it loaded): React hands it to the page
  // the server draws. With JavaScript the action is called in onSubmit below instead.
  const [noScriptState, formAction] = useActionState(action, idleState);
  const initial = initialValues(defaultValues, noScriptState, versionField);
  const form = useForm<Input, unknown, z.output<S>>({
    // The resolver's generics cannot follow a generic schema; the schema's own types are used above.
    resolver: zodResolver(schema as never) as unknown as Resolver<Input, unknown, z.output<S>>,
    defaultValues: initial as DefaultValues<Input>,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // Focus goes to the error summary (GOV.UK), not to the first field: react-hook-form would take
    // it there straight after the summary had it.
    shouldFocusError: false,
  });
  const [answer, setAnswer] = useState<FormState<TData, TConflict> | null>(null);
  const [pending, startTransition] = useTransition();
  // A failed check in the browser, or an answer with problems, is an attempt: the error summary
  // takes focus once for it, and never while the person is typing.
  const [attempt, setAttempt] = useState(0);
  const state = answer ?? noScriptState;
  // False while the page is drawn on the server and hydrated; true once the script runs.
  const scripted = useSyncExternalStore(neverChanges, () => true, () => false);

  // The server's field errors join the browser's, in the same place and the same words.
  useEffect(() => {
    if (state.status !== 'error' || !state.fieldErrors) return;
    for (const [field, message] of Object.entries(state.fieldErrors)) {
      if (message) form.setError(field as Path<Input>, { type: 'server', message });
    }
  }, [state, form]);

  const errors = form.formState.errors as Record<string, { message?: string } | undefined>;
  // Until the script runs, the server's messages are drawn straight from its answer.
  const error = (field: string): string | undefined =>
    errors[field]?.message ?? (!scripted && noScriptState.status === 'error' ? noScriptState.fieldErrors?.[field] : undefined);
  const summary: SummaryItem[] = fieldOrder.flatMap((field) => {
    const message = error(field);
    return message ? [{ field, message }] : [];
  });

  const onSubmit = form.handleSubmit(
    (_values, event) => {
      const element = event?.target instanceof HTMLFormElement ? event.target : undefined;
      const native: unknown = event?.nativeEvent;
      // The button pressed is part of what is sent (Save draft or Submit), as in a plain post.
      const formData = new FormData(element, native instanceof SubmitEvent ? native.submitter : null);
      if (versionField) formData.set(versionField, String(form.getValues(versionField)));
      startTransition(async () => {
        let next: FormState<TData, TConflict>;
        try {
          next = await action(state, formData);
        } catch (failure) {
          // A redirect (signed in, password changed, session ended) is Next's to carry out.
          unstable_rethrow(failure);
          // Handled: the person is told and keeps what they typed. A warning, for whoever debugs it.
          console.warn('The form could not reach the server:', failure);
          next = { status: 'error', message: CONNECTION_LOST };
        }
        setAnswer(next);
        // A conflict is shown by its own panel, which announces itself; every other problem is an attempt.
        if (next.status === 'error' && next.conflict === undefined) setAttempt((n) => n + 1);
        const version = next.status === 'success' ? versionIn(next.data) : next.status === 'error' ? versionIn(next.conflict) : undefined;
        if (versionField && version !== undefined) form.setValue(versionField, version as PathValue<Input, Path<Input>>);
      });
    },
    () => setAttempt((n) => n + 1),
  );

  // register() alone leaves the server-drawn HTML empty (react-hook-form fills the fields only once
  // its script runs): the values go in as defaultValue too, so a page without JavaScript, or before
  // it has loaded, shows the saved or typed values.
  const field = (name: Path<Input>) => ({ ...form.register(name), defaultValue: asText(initial[name]) });
  /** The same for a group of checkboxes: the values ticked. */
  const choices = (name: Path<Input>) => ({ ...form.register(name), defaultValue: asList(initial[name]) });

  return {
    form,
    /** For `<form action>`: the post made without JavaScript. */
    formAction,
    /** For `<form onSubmit>`: checks in the browser, then calls the action and keeps what was typed. */
    onSubmit,
    pending,
    /** The latest answer (or idle). */
    state,
    summary,
    attempt,
    error,
    field,
    choices,
    /** The answer's sentence for the error summary (a conflict has its own panel instead). */
    serverMessage: state.status === 'error' && state.conflict === undefined ? state.message : undefined,
    conflict: state.status === 'error' ? state.conflict : undefined,
  };
}

/** The values a form starts with: the page's, then what a post without JavaScript sent back. */
function initialValues(
  defaults: object,
  answer: FormState<unknown, unknown>,
  versionField: string | undefined,
): Record<string, unknown> {
  const values: Record<string, unknown> = { ...defaults };
  if (answer.status !== 'error') return values;
  for (const [name, sent] of Object.entries(answer.values ?? {})) {
    // One ticked checkbox arrives as a single value: a list field stays a list.
    values[name] = Array.isArray(values[name]) && !Array.isArray(sent) ? [sent] : sent;
  }
  // After a conflict, saving again starts from the version now saved, as it does with JavaScript.
  const conflictVersion = versionIn(answer.conflict);
  if (versionField && conflictVersion !== undefined) values[versionField] = conflictVersion;
  return values;
}

const asText = (value: unknown) => (value === undefined || value === null ? '' : String(value));
const asList = (value: unknown) => (Array.isArray(value) ? value.map(String) : value === undefined || value === null || value === '' ? [] : [String(value)]);
