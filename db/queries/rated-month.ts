// A rated month: every measure of one month with its settings, the year's target, the month's
// entry, the measure's history over the rating window, its rating with the reason, and its
// direction of travel. The catalogue, "Your measures", the benchmark and the reference test read a
// month from here, and so will review, the published pack, exports and dashboards. Two queries
// however many measures.
import { aliasedTable, and, asc, eq, gte, lte } from 'drizzle-orm';
import { can, type Actor, type MeasureScope } from '../../lib/auth/policy';
import { groupBy } from '../../lib/group-by';
import {
  directionsOfTravel,
  firstDayOf,
  rateMeasureForMonth,
  ratingWindow,
} from '../../lib/rating';
import type { Queryable } from '../client';
import { annualTargets, entries, measures, periods, users } from '../schema';
import { latestNote } from './review-notes';

/** Which measures, and which months' figures, a rated month holds. */
export type RatedMonthScope = {
  /** One owner's measures only; every measure when absent or null. */
  ownerId?: string | null;
  /** Figures of published months only: for people who may not see drafts. */
  publishedOnly?: boolean;
  /** Retired (inactive) measures too: for history, such as a pack of a month they were active. */
  includeRetired?: boolean;
};

/** The period being rated: its id and its month's first day ("2020-10-01"). */
export type RatedPeriod = { id: number; month: string };

/** A measure's owner, joined by the queries that name them. */
export const owner = aliasedTable(users, 'owner');
/** Who last saved an entry, joined by the queries that name them. */
export const updatedBy = aliasedTable(users, 'updated_by');

/** A measure's settings as every page that rates or shows it reads them (with its owner joined as `owner`). */
export const measureColumns = {
  id: measures.id,
  ref: measures.ref,
  title: measures.title,
  group: measures.group,
  serviceArea: measures.serviceArea,
  unit: measures.unit,
  ratePer: measures.ratePer,
  secondaryLabel: measures.secondaryLabel,
  decimals: measures.decimals,
  polarity: measures.polarity,
  basis: measures.basis,
  annualMonth: measures.annualMonth,
  basisNote: measures.basisNote,
  source: measures.source,
  dataLagNote: measures.dataLagNote,
  ownerId: measures.ownerId,
  ownerName: owner.name,
  active: measures.active,
  displayOrder: measures.displayOrder,
};

/** An entry's figures, words and status, and who last saved it (joined as `updatedBy`). */
export const entryFigureColumns = {
  value: entries.value,
  secondaryValue: entries.secondaryValue,
  ytdValue: entries.ytdValue,
  ytdSecondaryValue: entries.ytdSecondaryValue,
  availability: entries.availability,
  commentary: entries.commentary,
  improvementAction: entries.improvementAction,
  judgedRating: entries.judgedRating,
  judgedJustification: entries.judgedJustification,
  status: entries.status,
  updatedByName: updatedBy.name,
  updatedAt: entries.updatedAt,
};

const entryColumns = {
  id: entries.id,
  ...entryFigureColumns,
  version: entries.version,
  returnNote: latestNote(entries.id),
};

const historyColumns = {
  measureId: entries.measureId,
  month: periods.month,
  value: entries.value,
  secondaryValue: entries.secondaryValue,
  ytdValue: entries.ytdValue,
  ytdSecondaryValue: entries.ytdSecondaryValue,
  availability: entries.availability,
  judgedRating: entries.judgedRating,
  judgedJustification: entries.judgedJustification,
  status: entries.status,
};

/**
 * A left-joined entry comes back as an object of nulls when there is none; when there is one, its
 * not-null columns are set.
 */
function entryOrNull<E extends { id: number | null; availability: A | null; status: S | null; version: number | null; updatedAt: Date | null }, A, S>(
  entry: E,
) {
  const { id, availability, status, version, updatedAt } = entry;
  if (id === null || availability === null || status === null || version === null || updatedAt === null) return null;
  return { ...entry, id, availability, status, version, updatedAt };
}

function inScope(scope: RatedMonthScope) {
  return and(
    scope.includeRetired ? undefined : eq(measures.active, true),
    scope.ownerId ? eq(measures.ownerId, scope.ownerId) : undefined,
  );
}

/**
 * Every measure of the month in the scope, in display order, with its figures and rating. The
 * history runs over lib/rating's `ratingWindow` up to and including the month; with
 * `publishedOnly`, months that are not published give no entry and no history.
 */
export async function loadRatedMonth(db: Queryable, period: RatedPeriod, scope: RatedMonthScope = {}) {
  const window = ratingWindow(period.month);
  // The period is joined (one row), so its state and year are read with the measures, not trusted
  // from the caller.
  const rows = await db
    .select({
      measure: measureColumns,
      target: annualTargets.target,
      toleranceEdge: annualTargets.toleranceEdge,
      entry: entryColumns,
    })
    .from(measures)
    .innerJoin(periods, eq(periods.id, period.id))
    .leftJoin(owner, eq(owner.id, measures.ownerId))
    .leftJoin(
      annualTargets,
      and(eq(annualTargets.measureId, measures.id), eq(annualTargets.financialYear, periods.financialYear)),
    )
    .leftJoin(
      entries,
      and(
        eq(entries.measureId, measures.id),
        eq(entries.periodId, periods.id),
        scope.publishedOnly ? eq(periods.state, 'published') : undefined,
      ),
    )
    .leftJoin(updatedBy, eq(updatedBy.id, entries.updatedById))
    .where(inScope(scope))
    .orderBy(asc(measures.displayOrder), asc(measures.ref));

  const history = await db
    .select(historyColumns)
    .from(entries)
    .innerJoin(periods, eq(periods.id, entries.periodId))
    .innerJoin(measures, eq(measures.id, entries.measureId))
    .where(
      and(
        inScope(scope),
        gte(periods.month, firstDayOf(window.from)),
        lte(periods.month, firstDayOf(window.through)),
        scope.publishedOnly ? eq(periods.state, 'published') : undefined,
      ),
    )
    .orderBy(asc(periods.month));
  const historyByMeasure = groupBy(history, (h) => h.measureId);

  return rows.map(({ measure, target, toleranceEdge, entry }) => {
    const measureHistory = historyByMeasure.get(measure.id) ?? [];
    const targetRules = { target, toleranceEdge };
    return {
      measure,
      target: targetRules,
      entry: entryOrNull(entry),
      history: measureHistory,
      rating: rateMeasureForMonth(measure, targetRules, period.month, measureHistory),
      direction: directionsOfTravel(measure, period.month, measureHistory),
    };
  });
}

export type RatedMeasure = Awaited<ReturnType<typeof loadRatedMonth>>[number];
export type RatedEntry = NonNullable<RatedMeasure['entry']>;
export type RatedHistoryEntry = RatedMeasure['history'][number];

/**
 * The scope a person reads a month in: every measure or their own (the policy's `measureScope`
 * for lists of one's own work), and only published figures for people who may not see drafts.
 */
export function ratedMonthScope(actor: Actor, measuresListed: MeasureScope): RatedMonthScope {
  return {
    ownerId: measuresListed === 'own' ? actor.id : null,
    publishedOnly: !can(actor, 'entries.view'),
  };
}
