// The measures catalogue: every active measure with its target for a year and its owner, in one
// query however many measures there are.
import { and, asc, eq, max } from 'drizzle-orm';
import type { Queryable } from '../client';
import { annualTargets, measures, periods, users } from '../schema';

export async function listMeasureCatalogue(db: Queryable, financialYear: number) {
  return db
    .select({
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
      ownerName: users.name,
      target: annualTargets.target,
      toleranceEdge: annualTargets.toleranceEdge,
    })
    .from(measures)
    .leftJoin(
      annualTargets,
      and(eq(annualTargets.measureId, measures.id), eq(annualTargets.financialYear, financialYear)),
    )
    .leftJoin(users, eq(users.id, measures.ownerId))
    .where(eq(measures.active, true))
    .orderBy(asc(measures.displayOrder), asc(measures.ref));
}

export type CatalogueMeasure = Awaited<ReturnType<typeof listMeasureCatalogue>>[number];

/** The latest financial year that has any periods, or null on an empty database. */
export async function latestFinancialYear(db: Queryable): Promise<number | null> {
  const [row] = await db.select({ year: max(periods.financialYear) }).from(periods);
  return row?.year ?? null;
}
