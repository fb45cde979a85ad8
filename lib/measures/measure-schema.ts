// The measure form's schema, for the browser (react-hook-form) and the measure commands alike.
// Every rule the database checks on a measure (db/schema.ts, `measures`) is asked here first, in a
// sentence that says what to do, so a form never reaches a constraint error: a rate and only a rate
// is "per 10,000" or "per 100,000"; only a count has a second count; 0 to 4 decimal places; an
// annual measure, and only an annual one, names the month its figure arrives.
import { z } from 'zod';
import { MEASURE_REF_PATTERN } from '../entries/entry-schema';
import { textField } from '../validation/text-field';

export const MEASURE_GROUPS = ['kpi', 'supporting'] as const;
export const UNITS = ['percent', 'rate', 'count'] as const;
export const RATES_PER = ['10000', '100000'] as const;
export const POLARITIES = ['higher', 'lower', 'none'] as const;
export const RATING_BASES = ['monthly', 'ytd', 'quarterly', 'annual', 'rolling3m'] as const;
export const MAX_DECIMALS = 4;

export const MEASURE_MESSAGES = {
  refMissing: 'Enter the measure’s reference, like KPI7 or SM27',
  refPattern: 'Enter a reference of 2 to 4 capital letters followed by 1 to 3 digits, like KPI7 or SM27',
  title: 'Enter the measure’s title',
  group: 'Choose whether the measure is a contractual KPI or a supporting measure',
  serviceArea: 'Enter the service area, like Early Help',
  owner: 'Choose the lead who owns the measure from the list, or “No owner”',
  unit: 'Choose the unit: a percentage, a rate or a count',
  ratePerMissing: 'Choose whether the rate is per 10,000 or per 100,000',
  ratePerNotRate: 'Only a rate is per 10,000 or per 100,000: choose “Not a rate”, or choose “Rate” as the unit',
  secondaryNotCount: 'Only a count can have a second count: delete the second count’s label, or choose “Count” as the unit',
  decimals: `Enter the number of decimal places shown, a whole number from 0 to ${MAX_DECIMALS}`,
  polarity: 'Choose whether higher or lower is better, or neither',
  basis: 'Choose how the measure is rated',
  annualMonthMissing: 'Choose the month in which the annual figure arrives',
  annualMonthNotAnnual: 'Only an annual measure names a month: choose “Not an annual measure”, or choose “Annually” as the rating basis',
  source: 'Enter where the figures come from, like TfC or Partner',
} as const;

const choice = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.enum(values, { error: message });

/** A choice that may be left blank ("" is "none"). */
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.union([z.enum(values), z.literal('')], { error: message }).optional().default('');

export const measureFields = z.object({
  ref: z
    .string({ error: MEASURE_MESSAGES.refMissing })
    .trim()
    .transform((value) => value.toUpperCase())
    .pipe(z.string().min(1, { error: MEASURE_MESSAGES.refMissing }).regex(MEASURE_REF_PATTERN, { error: MEASURE_MESSAGES.refPattern })),
  title: textField('Title', { max: 300, required: MEASURE_MESSAGES.title }),
  group: choice(MEASURE_GROUPS, MEASURE_MESSAGES.group),
  serviceArea: textField('Service area', { max: 120, required: MEASURE_MESSAGES.serviceArea }),
  ownerId: z.union([z.literal(''), z.uuid({ error: MEASURE_MESSAGES.owner })], { error: MEASURE_MESSAGES.owner }).optional().default(''),
  unit: choice(UNITS, MEASURE_MESSAGES.unit),
  ratePer: optionalChoice(RATES_PER, MEASURE_MESSAGES.ratePerMissing),
  secondaryLabel: textField('The second count’s label', { max: 60 }),
  decimals: z
    .string({ error: MEASURE_MESSAGES.decimals })
    .trim()
    .regex(new RegExp(`^[0-${MAX_DECIMALS}]$`), { error: MEASURE_MESSAGES.decimals })
    .transform(Number),
  polarity: choice(POLARITIES, MEASURE_MESSAGES.polarity),
  basis: choice(RATING_BASES, MEASURE_MESSAGES.basis),
  annualMonth: z
    .union([z.literal(''), z.string().regex(/^(?:[1-9]|1[0-2])$/, { error: MEASURE_MESSAGES.annualMonthMissing })], { error: MEASURE_MESSAGES.annualMonthMissing })
    .optional()
    .default(''),
  basisNote: textField('Basis note', { max: 120 }),
  source: textField('Source', { max: 60, required: MEASURE_MESSAGES.source }),
  dataLagNote: textField('Data-lag note', { max: 500 }),
  definition: textField('Definition', { max: 2000 }),
});

