'use client';

import { useSyncExternalStore } from 'react';
import { useWatch } from 'react-hook-form';
import { ErrorSummary } from '@/app/components/form/error-summary';
import { SubmitButton, TextInput } from '@/app/components/form/fields';
import { Radios } from '@/app/components/form/radios';
import { useActionForm } from '@/app/components/form/use-action-form';
import { NotificationBanner } from '@/app/components/notification-banner';
import { financialYearLabel } from '@/lib/rating';
import { targetHints, targetSchemaFor, type TargetFormValues, type TargetValues } from '@/lib/targets/target-schema';
import { setTarget } from '../../actions';
import { TargetPreview, type LastYear, type PreviewMeasure } from './target-preview';

const FIELDS = ['kind', 'target', 'toleranceEdge'] as const;
const neverChanges = () => () => {};

type Props = {
  measure: PreviewMeasure & { ref: string };
  financialYear: number;
  saved: TargetValues | null;
  lastYear: LastYear;
};

function savedAsForm(saved: TargetValues | null): TargetFormValues {
  if (!saved) return { target: '', toleranceEdge: '' };
  if (saved.target === null) return { kind: 'monitoring', target: '', toleranceEdge: '' };
  return { kind: 'target', target: saved.target, toleranceEdge: saved.toleranceEdge ?? '' };
}

export function TargetForm({ measure, financialYear, saved, lastYear }: Props) {
  const schema = targetSchemaFor(measure);
  const { form, formAction, onSubmit, pending, state, summary, attempt, error, field, serverMessage } = useActionForm(schema, setTarget, {
    defaultValues: savedAsForm(saved),
    fieldOrder: FIELDS,
  });
  const values = useWatch({ control: form.control }) as Partial<TargetFormValues>;
  // Without a script both options' fields are shown (and the schema ignores them for monitoring only).
  const scripted = useSyncExternalStore(neverChanges, () => true, () => false);
  const hints = targetHints(measure);
  const label = financialYearLabel(financialYear);

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <div>
        <ErrorSummary items={summary} message={serverMessage} attempt={attempt} />
        <NotificationBanner message={state.status === 'success' && summary.length === 0 ? state.message : undefined} />
        <form action={formAction} onSubmit={onSubmit} noValidate>
          <input type="hidden" name="measureRef" value={measure.ref} />
          <input type="hidden" name="financialYear" value={financialYear} />
          <Radios
            legend={<span className="text-xl font-bold">How is {measure.ref} rated in {label}?</span>}
            options={[
              { value: 'target', label: 'Rated against a target', hint: 'Red, Amber or Green by its target and tolerance edge' },
              { value: 'monitoring', label: 'Monitoring only', hint: 'No target: the pack prints its figures and rates nothing' },
            ]}
            error={error('kind')}
            {...field('kind')}
          />
          <div hidden={scripted && values.kind === 'monitoring'} className="mb-6 border-l-4 border-rule pl-4" data-testid="target-fields">
            <TextInput label="Target" hint={hints.target} inputMode="decimal" autoComplete="off" spellCheck={false} error={error('target')} {...field('target')} />
            <TextInput
              label="Tolerance edge"
              hint={hints.toleranceEdge}
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              error={error('toleranceEdge')}
              {...field('toleranceEdge')}
            />
          </div>
          <SubmitButton pending={pending}>Save target</SubmitButton>
        </form>
      </div>
      <TargetPreview measure={measure} values={values} lastYear={lastYear} />
    </div>
  );
}
