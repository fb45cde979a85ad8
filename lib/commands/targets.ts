// Annual targets (admin only): set one measure's target for a financial year, and copy a year's
// targets forward to the next. A published pack is a snapshot with the targets it was published
// with, so a year's targets may change whatever state its months are in.
import { and, eq } from 'drizzle-orm';
import { recordAuditEvent } from '../../db/audit';
import { annualTargets, measures } from '../../db/schema';
import { compareDecimals, parseDecimal } from '../decimal';
import { financialYearLabel } from '../rating';
import { copyTargetsForwardSchema, describeTarget, setTargetSchema, targetSchemaFor, type TargetValues } from '../targets/target-schema';
import { defineCommand } from './define-command';
import { ok, parseInput, type CommandResult } from './result';

const sameFigure = (a: string | null, b: string | null) => {
  if (a === null || b === null) return a === b;
  const [x, y] = [parseDecimal(a), parseDecimal(b)];
  return x !== null && y !== null && compareDecimals(x, y) === 0;
};
const sameTarget = (a: TargetValues, b: TargetValues) => sameFigure(a.target, b.target) && sameFigure(a.toleranceEdge, b.toleranceEdge);

/** What was saved, and how the pack prints it. */
export type TargetSet = { ref: string; financialYear: number; changed: boolean; shown: { target: string; tolerance: string } } & TargetValues;

/** Creates or changes one measure's target row for the year, with its audit event (nothing when it is unchanged). */
export const setTarget = defineCommand({
  name: 'setTarget',
  schema: setTargetSchema,
  action: 'targets.manage',
  load: async (tx, { measureRef, financialYear }) => {
    const [measure] = await tx
      .select({ id: measures.id, ref: measures.ref, unit: measures.unit, ratePer: measures.ratePer, decimals: measures.decimals, polarity: measures.polarity })
      .from(measures)
      .where(eq(measures.ref, measureRef));
    if (!measure) return null;
    const [saved] = await tx
      .select({ target: annualTargets.target, toleranceEdge: annualTargets.toleranceEdge })
      .from(annualTargets)
      .where(and(eq(annualTargets.measureId, measure.id), eq(annualTargets.financialYear, financialYear)))
      .for('update');
    return { measure, saved: saved ?? null };
  },
  notFound: 'That measure could not be found. Go back to the list of targets and choose it again.',
  run: async (tx, { actor, input, loaded: { measure, saved } }): Promise<CommandResult<TargetSet>> => {
    const parsed = parseInput(targetSchemaFor(measure), input);
    if ('invalid' in parsed) return parsed.invalid;
    const after: TargetValues = { target: parsed.data.target, toleranceEdge: parsed.data.toleranceEdge };
    const { financialYear } = input;
    const result = { ref: measure.ref, financialYear, ...after, shown: describeTarget(after, measure) };
    if (saved && sameTarget(saved, after)) return ok({ ...result, changed: false });

    await tx
      .insert(annualTargets)
      .values({ measureId: measure.id, financialYear, ...after })
      .onConflictDoUpdate({ target: [annualTargets.measureId, annualTargets.financialYear], set: { ...after, updatedAt: new Date() } });
    await recordAuditEvent(tx, {
      action: 'target.set', actorId: actor.id, subjectType: 'measure', subjectId: measure.ref,
      before: saved, after, detail: { measureRef: measure.ref, financialYear: financialYearLabel(financialYear) },
    });
    return ok({ ...result, changed: true });
  },
});

export type TargetsCopied = { fromYear: number; toYear: number; copied: number; alreadySet: number };

/** Copies every active measure's target row of a year to the next where that has none; never overwrites. */
export const copyTargetsForward = defineCommand({
  name: 'copyTargetsForward',
  schema: copyTargetsForwardSchema,
  action: 'targets.manage',
  run: async (tx, { actor, input: { fromYear } }): Promise<CommandResult<TargetsCopied>> => {
    const toYear = fromYear + 1;
    const from = await tx
      .select({ measureId: annualTargets.measureId, ref: measures.ref, target: annualTargets.target, toleranceEdge: annualTargets.toleranceEdge })
      .from(annualTargets)
      .innerJoin(measures, eq(measures.id, annualTargets.measureId))
      .where(and(eq(annualTargets.financialYear, fromYear), eq(measures.active, true)));
    if (from.length === 0) {
      return { ok: false, kind: 'state', message: `No targets are set for ${financialYearLabel(fromYear)}, so there is nothing to copy.` };
    }
    // Rows someone else adds meanwhile are skipped by the unique key, not overwritten.
    const copied = await tx
      .insert(annualTargets)
      .values(from.map(({ measureId, target, toleranceEdge }) => ({ measureId, financialYear: toYear, target, toleranceEdge })))
      .onConflictDoNothing({ target: [annualTargets.measureId, annualTargets.financialYear] })
      .returning({ measureId: annualTargets.measureId });
    const result = { fromYear, toYear, copied: copied.length, alreadySet: from.length - copied.length };
    if (copied.length > 0) {
      const copiedIds = new Set(copied.map((c) => c.measureId));
      await recordAuditEvent(tx, {
        action: 'targets.copy_forward', actorId: actor.id, subjectType: 'financial_year', subjectId: String(toYear),
        detail: {
          from: financialYearLabel(fromYear),
          to: financialYearLabel(toYear),
          copied: copied.length,
          skipped: result.alreadySet,
          measures: from.filter((f) => copiedIds.has(f.measureId)).map((f) => f.ref),
        },
      });
    }
    return ok(result);
  },
});

/** "32 targets copied to 2021/22; 0 already set". */
export function describeCopy({ toYear, copied, alreadySet }: TargetsCopied): string {
  return `${copied} target${copied === 1 ? '' : 's'} copied to ${financialYearLabel(toYear)}; ${alreadySet} already set`;
}
