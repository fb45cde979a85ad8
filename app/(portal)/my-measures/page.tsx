import type { Metadata } from 'next';
import { PortalLink } from '@/app/components/portal-link';
import { notFound } from 'next/navigation';
import { currentUser, requirePermission, type SessionUser } from '@/app/_server/guard';
import { kept } from '@/app/_server/kept';
import { RatingBadge } from '@/app/components/rating-badge';
import { ScrollRegion } from '@/app/components/scroll-region';
import { StatusTag } from '@/app/components/status-tag';
import type { Database } from '@/db/client';
import { findOpenPeriod, findPeriodByMonth } from '@/db/queries/periods';
import { loadRatedMonth, ratedMonthScope, type RatedMonthScope } from '@/db/queries/rated-month';
import { can, measureScope } from '@/lib/auth/policy';
import { whyMonthIsClosed } from '@/lib/entries/closed-month';
import { MONTH_PATTERN, firstDayOf, formatEntryFigure, formatLongDate, formatYearToDate, monthLabel, toMonthKey } from '@/lib/rating';

// The tab says what the heading says: whose measures, for which month. Someone not signed in is
// sent to sign-in by the page, so their title names nothing.
export async function generateMetadata({ searchParams }: PageProps<'/my-measures'>): Promise<Metadata> {
  const user = await currentUser();
  if (!user || !can(user, 'entries.view')) return { title: 'Measures to enter' };
  const { period } = await monthFor(user, (await searchParams).month);
  if (!period) return { title: 'Measures to enter' };
  return { title: `${measureScope(user) === 'own' ? 'Your measures' : 'Measures'} for ${monthLabel(period.month)}` };
}

/** The month's measures as the person reads them, or no period when there is no such month. */
async function loadMonth(db: Database, month: string | null, scope: RatedMonthScope) {
  const period = month === null ? await findOpenPeriod(db) : await findPeriodByMonth(db, firstDayOf(month));
  return period ? { period, rated: await loadRatedMonth(db, period, scope) } : { period: null, rated: [] };
}

/**
 * The month asked for (`?month=2020-10`), or the month open for entry, with the person's measures:
 * kept per month and scope until the data changes. notFound for a month asked for that is not held.
 */
async function monthFor(user: SessionUser, month: string | string[] | undefined) {
  if (month !== undefined && (typeof month !== 'string' || !MONTH_PATTERN.test(month))) notFound();
  const scope = ratedMonthScope(user, measureScope(user));
  const asked = month ?? null;
  const found = await kept(['my-measures', asked, scope.ownerId ?? null, scope.publishedOnly ?? false], (db) => loadMonth(db, asked, scope));
  if (asked !== null && !found.period) notFound();
  return found;
}

export default async function MyMeasuresPage({ searchParams }: PageProps<'/my-measures'>) {
  const user = await requirePermission('entries.view');
  const { period, rated } = await monthFor(user, (await searchParams).month);
  if (!period) {
    return (
      <main id="main-content" className="mx-auto max-w-7xl px-4 py-8">
        <h1 className="mb-4 text-3xl font-bold">Measures to enter</h1>
        <p>No month is open for entry. The performance team opens each month when its figures are due.</p>
      </main>
    );
  }
  const scope = measureScope(user);
  // Returned entries first: they are waiting on the lead.
  const rows = rated.toSorted((a, b) => Number(b.entry?.status === 'returned') - Number(a.entry?.status === 'returned'));

  const label = monthLabel(period.month);
  const monthKey = toMonthKey(period.month);
  const done = rows.filter((r) => r.entry?.status === 'submitted').length;
  const closed = whyMonthIsClosed(period);

  return (
    <main id="main-content" className="mx-auto max-w-7xl px-4 py-8">
      <h1 className="mb-2 text-3xl font-bold">{scope === 'own' ? 'Your measures' : 'Measures'} for {label}</h1>
      {closed ? (
        <p className="mb-6 border-l-4 border-rag-blue bg-blue-50 p-4 font-bold" data-testid="read-only">
          {closed} {done} of {rows.length} submitted.
        </p>
      ) : (
        <p className="mb-6 text-lg text-muted">
          Figures are due by {formatLongDate(period.dueDate)}. {done} of {rows.length} submitted.
        </p>
      )}
      {rows.length === 0 ? (
        <p>You do not own any measures yet. The performance team assigns each measure to its lead.</p>
      ) : (
        <ScrollRegion labelledBy="my-measures-caption">
        <table className="w-full border-collapse text-sm" data-testid="my-measures">
          <caption id="my-measures-caption" className="sr-only">Measures for {label}, returned ones first</caption>
          <thead>
            <tr>
              <th scope="col" className="cell">Ref</th>
              <th scope="col" className="cell">Measure</th>
              <th scope="col" className="cell">Status</th>
              <th scope="col" className="cell">Value</th>
              <th scope="col" className="cell">Year to date</th>
              <th scope="col" className="cell">Rating</th>
              {scope === 'own' ? null : <th scope="col" className="cell">Owner</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ measure, entry, rating }) => (
              <tr key={measure.ref} data-ref={measure.ref}>
                <th scope="row" className="cell whitespace-nowrap">
                  <PortalLink href={`/entries/${monthKey}/${measure.ref}`}>{measure.ref}</PortalLink>
                </th>
                <td className="cell">
                  {measure.title}
                  {entry?.status === 'returned' && entry.returnNote ? (
                    <p className="mt-2 border-l-4 border-rag-amber pl-2">
                      <strong>Returned:</strong> {entry.returnNote}
                    </p>
                  ) : null}
                </td>
                <td className="cell"><StatusTag status={entry?.status ?? null} /></td>
                <td className="cell whitespace-nowrap">{entry ? (formatEntryFigure(entry, measure.unit, measure.decimals) ?? '–') : '–'}</td>
                <td className="cell whitespace-nowrap">{entry ? (formatYearToDate(entry, measure.unit, measure.decimals) ?? '–') : '–'}</td>
                <td className="cell">
                  {entry ? (
                    <>
                      <RatingBadge rating={rating.rating} judged={rating.judged} />
                      {/* The figure the colour comes from, where it is not the month's own value. */}
                      {rating.rated && rating.rated.kind !== 'month' ? (
                        <span className="mt-1 block" data-testid="rated-figure">
                          {rating.rated.label}: <strong>{rating.rated.figure}</strong>
                        </span>
                      ) : null}
                    </>
                  ) : (
                    '–'
                  )}
                </td>
                {scope === 'own' ? null : <td className="cell">{measure.ownerName ?? 'Not assigned'}</td>}
              </tr>
            ))}
          </tbody>
        </table>
        </ScrollRegion>
      )}
    </main>
  );
}
