// The entry form's schema: one for the browser (react-hook-form) and the server action alike.
// It is made for one measure in one month, because what is valid depends on the measure's unit
// and decimals, and on the rating the figures give: Amber or Red needs commentary and an
// improvement action before it can be submitted.
import { z } from 'zod';
import {
  judgementAllowed,
  monthLabel,
  needsCommentary,
  ratingLabel,
  rateEntry,
  type EntryFigures,
  type EntryRating,
  type MeasureRules,
  type TargetRules,
} from '../rating';
import { forbiddenCharacterMessage, normaliseNewLines } from '../validation/text-rules';
import { figureNoun, figureOrNull, readFigure, type FigureRules } from './figure';

export const COMMENTARY_LIMIT = 2000;
/** A measure's reference ("KPI4", "SM26"), as it appears in addresses. */
export const MEASURE_REF_PATTERN = /^[A-Z]{2,4}\d{1,3}$/;
/** The month pattern lives with the other month helpers; exported here too for older imports. */
export { MONTH_PATTERN } from '../rating/months';
export const AVAILABILITY = ['available', 'not_available', 'not_applicable', 'not_due'] as const;
export const JUDGED_RATINGS = ['green', 'amber', 'red', 'blue'] as const;

export type EntryContext = {
  measure: MeasureRules & FigureRules & { secondaryLabel: string | null };
  target: TargetRules;
  /** "2020-11" */
  month: string;
  /** The measure's other entries, for year-to-date, quarterly and rolling ratings. */
  earlier: readonly EntryFigures[];
};

const text = z.string().optional().default('');
const limited = (label: string) =>
  text
    .transform(normaliseNewLines)
    .superRefine((value, issue) => {
      const refused = forbiddenCharacterMessage(label, value);
      if (refused) issue.addIssue({ code: 'custom', message: refused });
      else if (value.length > COMMENTARY_LIMIT) {
        issue.addIssue({ code: 'custom', message: `${label} must be ${COMMENTARY_LIMIT.toLocaleString('en-GB')} characters or fewer` });
      }
    });

export const entryFields = z.object({
  // Withdraw: a submitted entry back to a draft, said in so many words (a draft save over a
  // submitted entry is refused: lib/commands/entries.ts).
  intent: z.enum(['draft', 'submit', 'withdraw']).default('draft'),
  version: z.coerce.number().int().min(0).default(0),
  value: text,
  secondaryValue: text,
  ytdValue: text,
  ytdSecondaryValue: text,
  availability: z.enum(AVAILABILITY, { error: 'Choose whether the figure is available' }).default('available'),
  commentary: limited('Commentary'),
  improvementAction: limited('Improvement action'),
  judgedRating: z.union([z.enum(JUDGED_RATINGS), z.literal('')]).optional().default(''),
  judgedJustification: limited('Justification'),
});

export type EntryFormValues = z.input<typeof entryFields>;
export type EntryFieldName = keyof EntryFormValues;

/** The figures as the rating layer sees them, from what was typed (unreadable figures count as none). */
export function figuresFromForm(values: Partial<EntryFormValues>, context: EntryContext): EntryFigures {
  const read = (field: unknown) => figureOrNull(field, context.measure);
  const judged = values.judgedRating || null;
  return {
    month: context.month,
    value: read(values.value),
    ytdValue: read(values.ytdValue),
    availability: values.availability ?? 'available',
    judgedRating: judged,
    judgedJustification: judged ? (values.judgedJustification ?? '').trim() || null : null,
  };
}

/**
 * The figure fields the rating reads whose text cannot be read as a figure yet ("abc", "101",
 * "12.345"): until they can, the form rates nothing rather than calling them missing.
 */
export function unreadableRatedFields(values: Partial<EntryFormValues>, context: EntryContext): ('value' | 'ytdValue')[] {
  if ((values.availability ?? 'available') !== 'available') return [];
  const fields: ('value' | 'ytdValue')[] = context.measure.basis === 'ytd' ? ['ytdValue'] : ['value'];
  return fields.filter((field) => !readFigure(values[field], context.measure).ok);
}

