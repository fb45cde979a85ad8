'use client';

// The measure form, to add a measure or edit one: every field of the measure, checked in the
// browser and again by the command with the same schema (lib/measures/measure-schema.ts).
import type { ReactNode } from 'react';
import { ErrorSummary } from '@/app/components/form/error-summary';
import { SubmitButton, TextInput } from '@/app/components/form/fields';
import { Radios } from '@/app/components/form/radios';
import { Select } from '@/app/components/form/select';
import { TextArea } from '@/app/components/form/text-area';
import { useActionForm } from '@/app/components/form/use-action-form';
import { NotificationBanner } from '@/app/components/notification-banner';
import { createMeasureSchema, updateMeasureSchema, type MeasureFieldName, type MeasureFormValues } from '@/lib/measures/measure-schema';
import { monthName } from '@/lib/rating';
import { createMeasure, updateMeasure } from './actions';

const FIELDS: readonly MeasureFieldName[] = [
  'ref', 'title', 'group', 'serviceArea', 'ownerId', 'unit', 'ratePer', 'secondaryLabel', 'decimals', 'polarity', 'basis', 'annualMonth',
  'basisNote', 'source', 'dataLagNote', 'definition',
];

const GROUP_OPTIONS = [
  { value: 'kpi', label: 'Contractual key performance indicator (KPI)' },
  { value: 'supporting', label: 'Supporting measure' },
];
const UNIT_OPTIONS = [
  { value: 'percent', label: 'Percentage' },
  { value: 'rate', label: 'Rate', hint: 'Per 10,000 or per 100,000 children or young people' },
  { value: 'count', label: 'Count' },
];
const RATE_OPTIONS = [
  { value: '', label: 'Not a rate' },
  { value: '10000', label: 'Per 10,000' },
  { value: '100000', label: 'Per 100,000' },
];
const POLARITY_OPTIONS = [
  { value: 'higher', label: 'Higher is better' },
  { value: 'lower', label: 'Lower is better' },
  { value: 'none', label: 'No better direction', hint: 'Monitored, not judged good or bad' },
];
const BASIS_OPTIONS = [
  { value: 'monthly', label: 'Monthly', hint: 'The month’s own figure' },
  { value: 'ytd', label: 'Year to date', hint: 'The figure for the financial year so far' },
  { value: 'quarterly', label: 'Quarterly', hint: 'Rated at the end of each quarter' },
  { value: 'annual', label: 'Annually', hint: 'Rated once a year, in the month its figure arrives' },
  { value: 'rolling3m', label: 'Three-month average' },
];
const MONTH_OPTIONS = [
  { value: '', label: 'Not an annual measure' },
  ...Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: monthName(i + 1) })),
];

export type OwnerOption = { value: string; label: string };

type Props =
  | { mode: 'create'; owners: OwnerOption[]; values: Partial<MeasureFormValues> }
  | { mode: 'edit'; owners: OwnerOption[]; values: MeasureFormValues; measureId: number; version: number; refFixed: boolean };

export function MeasureForm(props: Props) {
  return props.mode === 'create' ? <CreateForm {...props} /> : <EditForm {...props} />;
}

function CreateForm({ owners, values }: Extract<Props, { mode: 'create' }>) {
  const form = useActionForm(createMeasureSchema, createMeasure, { defaultValues: values, fieldOrder: FIELDS });
  return <Fields form={form} owners={owners} refFixed={false} submit="Add measure" />;
}

function EditForm({ owners, values, measureId, version, refFixed }: Extract<Props, { mode: 'edit' }>) {
  const form = useActionForm(updateMeasureSchema, updateMeasure, {
    defaultValues: { ...values, measureId, version },
    fieldOrder: FIELDS,
    versionField: 'version',
  });
  return (
    <Fields form={form} owners={owners} refFixed={refFixed} submit="Save changes">
      <input type="hidden" name="measureId" value={measureId} />
      <input type="hidden" {...form.field('version')} />
    </Fields>
  );
}

type AnyForm = ReturnType<typeof useActionForm<typeof createMeasureSchema>> | ReturnType<typeof useActionForm<typeof updateMeasureSchema, { version: number }>>;

