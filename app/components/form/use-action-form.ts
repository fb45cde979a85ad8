'use client';

// A form checked in the browser by its zod schema (react-hook-form) and again by the server
// action with the same schema. Typed values live in react-hook-form's state, so neither React's
// reset of an action form nor an error from the server ever wipes what the person typed.
import { zodResolver } from '@hookform/resolvers/zod';
import { startTransition, useActionState, useEffect, useMemo, useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { idleState, type FormState } from '@/lib/validation/form-state';
import type { SummaryItem } from './error-summary';

export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  action: (state: FormState, formData: FormData) => Promise<FormState>,
  defaultValues: DefaultValues<z.input<S>>,
  fieldOrder: readonly Path<z.input<S>>[],
) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    // The resolver's generics cannot follow a generic schema; the schema's own types are used above.
    resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // Focus goes to the error summary (GOV.UK), not to the first field: react-hook-form would take
    // it there straight after the summary had it.
    shouldFocusError: false,
  });
  const [state, formAction, pending] = useActionState(action, idleState);
  // A failed check in the browser, or each answer from the server, is an attempt: the summary takes
  // focus once for it, and never while the person is typing.
  const [browserAttempt, setAttempt] = useState(0);
  const answerWithErrors = state.status === 'error' ? state : null;
  const attempt = useMemo(() => [browserAttempt, answerWithErrors], [browserAttempt, answerWithErrors]);

  // The server's field errors join the browser's, in the same place and the same words.
  useEffect(() => {
    if (state.status !== 'error' || !state.fieldErrors) return;
    for (const [field, message] of Object.entries(state.fieldErrors)) {
      if (message) form.setError(field as Path<z.input<S>>, { type: 'server', message });
    }
  }, [state, form]);

  const errors = form.formState.errors;
  const summary: SummaryItem[] = useMemo(
    () =>
      fieldOrder.flatMap((field) => {
        const message = (errors as Record<string, { message?: string } | undefined>)[field]?.message;
        return message ? [{ field, message }] : [];
      }),
    [errors, fieldOrder],
  );

  const onSubmit = form.handleSubmit(
    (_values, event) => {
      const element = event?.target as HTMLFormElement | undefined;
      const formData = element ? new FormData(element) : new FormData();
      startTransition(() => formAction(formData));
    },
    () => setAttempt((n) => n + 1),
  );

  return {
    form,
    formAction,
    onSubmit,
    pending,
    state,
    summary,
    attempt,
    error: (field: Path<z.input<S>>) => (errors as Record<string, { message?: string } | undefined>)[field]?.message,
    serverMessage: state.status === 'error' ? state.message : undefined,
  };
}