/** The rating the form's figures give, with its reason: what the lead sees as they type. */
export function rateForm(values: Partial<EntryFormValues>, context: EntryContext): EntryRating {
  const entry = figuresFromForm(values, context);
  return rateEntry({ measure: context.measure, target: context.target, month: context.month, entry, earlier: context.earlier });
}

export function entrySchema(context: EntryContext) {
  const month = monthLabel(context.month);
  const secondary = context.measure.secondaryLabel;

  return entryFields.superRefine((values, issue) => {
    const problem = (path: EntryFieldName, message: string) => issue.addIssue({ code: 'custom', path: [path], message });
    const submitting = values.intent === 'submit';
    const available = values.availability === 'available';

    const noun = figureNoun(context.measure);
    const figures: [EntryFieldName, string][] = [
      ['value', noun],
      ['secondaryValue', `number of ${secondary ?? 'the second count'}`],
      ['ytdValue', `year-to-date ${noun}`],
      ['ytdSecondaryValue', `year-to-date number of ${secondary ?? 'the second count'}`],
    ];
    for (const [field, label] of figures) {
      const result = readFigure(values[field], context.measure, label);
      if (!result.ok) problem(field, result.error);
    }

    if (!available && values.value.trim() !== '') {
      problem('value', `Delete the value, or choose “Available”: a figure that is not available has no value`);
    }
    if (submitting && available) {
      if (values.value.trim() === '') problem('value', `Enter the value for ${month}, or say why there is none`);
      if (secondary && values.value.trim() !== '' && values.secondaryValue.trim() === '') {
        problem('secondaryValue', `Enter the number of ${secondary}`);
      }
      if (context.measure.basis === 'ytd' && values.ytdValue.trim() === '') {
        problem('ytdValue', 'Enter the year-to-date value: this measure is rated on it');
      }
    }

    const judged = values.judgedRating;
    const justification = values.judgedJustification.trim();
    if (judged) {
      const withoutJudgement = { ...figuresFromForm(values, context), judgedRating: null, judgedJustification: null };
      if (!judgementAllowed({ measure: context.measure, target: context.target, month: context.month, entry: withoutJudgement, earlier: context.earlier })) {
        problem('judgedRating', 'A judged rating can only stand where the figures give Blue or no rating: choose “No judgement”');
      } else if (!justification) {
        problem('judgedJustification', `Explain why you judge it ${ratingLabel(judged)}`);
      }
    } else if (justification) {
      problem('judgedRating', 'Choose a judged rating, or delete the justification');
    }

    if (submitting) {
      const { rating } = rateForm(values, context);
      if (needsCommentary(rating)) {
        const label = ratingLabel(rating);
        if (!values.commentary.trim()) problem('commentary', `Enter commentary: ${month} is rated ${label}, so say why`);
        if (!values.improvementAction.trim()) {
          problem('improvementAction', `Enter an improvement action: ${month} is rated ${label}, so say what will be done`);
        }
      }
    }
  });
}

/** What the server stores, from valid form values. */
export function entryToStore(values: z.output<typeof entryFields>, context: EntryContext) {
  const read = (field: string) => figureOrNull(field, context.measure);
  const trimmed = (value: string) => value.trim() || null;
  return {
    value: values.availability === 'available' ? read(values.value) : null,
    secondaryValue: context.measure.secondaryLabel ? read(values.secondaryValue) : null,
    ytdValue: read(values.ytdValue),
    ytdSecondaryValue: context.measure.secondaryLabel ? read(values.ytdSecondaryValue) : null,
    availability: values.availability,
    commentary: trimmed(values.commentary),
    improvementAction: trimmed(values.improvementAction),
    judgedRating: values.judgedRating || null,
    judgedJustification: values.judgedRating ? trimmed(values.judgedJustification) : null,
  };
}
