// Benchmark points (admin only, product.md "Benchmark point"): add, change or remove one point of a
// measure, or import a file of points for any measures. A point is known by its measure, series and
// the last day it covers; a second point with the same three is refused with a sentence that says
// which one to change. Every change writes its audit event, with before and after, in the same
// transaction. A published pack keeps the benchmarks it was published with (its snapshot).
import { and, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAuditEvent, type AuditEventInput } from '../../db/audit';
import type { Transaction } from '../../db/client';
import { countPointChanges, planBenchmarksImport, type BenchmarkImportCounts } from '../../db/queries/benchmarks';
import { auditEvents, benchmarkPoints, measures } from '../../db/schema';
import {
  addBenchmarkPointSchema,
  benchmarkPointSchemaFor,
  changeBenchmarkPointSchema,
  duplicatePointMessage,
  PERIOD_END_FIELDS,
  removeBenchmarkPointSchema,
  type BenchmarkPointValues,
} from '../benchmarks/benchmark-schema';
import { compareDecimals, parseDecimal } from '../decimal';
import { problemText } from '../import/csv';
import type { PlannedPoint } from '../import/check-benchmark-rows';
import { FILE_TOO_LARGE, IMPORT_LIMIT_BYTES } from '../import/file-limit';
import { defineCommand } from './define-command';
import { ok, parseInput, type CommandResult } from './result';

const NOT_FOUND_MEASURE = 'That measure could not be found. Go back to the list of measures and choose it again.';
const NOT_FOUND_POINT = 'That benchmark point could not be found: someone may have removed it. Go back to the measure’s benchmarks.';

/** What the audit event records of a point. */
const pointValues = (p: BenchmarkPointValues) => ({ series: p.series, periodLabel: p.periodLabel, periodEnd: p.periodEnd, value: p.value });

async function loadMeasure(tx: Transaction, ref: string) {
  const [measure] = await tx
    .select({ id: measures.id, ref: measures.ref, unit: measures.unit, ratePer: measures.ratePer, decimals: measures.decimals })
    .from(measures)
    .where(eq(measures.ref, ref));
  return measure ?? null;
}

/** Another point of the measure with this series and period end, if there is one (not `exceptId`). */
async function pointAt(tx: Transaction, measureId: number, { series, periodEnd }: BenchmarkPointValues, exceptId?: number) {
  const [found] = await tx
    .select({ id: benchmarkPoints.id })
    .from(benchmarkPoints)
    .where(
      and(
        eq(benchmarkPoints.measureId, measureId),
        eq(benchmarkPoints.series, series),
        eq(benchmarkPoints.periodEnd, periodEnd),
        exceptId === undefined ? undefined : ne(benchmarkPoints.id, exceptId),
      ),
    );
  return found ?? null;
}

const duplicate = (ref: string, point: BenchmarkPointValues): CommandResult<never> => ({
  ok: false,
  kind: 'invalid',
  fieldErrors: { [PERIOD_END_FIELDS.day]: duplicatePointMessage(ref, point.series, point.periodEnd) },
});

export type SavedPoint = { ref: string; changed: boolean } & BenchmarkPointValues;

export const addBenchmarkPoint = defineCommand({
  name: 'addBenchmarkPoint',
  schema: addBenchmarkPointSchema,
  action: 'benchmarks.manage',
  load: (tx, { measureRef }) => loadMeasure(tx, measureRef),
  notFound: NOT_FOUND_MEASURE,
  run: async (tx, { actor, input, loaded: measure }): Promise<CommandResult<SavedPoint>> => {
    const parsed = parseInput(benchmarkPointSchemaFor(measure), input);
    if ('invalid' in parsed) return parsed.invalid;
    const point = parsed.data;
    if (await pointAt(tx, measure.id, point)) return duplicate(measure.ref, point);
    // Someone adding the same point meanwhile is stopped by the unique key: the same sentence.
    const [inserted] = await tx
      .insert(benchmarkPoints)
      .values({ measureId: measure.id, ...point })
      .onConflictDoNothing({ target: [benchmarkPoints.measureId, benchmarkPoints.series, benchmarkPoints.periodEnd] })
      .returning({ id: benchmarkPoints.id });
    if (!inserted) return duplicate(measure.ref, point);
    await recordAuditEvent(tx, {
      action: 'benchmark.add', actorId: actor.id, subjectType: 'benchmark_point', subjectId: String(inserted.id),
      before: null, after: pointValues(point), detail: { measureRef: measure.ref },
    });
    return ok({ ref: measure.ref, changed: true, ...point });
  },
});

/** The point being changed or removed, locked, with its measure: only a point of the measure named. */
async function loadPoint(tx: Transaction, measureRef: string, pointId: number) {
  const measure = await loadMeasure(tx, measureRef);
  if (!measure) return null;
  const [point] = await tx
    .select({ id: benchmarkPoints.id, series: benchmarkPoints.series, periodLabel: benchmarkPoints.periodLabel, periodEnd: benchmarkPoints.periodEnd, value: benchmarkPoints.value })
    .from(benchmarkPoints)
    .where(and(eq(benchmarkPoints.id, pointId), eq(benchmarkPoints.measureId, measure.id)))
    .for('update');
  return point ? { measure, point } : null;
}

const samePoint = (a: BenchmarkPointValues, b: BenchmarkPointValues) =>
  a.series === b.series && a.periodLabel === b.periodLabel && a.periodEnd === b.periodEnd && compareDecimals(parseDecimal(a.value)!, parseDecimal(b.value)!) === 0;

