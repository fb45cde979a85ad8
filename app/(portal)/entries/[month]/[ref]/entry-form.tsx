'use client';

// The month's entry for one measure. Checked as the lead types by the same schema the server
// uses, rated live by the same rating layer, and never emptied: whatever happens on the server
// (a refusal, a conflict, a lost connection) what was typed stays in the fields.
import { zodResolver } from '@hookform/resolvers/zod';
import { useActionState, useEffect, useMemo, useState, useTransition } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { ErrorSummary, type SummaryItem } from '@/app/components/form/error-summary';
import { SubmitButton, TextInput } from '@/app/components/form/fields';
import { Radios } from '@/app/components/form/radios';
import { TextArea } from '@/app/components/form/text-area';
import { COMMENTARY_LIMIT, entrySchema, figuresFromForm, rateForm, type EntryContext, type EntryFieldName, type EntryFormValues } from '@/lib/entries/entry-schema';
import { judgementAllowed } from '@/lib/rating';
import { idleState, type FormState } from '@/lib/validation/form-state';
import { saveEntry } from './actions';
import { ConflictPanel, type Conflict } from './conflict-panel';
import { RatingPreview } from './rating-preview';
import { figureHint, JUDGED_OPTIONS, AVAILABILITY_OPTIONS } from './entry-words';

const FIELD_ORDER: EntryFieldName[] = [
  'value', 'secondaryValue', 'ytdValue', 'ytdSecondaryValue', 'availability',
  'commentary', 'improvementAction', 'judgedRating', 'judgedJustification',
];

export const CONNECTION_LOST =
  'Your figures could not be saved: the connection to the server failed. Nothing was saved, and what you typed is still here. Try again in a moment.';

type Props = {
  context: EntryContext;
  measureRef: string;
  monthLabel: string;
  secondaryLabel: string | null;
  defaults: Omit<EntryFormValues, 'intent' | 'version'>;
  version: number;
};

