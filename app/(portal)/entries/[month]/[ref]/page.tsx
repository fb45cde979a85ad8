import type { Metadata } from 'next';
import { PortalLink } from '@/app/components/portal-link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { requirePermission } from '@/app/_server/guard';
import { RatingBadge } from '@/app/components/rating-badge';
import { kept } from '@/app/_server/kept';
import { loadEntryContext } from '@/db/queries/entries';
import { hasPeriodsInYear } from '@/db/queries/periods';
import { entryAsForm, entryContextFrom, whyReadOnly } from '@/lib/commands/entries';
import { MEASURE_REF_PATTERN, MONTH_PATTERN, rateForm } from '@/lib/entries/entry-schema';
import { formatLongDate } from '@/lib/dates';
import { firstDayOf, monthLabel, type EntryRating } from '@/lib/rating';
import { entryFigureRows } from './entry-figures';
import { EntryForm } from './entry-form';
import { EntryStatusProvider, LastSavedBy, LiveStatusTag } from './entry-status';
import { MeasureFacts } from './measure-facts';
import { RatedFigureText } from './rated-figure';

// The page and its title read the same entry once per request; an address that names no entry is
// not found, and its title never repeats the address.
const loadEntry = cache(async (month: string, ref: string) => {
  if (!MONTH_PATTERN.test(month) || !MEASURE_REF_PATTERN.test(ref)) return null;
  return kept(['entry', month, ref], (db) => loadEntryContext(db, ref, firstDayOf(month)));
});

export async function generateMetadata({ params }: PageProps<'/entries/[month]/[ref]'>): Promise<Metadata> {
  const { month, ref } = await params;
  const row = await loadEntry(month, ref);
  return { title: row ? `${row.measure.ref}, ${monthLabel(month)}` : 'Page not found' };
}

export default async function EntryPage({ params }: PageProps<'/entries/[month]/[ref]'>) {
  const user = await requirePermission('entries.view');
  const { month, ref } = await params;
  const row = await loadEntry(month, ref);
  if (!row) notFound();

  const context = entryContextFrom(row);
  const readOnly = whyReadOnly(user, row);
  const label = monthLabel(month);
  const entry = row.current?.entry ?? null;
  const saved = entryAsForm(entry);
  const { measure } = row;
  // "Same month last year" can only be compared once a year before this one is held.
  const earlierYear = row.period.financialYear - 1;
  const earlierYearHeld = await kept(['year-held', earlierYear], (db) => hasPeriodsInYear(db, earlierYear));

  return (
    <EntryStatusProvider initial={{ version: entry?.version ?? 0, status: entry?.status ?? null, savedBy: row.current?.updatedByName ?? null, value: entry?.value ?? null }}>
    <main id="main-content" className="mx-auto max-w-7xl px-4 py-8">
      <p className="mb-4">
        {/* Back to the list this entry belongs to: that month's, which need not be the open one. */}
        <PortalLink href={row.period.state === 'open' ? '/my-measures' : `/my-measures?month=${month}`}>Back to the measures for {label}</PortalLink>
      </p>
      <span className="block text-lg text-muted">
        {measure.ref} · {label}
      </span>
      <h1 className="mb-2 max-w-4xl text-3xl font-bold">{measure.title}</h1>
      <p className="mb-6 text-muted">
        <LiveStatusTag /> Owner: {row.ownerName ?? 'not assigned'} · Figures due by {formatLongDate(row.period.dueDate)}
        <LastSavedBy />
      </p>
      {entry?.status === 'returned' && row.current?.returnNote ? (
        <div className="mb-6 border-l-4 border-rag-amber bg-orange-50 p-4" data-testid="return-note">
          <h2 className="font-bold">Returned by the chief executive</h2>
          <p className="whitespace-pre-wrap">{row.current.returnNote}</p>
        </div>
      ) : null}
      <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div>
          {readOnly ? (
            <ReadOnlyEntry reason={readOnly} rating={rateForm(saved, context)}
              figures={entryFigureRows(entry, measure, label)}
              commentary={saved.commentary} action={saved.improvementAction} />
          ) : (
            <EntryForm
              context={context}
              measureRef={measure.ref}
              monthLabel={label}
              secondaryLabel={measure.secondaryLabel}
              defaults={saved}
              version={entry?.version ?? 0}
            />
          )}
        </div>
        <MeasureFacts row={row} context={context} earlierYearHeld={earlierYearHeld} />
      </div>
    </main>
    </EntryStatusProvider>
  );
}

function ReadOnlyEntry({ reason, rating, figures, commentary, action }: {
  reason: string;
  rating: EntryRating;
  figures: [string, string][];
  commentary: string;
  action: string;
}) {
  return (
    <>
      <p className="mb-6 border-l-4 border-rag-blue bg-blue-50 p-4 font-bold" data-testid="read-only">
        {reason}
      </p>
      <dl className="grid grid-cols-1 sm:grid-cols-[auto_minmax(0,1fr)] gap-x-6 gap-y-3 [&_dd]:min-w-0 [&_dd]:break-words" data-testid="entry-figures">
        {figures.map(([name, figure]) => (
          <div key={name} className="contents">
            <dt className="font-bold">{name}</dt>
            <dd>{figure}</dd>
          </div>
        ))}
        <dt className="font-bold">Rating</dt>
        <dd>
          <RatingBadge rating={rating.rating} judged={rating.judged} />
          {rating.rated ? (
            <span className="mt-1 block">
              <RatedFigureText rated={rating.rated} />
            </span>
          ) : null}
          <span className="mt-1 block">{rating.reason}</span>
        </dd>
        <dt className="font-bold">Commentary</dt>
        <dd className="whitespace-pre-wrap">{commentary || 'None'}</dd>
        <dt className="font-bold">Improvement action</dt>
        <dd className="whitespace-pre-wrap">{action || 'None'}</dd>
      </dl>
    </>
  );
}