export const changeBenchmarkPoint = defineCommand({
  name: 'changeBenchmarkPoint',
  schema: changeBenchmarkPointSchema,
  action: 'benchmarks.manage',
  load: (tx, { measureRef, pointId }) => loadPoint(tx, measureRef, pointId),
  notFound: NOT_FOUND_POINT,
  run: async (tx, { actor, input, loaded: { measure, point: before } }): Promise<CommandResult<SavedPoint>> => {
    const parsed = parseInput(benchmarkPointSchemaFor(measure), input);
    if ('invalid' in parsed) return parsed.invalid;
    const after = parsed.data;
    if (samePoint(before, after)) return ok({ ref: measure.ref, changed: false, ...after });
    if (await pointAt(tx, measure.id, after, before.id)) return duplicate(measure.ref, after);
    await tx.update(benchmarkPoints).set({ ...after, updatedAt: new Date() }).where(eq(benchmarkPoints.id, before.id));
    await recordAuditEvent(tx, {
      action: 'benchmark.change', actorId: actor.id, subjectType: 'benchmark_point', subjectId: String(before.id),
      before: pointValues(before), after: pointValues(after), detail: { measureRef: measure.ref },
    });
    return ok({ ref: measure.ref, changed: true, ...after });
  },
});

export const removeBenchmarkPoint = defineCommand({
  name: 'removeBenchmarkPoint',
  schema: removeBenchmarkPointSchema,
  action: 'benchmarks.manage',
  load: (tx, { measureRef, pointId }) => loadPoint(tx, measureRef, pointId),
  notFound: NOT_FOUND_POINT,
  run: async (tx, { actor, loaded: { measure, point } }): Promise<CommandResult<SavedPoint>> => {
    await tx.delete(benchmarkPoints).where(eq(benchmarkPoints.id, point.id));
    await recordAuditEvent(tx, {
      action: 'benchmark.remove', actorId: actor.id, subjectType: 'benchmark_point', subjectId: String(point.id),
      before: pointValues(point), after: null, detail: { measureRef: measure.ref },
    });
    return ok({ ref: measure.ref, changed: true, ...point });
  },
});

export const importBenchmarksSchema = z.object({
  csv: z
    .string({ error: 'Choose a CSV file of benchmark points' })
    .refine((text) => text.trim() !== '', { error: 'Choose a CSV file of benchmark points' })
    .refine((text) => Buffer.byteLength(text, 'utf8') <= IMPORT_LIMIT_BYTES, { error: FILE_TOO_LARGE }),
});

/** Rows per statement. */
const BATCH = 500;

/** Writes a batch of new and changed points (insert … on conflict do update) with one audit event each. */
async function writeBatch(tx: Transaction, batch: readonly PlannedPoint[], actorId: string): Promise<void> {
  const written = await tx
    .insert(benchmarkPoints)
    .values(batch.map((row) => ({ measureId: row.measureId, series: row.series, periodLabel: row.periodLabel, periodEnd: row.periodEnd, value: row.value })))
    .onConflictDoUpdate({
      target: [benchmarkPoints.measureId, benchmarkPoints.series, benchmarkPoints.periodEnd],
      set: { periodLabel: sql`excluded.period_label`, value: sql`excluded.value`, updatedAt: sql`now()` },
    })
    .returning({ id: benchmarkPoints.id, measureId: benchmarkPoints.measureId, series: benchmarkPoints.series, periodEnd: benchmarkPoints.periodEnd });
  const idOf = new Map(written.map((w) => [`${w.measureId}|${w.series}|${w.periodEnd}`, w.id]));
  await tx.insert(auditEvents).values(
    batch.map((row): AuditEventInput => ({
      action: 'benchmark.import',
      actorId,
      subjectType: 'benchmark_point',
      subjectId: String(idOf.get(`${row.measureId}|${row.series}|${row.periodEnd}`) ?? ''),
      before: row.before ? pointValues(row.before) : null,
      after: pointValues(row),
      detail: { measureRef: row.ref, line: row.line },
    })),
  );
}

export const importBenchmarks = defineCommand({
  name: 'importBenchmarks',
  schema: importBenchmarksSchema,
  action: 'benchmarks.manage',
  run: async (tx, { actor, input }): Promise<CommandResult<BenchmarkImportCounts>> => {
    const plan = await planBenchmarksImport(tx, input.csv, true);
    if (plan.problems.length > 0) return { ok: false, kind: 'invalid', fieldErrors: { csv: plan.problems.map(problemText).join('\n') } };
    const changing = plan.rows.filter((row) => row.change !== 'unchanged');
    for (let start = 0; start < changing.length; start += BATCH) await writeBatch(tx, changing.slice(start, start + BATCH), actor.id);
    const counts = countPointChanges(plan.rows);
    await recordAuditEvent(tx, {
      action: 'benchmarks.import', actorId: actor.id, subjectType: 'benchmarks_import', subjectId: null,
      detail: { ...counts, measures: [...new Set(plan.rows.map((r) => r.ref))] },
    });
    return ok(counts);
  },
});

/** "Imported 12 benchmark points: 10 new, 1 changed, 1 unchanged." */
export function describeBenchmarkImport({ rows, created, updated, unchanged }: BenchmarkImportCounts): string {
  const n = (x: number) => x.toLocaleString('en-GB');
  return `Imported ${n(rows)} benchmark ${rows === 1 ? 'point' : 'points'}: ${n(created)} new, ${n(updated)} changed, ${n(unchanged)} unchanged.`;
}
