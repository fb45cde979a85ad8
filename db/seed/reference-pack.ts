// Loads financial year 2020/21 from the reference pack. Idempotent: every row is keyed on its
// natural key (measure ref; measure + year; month; measure + month) and an existing row is left
// as it is, so a second run changes nothing and never overwrites what people have since entered.
// Figures go in the way people enter them: while their month is open (the database refuses any
// other way, see drizzle/0004); a month created here takes its reference-pack state afterwards.
// Before the packs are published, 2019/20 is loaded as imported history through the figures
// import itself (db/seed/history-2019.ts: ILLUSTRATIVE figures), so October's pack has last year.
import { and, eq, inArray } from 'drizzle-orm';
import { importFiguresInto } from '../../lib/commands/import-figures';
import { recordAuditEvent } from '../audit';
import type { Database, Transaction } from '../client';
import { annualTargets, benchmarkPoints, entries, measures, periods, type NewEntry, type NewPeriod, type PeriodState } from '../schema';
import { addMonths, firstDayOf, toMonthKey } from '../../lib/rating';
import { benchmarks2019 } from './benchmarks-2019';
import { measures2020 } from './measures-2020';
import { illustrativeAprilToSeptember, october2020 } from './figures-2020';
import { seedPublishedPacks } from './packs';
import { illustrativeHistoryCsv, MONTHS_2019 } from './history-2019';
import type { SeedFigure } from './figure-types';

export const FINANCIAL_YEAR = 2020;

/** April to November 2020. The committee saw packs for July and October; November is open. */
export const periods2020: NewPeriod[] = [
  ['2020-04-01', 'approved'],
  ['2020-05-01', 'approved'],
  ['2020-06-01', 'approved'],
  ['2020-07-01', 'published'],
  ['2020-08-01', 'approved'],
  ['2020-09-01', 'approved'],
  ['2020-10-01', 'published'],
  ['2020-11-01', 'open'],
].map(([month, state]) => ({
  month: month!,
  financialYear: FINANCIAL_YEAR,
  state: state as NewPeriod['state'],
  dueDate: dueDateFor(month!),
}));

/** Leads' figures are due on the 10th of the month after the one reported on. */
function dueDateFor(month: string): string {
  return `${addMonths(month, 1)}-10`;
}

function toEntry(measureId: number, periodId: number, figure: SeedFigure): NewEntry {
  return {
    measureId,
    periodId,
    value: figure.value,
    secondaryValue: figure.secondary ?? null,
    ytdValue: figure.ytd ?? null,
    ytdSecondaryValue: figure.ytdSecondary ?? null,
    availability: figure.availability ?? 'available',
    commentary: figure.commentary ?? null,
    improvementAction: figure.improvementAction ?? null,
    judgedRating: figure.judged?.rating ?? null,
    judgedJustification: figure.judged?.justification ?? null,
    status: 'submitted',
  };
}

export type SeedCounts = Record<'measures' | 'targets' | 'periods' | 'entries' | 'history' | 'benchmarks' | 'packs', number>;

export type SeedOptions = {
  /**
   * Runs after the figures are in and before the months created now leave `open`: the one moment
   * more figures can be added to them (the benchmark uses it to copy measures).
   */
  whileOpen?: (tx: Transaction) => Promise<void>;
};

