'use client';

// The month's entry for one measure. Checked as the lead types by the same schema the server
// uses, rated live by the same rating layer, and never emptied: whatever happens on the server
// (a refusal, a conflict, a lost connection) what was typed stays in the fields.
import { useEffect, useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { ErrorSummary } from '@/app/components/form/error-summary';
import { SubmitButton, TextInput } from '@/app/components/form/fields';
import { Radios } from '@/app/components/form/radios';
import { TextArea } from '@/app/components/form/text-area';
import { useActionForm } from '@/app/components/form/use-action-form';
import {
  COMMENTARY_LIMIT,
  entrySchema,
  figuresFromForm,
  rateForm,
  unreadableRatedFields,
  type EntryContext,
  type EntryFieldName,
  type EntryFormValues,
} from '@/lib/entries/entry-schema';
import { figureHint } from '@/lib/entries/figure';
import { judgementAllowed } from '@/lib/rating';
import { saveEntry } from './actions';
import { ConflictPanel } from './conflict-panel';
import { useSavedEntry } from './entry-status';
import { markSavedWithoutRedraw } from '@/app/components/refresh-after-save';
import { RatingPreview } from './rating-preview';
import { JUDGED_OPTIONS, AVAILABILITY_OPTIONS } from './entry-words';

const FIELD_ORDER: EntryFieldName[] = [
  'value', 'secondaryValue', 'ytdValue', 'ytdSecondaryValue', 'availability',
  'commentary', 'improvementAction', 'judgedRating', 'judgedJustification',
];

type Props = {
  context: EntryContext;
  measureRef: string;
  monthLabel: string;
  secondaryLabel: string | null;
  defaults: Omit<EntryFormValues, 'intent' | 'version'>;
  version: number;
};

const UNREADABLE: Record<'value' | 'ytdValue', string> = {
  value: 'The figure cannot be read yet',
  ytdValue: 'The year-to-date figure cannot be read yet',
};

export function EntryForm({ context, measureRef, monthLabel, secondaryLabel, defaults, version }: Props) {
  const schema = useMemo(() => entrySchema(context), [context]);
  // The shared form engine keeps what was typed through refusals, conflicts and lost connections,
  // draws the typed values without JavaScript, and carries the version each save starts from.
  const { form, formAction, onSubmit, pending, state, summary, attempt, error, field, serverMessage, conflict } = useActionForm(
    schema,
    saveEntry,
    { defaultValues: { ...defaults, intent: 'draft', version }, fieldOrder: FIELD_ORDER, versionField: 'version' },
  );

  // The entry as saved: from the page, then from each save, or from the save that came first.
  const [{ status }, setSaved] = useSavedEntry();
  useEffect(() => {
    if (state.status === 'success' && state.data) {
      const { version, status, savedBy, value, redrawn } = state.data;
      setSaved({ version, status, savedBy, value });
      if (!redrawn) markSavedWithoutRedraw();
    } else if (conflict) {
      setSaved({ version: conflict.version, status: conflict.status, savedBy: conflict.savedBy, value: conflict.values.value || null });
    }
  }, [state, conflict, setSaved]);

  // A page fetched again (Back to it after saving) brings a newer save than the form started from:
  // the form starts again from that one, or saving would meet its own earlier save as a conflict.
  useEffect(() => {
    if (version > Number(form.getValues('version'))) form.reset({ ...defaults, intent: 'draft', version });
  }, [version, defaults, form]);
  const submitted = status === 'submitted';

  const values = useWatch({ control: form.control }) as Partial<EntryFormValues>;
  // A figure that cannot be read yet is not a missing one: nothing is rated until it reads.
  const [unreadable] = unreadableRatedFields(values, context);
  const live = unreadable ? null : rateForm(values, context);
  // A judgement may stand only where the figures alone give Blue or no rating.
  const canJudge = !unreadable && judgementAllowed({
    measure: context.measure,
    target: context.target,
    month: context.month,
    entry: { ...figuresFromForm(values, context), judgedRating: null, judgedJustification: null },
    earlier: context.earlier,
  });
  const unit = context.measure;
  return (
    <>
      <ErrorSummary items={summary} message={serverMessage} attempt={attempt} />
      {conflict ? <ConflictPanel conflict={conflict} yours={values} measure={context.measure} /> : null}
      <div role="status" aria-live="polite" data-testid="entry-saved">
        {state.status === 'success' ? (
          <p className="mb-6 border-l-4 border-rag-green bg-green-50 p-3 font-bold">{state.message}</p>
        ) : null}
      </div>
      <RatingPreview
        rating={live}
        monthLabel={monthLabel}
        unreadable={unreadable ? UNREADABLE[unreadable] : null}
        missing={{ commentary: !values.commentary?.trim(), action: !values.improvementAction?.trim() }}
      />
      {submitted ? (
        <div className="mb-6 border-l-4 border-rag-green bg-green-50 p-4" data-testid="submitted-notice">
          <p className="font-bold">This entry is submitted.</p>
          <p>If you change it, submit the changes, or withdraw it to keep working on it as a draft.</p>
        </div>
      ) : null}
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
        {submitted ? (
          <div className="flex flex-wrap gap-2">
            {/* A submitted entry stays submitted unless it is withdrawn in so many words; Enter in a
                field submits the changes, which the server checks as any submit. */}
            <SubmitButton pending={pending} name="intent" value="submit" onClick={() => form.setValue('intent', 'submit')}>
              Submit changes
            </SubmitButton>
            <SubmitButton pending={pending} secondary name="intent" value="withdraw" onClick={() => form.setValue('intent', 'withdraw')}>
              Withdraw to draft
            </SubmitButton>
          </div>
        ) : (
          <div className="flex flex-wrap gap-2">
            {/* Save draft comes first, so Enter in a field keeps work safe rather than submitting it. */}
            <SubmitButton pending={pending} secondary name="intent" value="draft" onClick={() => form.setValue('intent', 'draft')}>
              Save draft
            </SubmitButton>
            <SubmitButton pending={pending} name="intent" value="submit" onClick={() => form.setValue('intent', 'submit')}>
              Submit
            </SubmitButton>
          </div>
        )}
      </form>
    </>
  );
}