export function EntryForm({ context, measureRef, monthLabel, secondaryLabel, defaults, version }: Props) {
  const schema = useMemo(() => entrySchema(context), [context]);
  // Without JavaScript the form posts to the action itself, and the page comes back drawn from
  // the action's answer, with what was typed; with JavaScript the action is called below.
  const [noScriptState, formAction] = useActionState(saveEntry, idleState);
  const typed = noScriptState.status === 'error' ? noScriptState.values : undefined;
  // After a conflict, saving again starts from the version now saved, as it does with JavaScript.
  const conflictVersion = noScriptState.status === 'error' ? (noScriptState.conflict as Conflict | undefined)?.version : undefined;
  const initial: EntryFormValues = {
    ...defaults,
    ...typed,
    intent: 'draft',
    version: conflictVersion ?? (typed?.version ? Number(typed.version) : version),
  };
  const form = useForm<EntryFormValues>({
    resolver: zodResolver(schema as never) as unknown as Resolver<EntryFormValues>,
    defaultValues: initial,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });
  const [state, setState] = useState<FormState | null>(null);
  const [pending, startTransition] = useTransition();
  // Counts the submits that ended in errors to show: each one moves focus to the error summary.
  const [attempt, setAttempt] = useState(0);
  const shown = state ?? noScriptState;
  // register() alone leaves the server-drawn HTML empty (react-hook-form fills the fields only once
  // its script runs): the values go in as defaultValue too, so that a page without JavaScript, or
  // before it has loaded, shows the saved or typed figures and posts the version it started from.
  const field = (name: Exclude<EntryFieldName, 'intent'>) => ({ ...form.register(name), defaultValue: String(initial[name] ?? '') });

  useEffect(() => {
    if (shown.status !== 'error' || !shown.fieldErrors) return;
    for (const [field, message] of Object.entries(shown.fieldErrors)) {
      if (message) form.setError(field as EntryFieldName, { type: 'server', message });
    }
  }, [shown, form]);

  const values = useWatch({ control: form.control }) as Partial<EntryFormValues>;
  const live = rateForm(values, context);
  // A judgement may stand only where the figures alone give Blue or no rating.
  const canJudge = judgementAllowed({
    measure: context.measure,
    target: context.target,
    month: context.month,
    entry: { ...figuresFromForm(values, context), judgedRating: null, judgedJustification: null },
    earlier: context.earlier,
  });
  const errors = form.formState.errors;
  // Without JavaScript, the server's messages are drawn straight from its answer.
  const error = (field: EntryFieldName) =>
    errors[field]?.message ?? (noScriptState.status === 'error' ? noScriptState.fieldErrors?.[field] : undefined);
  const summary: SummaryItem[] = FIELD_ORDER.flatMap((field) => (error(field) ? [{ field, message: error(field)! }] : []));

  const onSubmit = form.handleSubmit(
    (_values, event) => {
      const formData = new FormData(event?.target as HTMLFormElement);
      formData.set('intent', form.getValues('intent') ?? 'draft');
      formData.set('version', String(form.getValues('version')));
      startTransition(async () => {
        try {
          const result = await saveEntry(shown, formData);
          setState(result);
          if (result.status === 'error' && !result.conflict) setAttempt((n) => n + 1);
          // The next save starts from the version now saved: after a conflict, saving again keeps yours.
          const next =
            result.status === 'success'
              ? (result.data as { version: number } | undefined)?.version
              : result.status === 'error'
                ? (result.conflict as Conflict | undefined)?.version
                : undefined;
          if (next !== undefined) form.setValue('version', next);
        } catch (failure) {
          console.error('Saving the entry failed:', failure);
          setState({ status: 'error', message: CONNECTION_LOST });
          setAttempt((n) => n + 1);
        }
      });
    },
    () => setAttempt((n) => n + 1),
  );

  const conflict = shown.status === 'error' ? (shown.conflict as Conflict | undefined) : undefined;
  const unit = context.measure;
  return (
    <>
      <ErrorSummary items={summary} message={shown.status === 'error' && !conflict ? shown.message : undefined} attempt={attempt} />
      {conflict ? <ConflictPanel conflict={conflict} yours={values} /> : null}
      <div role="status" aria-live="polite" data-testid="entry-saved">
        {shown.status === 'success' ? (
          <p className="mb-6 border-l-4 border-rag-green bg-green-50 p-3 font-bold">{shown.message}</p>
        ) : null}
      </div>
      <RatingPreview rating={live} monthLabel={monthLabel} />
      <form action={formAction} onSubmit={onSubmit} noValidate>
        <input type="hidden" name="measureRef" value={measureRef} />
        <input type="hidden" name="month" value={context.month} />
        <input type="hidden" {...field('version')} />
        <Radios legend={`Is there a figure for ${monthLabel}?`} options={AVAILABILITY_OPTIONS} error={error('availability')} {...field('availability')} />
        <TextInput label={`Value for ${monthLabel}`} hint={figureHint(unit)} inputMode="decimal" autoComplete="off" spellCheck={false} error={error('value')} {...field('value')} />
        {secondaryLabel ? (
          <TextInput label={`Number of ${secondaryLabel}`} hint="A whole number, like 52" inputMode="numeric" autoComplete="off" error={error('secondaryValue')} {...field('secondaryValue')} />
        ) : null}
        <TextInput
          label="Year-to-date value"
          hint={unit.basis === 'ytd' ? `${figureHint(unit)}. This measure is rated on its year-to-date value.` : `${figureHint(unit)}. Leave it empty if the measure has none.`}
          inputMode="decimal"
          autoComplete="off"
          error={error('ytdValue')}
          {...field('ytdValue')}
        />
        {secondaryLabel ? (
          <TextInput label={`Year-to-date number of ${secondaryLabel}`} inputMode="numeric" autoComplete="off" error={error('ytdSecondaryValue')} {...field('ytdSecondaryValue')} />
        ) : null}
        <TextArea
          label="Commentary"
          hint="What lies behind the figure. Needed before you submit when the measure is rated Amber or Red."
          limit={COMMENTARY_LIMIT}
          length={values.commentary?.length ?? 0}
          error={error('commentary')}
          {...field('commentary')}
        />
        <TextArea
          label="Improvement action"
          hint="What will be done to bring it back to target, by whom and when. Needed when the measure is rated Amber or Red."
          limit={COMMENTARY_LIMIT}
          length={values.improvementAction?.length ?? 0}
          error={error('improvementAction')}
          {...field('improvementAction')}
        />
        {canJudge || values.judgedRating ? (
          <div className="mb-6 border-l-4 border-rule pl-4">
            <Radios
              legend="Judged rating (optional)"
              hint="Only where the figures give Blue or no rating, for example a monitoring-only measure. It is shown as judged wherever it appears."
              options={JUDGED_OPTIONS}
              error={error('judgedRating')}
              {...field('judgedRating')}
            />
            <TextArea label="Why you judge it so" error={error('judgedJustification')} limit={COMMENTARY_LIMIT} length={values.judgedJustification?.length ?? 0} {...field('judgedJustification')} />
          </div>
        ) : null}
        <div className="flex flex-wrap gap-2">
          {/* Save draft comes first, so Enter in a field keeps work safe rather than submitting it. */}
          <SubmitButton pending={pending} secondary name="intent" value="draft" onClick={() => form.setValue('intent', 'draft')}>
            Save draft
          </SubmitButton>
          <SubmitButton pending={pending} name="intent" value="submit" onClick={() => form.setValue('intent', 'submit')}>
            Submit
          </SubmitButton>
        </div>
      </form>
    </>
  );
}