export async function seedReferencePack(db: Database, options: SeedOptions = {}): Promise<SeedCounts> {
  return db.transaction(async (tx) => {
    const insertedMeasures = await tx
      .insert(measures)
      .values(
        measures2020.map(({ target: _target, toleranceEdge: _edge, ...measure }, index) => ({
          ...measure,
          displayOrder: (index + 1) * 10,
        })),
      )
      .onConflictDoNothing({ target: measures.ref })
      .returning({ id: measures.id });

    const refs = measures2020.map((m) => m.ref);
    const measureRows = await tx
      .select({ id: measures.id, ref: measures.ref })
      .from(measures)
      .where(inArray(measures.ref, refs));
    const measureId = new Map(measureRows.map((m) => [m.ref, m.id]));
    const idOf = (ref: string) => {
      const id = measureId.get(ref);
      if (id === undefined) throw new Error(`Seed: measure ${ref} is missing`);
      return id;
    };

    const insertedTargets = await tx
      .insert(annualTargets)
      .values(
        measures2020.map((m) => ({
          measureId: idOf(m.ref),
          financialYear: FINANCIAL_YEAR,
          target: m.target,
          toleranceEdge: m.toleranceEdge,
        })),
      )
      .onConflictDoNothing({ target: [annualTargets.measureId, annualTargets.financialYear] })
      .returning({ id: annualTargets.id });

    const insertedPeriods = await tx
      .insert(periods)
      .values(periods2020.map((period) => ({ ...period, state: 'open' as const })))
      .onConflictDoNothing({ target: periods.month })
      .returning({ id: periods.id, month: periods.month });
    // Figures only for months open now: those made above, or one a person has not moved on yet.
    const openPeriods = await tx
      .select({ id: periods.id, month: periods.month })
      .from(periods)
      .where(and(inArray(periods.month, periods2020.map((p) => p.month)), eq(periods.state, 'open')));
    const periodId = new Map(openPeriods.map((p) => [p.month, p.id]));
    // The months the reference pack gives figures for: April to September, then October.
    const months = ['2020-04-01', '2020-05-01', '2020-06-01', '2020-07-01', '2020-08-01', '2020-09-01', '2020-10-01'];

    const newEntries: NewEntry[] = [];
    for (const { ref } of measures2020) {
      const earlier = illustrativeAprilToSeptember[ref];
      const october = october2020[ref];
      if (!earlier || earlier.length !== months.length - 1 || !october) {
        throw new Error(`Seed: figures for ${ref} are incomplete`);
      }
      [...earlier, october].forEach((figure, i) => {
        const id = periodId.get(months[i]!);
        if (id !== undefined) newEntries.push(toEntry(idOf(ref), id, figure));
      });
    }
    const insertedEntries =
      newEntries.length === 0
        ? []
        : await tx
            .insert(entries)
            .values(newEntries)
            .onConflictDoNothing({ target: [entries.measureId, entries.periodId] })
            .returning({ id: entries.id });
    await options.whileOpen?.(tx);
    const history = await seedIllustrativeHistory(tx);

    // KPI2's benchmarks, before the packs are published, so their charts show them.
    const insertedBenchmarks = await tx
      .insert(benchmarkPoints)
      .values(benchmarks2019.map(({ ref, ...point }) => ({ measureId: idOf(ref), ...point })))
      .onConflictDoNothing({ target: [benchmarkPoints.measureId, benchmarkPoints.series, benchmarkPoints.periodEnd] })
      .returning({ id: benchmarkPoints.id });

    // Only the months made now take the reference pack's state: a later run leaves people's changes be.
    const stateOf = new Map(periods2020.map((p) => [p.month, p.state as PeriodState]));
    for (const { id, month } of insertedPeriods) {
      const state = stateOf.get(month)!;
      if (state !== 'open') await tx.update(periods).set({ state }).where(eq(periods.id, id));
    }
    // The months published now get the packs the committee saw, as snapshots.
    const insertedPacks = await seedPublishedPacks(
      tx,
      insertedPeriods.filter(({ month }) => stateOf.get(month) === 'published').map((p) => ({ ...p, financialYear: FINANCIAL_YEAR })),
    );

    const counts: SeedCounts = {
      measures: insertedMeasures.length,
      targets: insertedTargets.length,
      periods: insertedPeriods.length,
      entries: insertedEntries.length,
      history,
      benchmarks: insertedBenchmarks.length,
      packs: insertedPacks,
    };
    if (Object.values(counts).some((n) => n > 0)) {
      await recordAuditEvent(tx, {
        action: 'seed.reference_pack',
        subjectType: 'financial_year',
        subjectId: String(FINANCIAL_YEAR),
        after: counts,
        detail: { source: 'Together for Children performance report, October 2020' },
      });
    }
    return counts;
  });
}

/**
 * The illustrative 2019/20 (db/seed/history-2019.ts) for the months not held yet, imported as an
 * administrator would with `figures:import --history`, through the same checks and writer, in
 * the seed's transaction. A month already held is left as it is (an administrator may have
 * imported real figures over it). Answers how many entries were imported.
 */
async function seedIllustrativeHistory(tx: Transaction): Promise<number> {
  const held = await tx.select({ month: periods.month }).from(periods).where(inArray(periods.month, MONTHS_2019.map(firstDayOf)));
  const heldMonths = new Set(held.map((p) => toMonthKey(p.month)));
  const missing = MONTHS_2019.filter((month) => !heldMonths.has(month));
  if (missing.length === 0) return 0;
  const result = await importFiguresInto(tx, illustrativeHistoryCsv(missing), { actorId: null, submit: false, history: true });
  if (!result.ok) {
    const why = result.kind === 'invalid' ? Object.values(result.fieldErrors).join('\n') : result.message;
    throw new Error(`Seed: the illustrative 2019/20 history was refused:\n${why}`);
  }
  return result.value.created;
}
