import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/app/_server/guard';
import { RatingBadge } from '@/app/components/rating-badge';
import { StatusTag } from '@/app/components/status-tag';
import { getDb } from '@/db/client';
import { groupBy } from '@/lib/group-by';
import { findOpenPeriod, listMeasuresForEntry } from '@/db/queries/entries';
import { listEntriesForRating } from '@/db/queries/periods';
import { formatLongDate } from '@/lib/dates';
import { formatEntryFigure, monthLabel, rateMeasureForMonth } from '@/lib/rating';

export const metadata: Metadata = { title: 'Measures to enter' };

const cell = 'border-b border-rule px-2 py-3 text-left align-top';

export default async function MyMeasuresPage() {
  const user = await requirePermission('entries.view');
  const db = await getDb();
  const period = await findOpenPeriod(db);
  if (!period) {
    return (
      <main id="main-content" className="mx-auto max-w-7xl px-4 py-8">
        <h1 className="mb-4 text-3xl font-bold">Measures to enter</h1>
        <p>No month is open for entry. The performance team opens each month when its figures are due.</p>
      </main>
    );
  }
  // A lead sees the measures they own; the performance team and the chief executive see them all.
  const ownerOnly = user.roles.includes('lead') && !user.roles.includes('admin') && !user.roles.includes('executive');
  const ownerId = ownerOnly ? user.id : null;
  const [rows, yearEntries] = await Promise.all([
    listMeasuresForEntry(db, period, ownerId),
    listEntriesForRating(db, period.financialYear, period.month, { ownerId }),
  ]);
  const byMeasure = groupBy(yearEntries, (entry) => entry.measureId);

  const label = monthLabel(period.month);
  const monthKey = period.month.slice(0, 7);
  const done = rows.filter((r) => r.status === 'submitted').length;

  return (
    <main id="main-content" className="mx-auto max-w-7xl px-4 py-8">
      <h1 className="mb-2 text-3xl font-bold">{ownerOnly ? 'Your measures' : 'Measures'} for {label}</h1>
      <p className="mb-6 text-lg text-muted">
        Figures are due by {formatLongDate(period.dueDate)}. {done} of {rows.length} submitted.
      </p>
      {rows.length === 0 ? (
        <p>You do not own any measures yet. The performance team assigns each measure to its lead.</p>
      ) : (
        <table className="w-full border-collapse text-sm" data-testid="my-measures">
          <caption className="sr-only">Measures for {label}, returned ones first</caption>
          <thead>
            <tr>
              <th scope="col" className={cell}>Ref</th>
              <th scope="col" className={cell}>Measure</th>
              <th scope="col" className={cell}>Status</th>
              <th scope="col" className={cell}>Value</th>
              <th scope="col" className={cell}>Rating</th>
              {ownerOnly ? null : <th scope="col" className={cell}>Owner</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const rating = rateMeasureForMonth(row, row, period.month, byMeasure.get(row.id) ?? []);
              const figure = row.entryId ? formatEntryFigure({ ...row, availability: row.availability! }, row.unit, row.decimals) : null;
              return (
                <tr key={row.ref} data-ref={row.ref}>
                  <th scope="row" className={`${cell} whitespace-nowrap`}>
                    <Link href={`/entries/${monthKey}/${row.ref}`}>{row.ref}</Link>
                  </th>
                  <td className={cell}>
                    {row.title}
                    {row.status === 'returned' && row.returnNote ? (
                      <p className="mt-2 border-l-4 border-rag-amber pl-2">
                        <strong>Returned:</strong> {row.returnNote}
                      </p>
                    ) : null}
                  </td>
                  <td className={cell}><StatusTag status={row.status} /></td>
                  <td className={`${cell} whitespace-nowrap`}>{figure ?? '–'}</td>
                  <td className={cell}>{row.entryId ? <RatingBadge rating={rating.rating} judged={rating.judged} /> : '–'}</td>
                  {ownerOnly ? null : <td className={cell}>{row.ownerName ?? 'Not assigned'}</td>}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </main>
  );
}