function Fields({ form, owners, refFixed, submit, children }: { form: AnyForm; owners: OwnerOption[]; refFixed: boolean; submit: string; children?: ReactNode }) {
  const { formAction, onSubmit, pending, state, summary, attempt, error, serverMessage } = form;
  // Both forms hold the same measure fields; only the edit form adds its id and version.
  const field = form.field as (name: MeasureFieldName) => ReturnType<typeof form.field>;
  const watch = form.form.watch as (name: MeasureFieldName) => string | undefined;
  const length = (name: MeasureFieldName) => (watch(name) ?? '').length;
  return (
    <>
      <ErrorSummary items={summary} message={serverMessage} attempt={attempt} />
      <NotificationBanner message={state.status === 'success' && summary.length === 0 ? state.message : undefined} />
      <form action={formAction} onSubmit={onSubmit} noValidate>
        {children}
        <TextInput
          label="Reference"
          hint={
            refFixed
              ? 'It cannot change: the measure has figures or appears in a published pack.'
              : '2 to 4 capital letters followed by 1 to 3 digits, like KPI7 or SM27. It cannot change once the measure has figures.'
          }
          className="max-w-[10rem]"
          autoComplete="off"
          spellCheck={false}
          readOnly={refFixed}
          error={error('ref')}
          {...field('ref')}
        />
        <TextInput label="Title" hint="As the pack prints it." autoComplete="off" error={error('title')} {...field('title')} />
        <Radios legend="Group" options={GROUP_OPTIONS} error={error('group')} {...field('group')} />
        <TextInput label="Service area" hint="For example, Early Help or Children’s Social Care." autoComplete="off" error={error('serviceArea')} {...field('serviceArea')} />
        <Select
          label="Owner"
          hint="The lead who enters the measure’s figures each month. Only active leads can be chosen."
          options={[{ value: '', label: 'No owner' }, ...owners]}
          error={error('ownerId')}
          {...field('ownerId')}
        />
        <Radios legend="Unit" options={UNIT_OPTIONS} error={error('unit')} {...field('unit')} />
        <Radios legend="What is a rate per?" hint="Only for a rate." options={RATE_OPTIONS} error={error('ratePer')} {...field('ratePer')} />
        <TextInput
          label="Label of the second count (optional)"
          hint="Only for a count shown with a second count beside it, like “73 (52)”: what the second counts, such as “children”."
          autoComplete="off"
          error={error('secondaryLabel')}
          {...field('secondaryLabel')}
        />
        <TextInput
          label="Decimal places shown"
          hint="A whole number from 0 to 4. Figures are rated as shown, rounded to these places."
          className="max-w-[5rem]"
          inputMode="numeric"
          autoComplete="off"
          error={error('decimals')}
          {...field('decimals')}
        />
        <Radios legend="Which direction is better?" options={POLARITY_OPTIONS} error={error('polarity')} {...field('polarity')} />
        <Radios legend="How is it rated?" options={BASIS_OPTIONS} error={error('basis')} {...field('basis')} />
        <Select
          label="Month the annual figure arrives"
          hint="Only for a measure rated annually."
          options={MONTH_OPTIONS}
          error={error('annualMonth')}
          {...field('annualMonth')}
        />
        <TextInput
          label="Basis note (optional)"
          hint="How the pack labels the basis where the plain word would mislead, like “Dec – Feb 2020 Average”."
          autoComplete="off"
          error={error('basisNote')}
          {...field('basisNote')}
        />
        <TextInput label="Source" hint="Where the figures come from, like TfC or Partner." className="max-w-xs" autoComplete="off" error={error('source')} {...field('source')} />
        <TextArea
          label="Data-lag note (optional)"
          hint="When the figures lag, say how, for the pack’s readers."
          limit={500}
          length={length('dataLagNote')}
          error={error('dataLagNote')}
          {...field('dataLagNote')}
        />
        <TextArea
          label="Definition (optional)"
          hint="What is counted, and how."
          limit={2000}
          length={length('definition')}
          error={error('definition')}
          {...field('definition')}
        />
        <SubmitButton pending={pending}>{submit}</SubmitButton>
      </form>
    </>
  );
}
