// The committee's home: the latest published pack with its headline (how many measures at each
// rating) and its KPIs' year so far, and every earlier month's pack. Two queries however many
// measures or packs (one without the headline); read only from published snapshots, so nothing unpublished is ever shown.
import { eq, sql } from 'drizzle-orm';
import { countRatings, type RatingCounts } from '../../../lib/home/rating-counts';
import { sparkline, type Sparkline } from '../../../lib/home/sparkline';
import type { PackChart, PackMeasure } from '../../../lib/packs/snapshot';
import type { PackVisibility } from '../../../lib/packs/visibility';
import { monthLabel, toMonthKey, type Rating } from '../../../lib/rating';
import type { Queryable } from '../../client';
import { publishedPacks } from '../../schema';
import { listPublishedPacks } from '../packs';

export type PackSummary = {
  month: string;
  label: string;
  version: number;
  visibility: PackVisibility;
  publishedAt: Date;
  publishedBy: string | null;
};

export type KpiTrend = { ref: string; title: string; rating: Rating; ratingLabel: string; judged: boolean; figure: string; trend: Sparkline };

export type LatestPack = PackSummary & { counts: RatingCounts; measureCount: number; kpis: KpiTrend[] };

export type PacksHome = { latest: LatestPack | null; earlier: PackSummary[] };

type HeadlineMeasure = Pick<PackMeasure, 'ref' | 'title' | 'group' | 'rating' | 'ratingLabel' | 'judged' | 'figureText' | 'unit' | 'decimals'>;

/** The latest version of each published month the person may read, newest first. */
export async function loadPacksHome(
  db: Queryable,
  { membersOnly, headline = true }: { membersOnly: boolean; headline?: boolean },
): Promise<PacksHome> {
  const seen = new Set<string>();
  const packs = (await listPublishedPacks(db)).filter((pack) => {
    const month = toMonthKey(pack.month);
    if ((!membersOnly && pack.visibility !== 'public') || seen.has(month)) return false;
    seen.add(month);
    return true;
  });
  const [newest, ...earlier] = packs.map((pack) => ({
    id: pack.id,
    month: toMonthKey(pack.month),
    label: monthLabel(pack.month),
    version: pack.version,
    visibility: pack.visibility,
    publishedAt: pack.publishedAt,
    publishedBy: pack.publishedBy,
  }));
  if (!newest) return { latest: null, earlier: [] };
  const { id: _id, ...summary } = newest;
  const earlierPacks = earlier.map(({ id: _earlierId, ...pack }) => pack);
  // The chief executive's home names the latest pack only: its headline is the committee's.
  if (!headline) return { latest: { ...summary, counts: countRatings([]), measureCount: 0, kpis: [] }, earlier: earlierPacks };

  // Only the parts of the snapshot the headline needs, not the whole document.
  const [read] = await db
    .select({
      measures: sql<HeadlineMeasure[]>`(select coalesce(jsonb_agg(jsonb_build_object(
        'ref', m->'ref', 'title', m->'title', 'group', m->'group', 'rating', m->'rating', 'ratingLabel', m->'ratingLabel',
        'judged', m->'judged', 'figureText', m->'figureText', 'unit', m->'unit', 'decimals', m->'decimals')), '[]'::jsonb)
        from jsonb_array_elements(${publishedPacks.snapshot} -> 'measures') as m)`,
      charts: sql<PackChart[]>`coalesce(${publishedPacks.snapshot} -> 'charts', '[]'::jsonb)`,
    })
    .from(publishedPacks)
    .where(eq(publishedPacks.id, newest.id));
  const measures = read?.measures ?? [];
  const charts = new Map((read?.charts ?? []).map((chart) => [chart.ref, chart]));
  return {
    latest: {
      ...summary,
      counts: countRatings(measures.map((m) => m.rating)),
      measureCount: measures.length,
      kpis: measures
        .filter((m) => m.group === 'kpi')
        .map((m) => ({
          ref: m.ref,
          title: m.title,
          rating: m.rating,
          ratingLabel: m.ratingLabel,
          judged: m.judged,
          figure: m.figureText,
          trend: sparkline(
            newest.month,
            (charts.get(m.ref)?.thisYear ?? []).map((point) => ({ month: point.month, value: point.value, availability: 'available' as const })),
            m,
          ),
        })),
    },
    earlier: earlierPacks,
  };
}