type MeasureFieldValues = z.output<typeof measureFields>;

const blank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * The rules between fields, as the database's checks have them. They run even when another field
 * has a problem (so every problem shows at once), reading only fields that are themselves valid.
 */
function crossFieldRules(values: MeasureFieldValues, issue: z.RefinementCtx) {
  const raw = values as Partial<Record<keyof MeasureFieldValues, unknown>>;
  const problem = (path: keyof MeasureFieldValues, message: string) => issue.addIssue({ code: 'custom', path: [path], message });
  const unit = (UNITS as readonly unknown[]).includes(raw.unit) ? raw.unit : null;
  const basis = (RATING_BASES as readonly unknown[]).includes(raw.basis) ? raw.basis : null;
  if (unit === 'rate' && blank(raw.ratePer)) problem('ratePer', MEASURE_MESSAGES.ratePerMissing);
  if (unit && unit !== 'rate' && !blank(raw.ratePer)) problem('ratePer', MEASURE_MESSAGES.ratePerNotRate);
  if (unit && unit !== 'count' && !blank(raw.secondaryLabel)) problem('secondaryLabel', MEASURE_MESSAGES.secondaryNotCount);
  if (basis === 'annual' && blank(raw.annualMonth)) problem('annualMonth', MEASURE_MESSAGES.annualMonthMissing);
  if (basis && basis !== 'annual' && !blank(raw.annualMonth)) problem('annualMonth', MEASURE_MESSAGES.annualMonthNotAnnual);
}

/** Run the rules between fields whatever else is wrong: GOV.UK lists every problem at once. */
const always = { when: () => true };

export const createMeasureSchema = measureFields.superRefine(crossFieldRules, always);

export const updateMeasureSchema = measureFields
  .extend({
    measureId: z.coerce.number().int().positive(),
    // The measure's updatedAt (milliseconds) when the form was drawn: a save over someone else's is refused.
    version: z.coerce.number().int().min(0),
  })
  .superRefine(crossFieldRules, always);

export const measureIdSchema = z.object({ measureId: z.coerce.number().int().positive() });

/** Deactivating asks the administrator to confirm, in a box they tick. */
export const deactivateMeasureSchema = measureIdSchema.extend({
  confirm: z.literal('yes', { error: 'Tick the box to confirm that the measure should be deactivated' }),
});

export const moveMeasureSchema = measureIdSchema.extend({
  direction: z.enum(['up', 'down'], { error: 'Choose whether to move the measure up or down' }),
});

export type MeasureFormValues = z.input<typeof measureFields>;
export type MeasureFieldName = keyof MeasureFormValues;

/** The columns a measure's form sets, as the database stores them. */
export function measureToStore(values: MeasureFieldValues) {
  const orNull = (value: string) => (value === '' ? null : value);
  return {
    ref: values.ref,
    title: values.title,
    group: values.group,
    serviceArea: values.serviceArea,
    ownerId: orNull(values.ownerId),
    unit: values.unit,
    ratePer: values.unit === 'rate' && values.ratePer !== '' ? Number(values.ratePer) : null,
    secondaryLabel: values.unit === 'count' ? orNull(values.secondaryLabel) : null,
    decimals: values.decimals,
    polarity: values.polarity,
    basis: values.basis,
    annualMonth: values.basis === 'annual' && values.annualMonth !== '' ? Number(values.annualMonth) : null,
    basisNote: orNull(values.basisNote),
    source: values.source,
    dataLagNote: orNull(values.dataLagNote),
    definition: orNull(values.definition),
  };
}

export type StoredMeasureFields = ReturnType<typeof measureToStore>;

/** A stored measure as the form's starting values. */
export function measureToForm(measure: StoredMeasureFields): MeasureFormValues {
  return {
    ref: measure.ref,
    title: measure.title,
    group: measure.group,
    serviceArea: measure.serviceArea,
    ownerId: measure.ownerId ?? '',
    unit: measure.unit,
    ratePer: measure.ratePer === null ? '' : (String(measure.ratePer) as (typeof RATES_PER)[number]),
    secondaryLabel: measure.secondaryLabel ?? '',
    decimals: String(measure.decimals),
    polarity: measure.polarity,
    basis: measure.basis,
    annualMonth: measure.annualMonth === null ? '' : String(measure.annualMonth),
    basisNote: measure.basisNote ?? '',
    source: measure.source,
    dataLagNote: measure.dataLagNote ?? '',
    definition: measure.definition ?? '',
  };
}
