// A measure's target for one financial year: rated against a target with its tolerance edge, or
// monitoring only. One schema for the form in the browser and the command on the server, made per
// measure, because what is valid depends on its unit, decimals and polarity. Figures are read as
// the entry form reads them (lib/entries/figure.ts) and compared as exact decimals.
import { z } from 'zod';
import { compareDecimals, parseDecimal } from '../decimal';
import { MEASURE_REF_PATTERN } from '../entries/entry-schema';
import { readFigure, type FigureRules } from '../entries/figure';
import { financialYearLabel, formatThreshold, formatTolerance, type Polarity } from '../rating';

export const TARGET_KINDS = ['target', 'monitoring'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** What the schema needs to know about the measure. */
export type TargetMeasure = FigureRules & { ref: string; polarity: Polarity };

/** The years a target may be set for: 2000/01 to 2098/99. */
export const FIRST_TARGET_YEAR = 2000;
export const LAST_TARGET_YEAR = 2098;

export const financialYearField = z
  .union([z.string(), z.number()], { error: 'Choose a financial year' })
  .transform((value) => String(value).trim())
  .pipe(z.string().regex(/^\d{4}$/, { error: 'Choose a financial year' }))
  .transform(Number)
  .pipe(
    z
      .number()
      .min(FIRST_TARGET_YEAR, { error: `Choose a financial year from ${financialYearLabel(FIRST_TARGET_YEAR)} to ${financialYearLabel(LAST_TARGET_YEAR)}` })
      .max(LAST_TARGET_YEAR, { error: `Choose a financial year from ${financialYearLabel(FIRST_TARGET_YEAR)} to ${financialYearLabel(LAST_TARGET_YEAR)}` }),
  );

/**
 * Which measure and year a target is set for. The command parses this first; the target's own
 * fields, kept alongside, are read with the measure's schema once the measure is loaded.
 */
export const setTargetSchema = z.looseObject({
  measureRef: z.string({ error: 'Choose a measure' }).trim().regex(MEASURE_REF_PATTERN, { error: 'Choose a measure' }),
  financialYear: financialYearField,
});

/** Copying a year's targets to the next. */
export const copyTargetsForwardSchema = z.object({ fromYear: financialYearField });

/** The fields as the form holds them. */
export const targetFields = z.object({
  kind: z.enum(TARGET_KINDS).optional(),
  target: z.string().optional().default(''),
  toleranceEdge: z.string().optional().default(''),
});
export type TargetFormValues = z.input<typeof targetFields>;

/** What is stored: both null for monitoring only. */
export type TargetValues = { target: string | null; toleranceEdge: string | null };

/** How exactly a tolerance edge may be written: one place finer than the measure shows ("402.9" for a whole-number rate). */
export const edgeRules = (measure: TargetMeasure): FigureRules => ({ ...measure, decimals: measure.decimals + 1 });

const POLARITY_WORDS = { higher: 'higher is better', lower: 'lower is better' } as const;

/** The sentence for an edge on the wrong side of the target (or on it). */
export function wrongSideMessage(polarity: 'higher' | 'lower'): string {
  return `For a measure where ${POLARITY_WORDS[polarity]}, the tolerance edge must be ${polarity === 'lower' ? 'above' : 'below'} the target`;
}

/** The hints above the two fields: the unit, how exact, and which side the edge goes. */
export function targetHints(measure: TargetMeasure): { target: string; toleranceEdge: string } {
  const unit = measure.unit === 'percent' ? 'A percentage between 0 and 100' : measure.unit === 'rate' ? `A rate per ${(measure.ratePer ?? 10000).toLocaleString('en-GB')}` : 'A count';
  const places = (n: number) => (n === 0 ? 'a whole number' : `up to ${n} decimal place${n === 1 ? '' : 's'}`);
  const side =
    measure.polarity === 'lower'
      ? 'Lower is better: the edge is above the target, and a figure above the edge is Red'
      : 'Higher is better: the edge is below the target, and a figure below the edge is Red';
  return {
    target: `${unit}, ${places(measure.decimals)}. A figure that meets it is Green.`,
    toleranceEdge: `${unit}, ${places(measure.decimals + 1)}. ${side}; between the target and the edge is Amber.`,
  };
}

/** The target and edge as stored, if the form's values are valid for the measure; null otherwise. */
export function readTargetValues(values: Partial<TargetFormValues>, measure: TargetMeasure): TargetValues | null {
  const parsed = targetSchemaFor(measure).safeParse(values);
  return parsed.success ? { target: parsed.data.target, toleranceEdge: parsed.data.toleranceEdge } : null;
}

/** The band as the pack prints it, or what it says instead. */
export function describeTarget(values: TargetValues, measure: Pick<TargetMeasure, 'unit' | 'polarity'>): { target: string; tolerance: string } {
  if (values.target === null) return { target: 'Monitoring only', tolerance: 'None' };
  return {
    target: formatThreshold(values.target, measure.unit) ?? values.target,
    tolerance: formatTolerance({ target: values.target, tolerance: values.toleranceEdge, polarity: measure.polarity, unit: measure.unit }) ?? 'None',
  };
}

export function targetSchemaFor(measure: TargetMeasure) {
  return targetFields
    .superRefine((values, issue) => {
      const problem = (path: keyof TargetFormValues, message: string) => issue.addIssue({ code: 'custom', path: [path], message });
      if (values.kind === undefined) {
        problem('kind', `Choose whether ${measure.ref} is rated against a target or is for monitoring only`);
        return;
      }
      // Monitoring only: the figures, hidden with their option, are not read at all.
      if (values.kind === 'monitoring') return;
      if (measure.polarity === 'none') {
        problem('kind', `${measure.ref} has neither higher nor lower set as better, so it can only be monitored: choose “Monitoring only”, or change the measure first`);
        return;
      }
      const target = readFigure(values.target, measure, 'target');
      const edge = readFigure(values.toleranceEdge, edgeRules(measure), 'tolerance edge');
      if (!target.ok) problem('target', target.error);
      else if (target.value === null) {
        problem('target', edge.ok && edge.value !== null ? 'Enter the target: a tolerance edge needs a target to measure from' : 'Enter the target');
      }
      if (!edge.ok) problem('toleranceEdge', edge.error);
      else if (edge.value === null) problem('toleranceEdge', 'Enter the tolerance edge: the figure beyond which the measure is Red');
      else if (target.ok && target.value !== null) {
        const versus = compareDecimals(parseDecimal(edge.value)!, parseDecimal(target.value)!);
        if (versus === 0 || versus === (measure.polarity === 'higher' ? 1 : -1)) problem('toleranceEdge', wrongSideMessage(measure.polarity));
      }
    })
    .transform((values): TargetValues & { kind: TargetKind } => {
      if (values.kind !== 'target') return { kind: 'monitoring', target: null, toleranceEdge: null };
      const target = readFigure(values.target, measure, 'target');
      const edge = readFigure(values.toleranceEdge, edgeRules(measure), 'tolerance edge');
      return { kind: 'target', target: target.ok ? target.value : null, toleranceEdge: edge.ok ? edge.value : null };
    });
}
