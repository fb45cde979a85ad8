import type { Metadata } from 'next';
import { PortalLink } from '@/app/components/portal-link';
import { requirePermission } from '@/app/_server/guard';
import { kept } from '@/app/_server/kept';
import { latestPackOf, listSubmitters } from '@/db/queries/packs';
import { loadReviewMonth } from '@/db/queries/review-month';
import { countActiveExecutives } from '@/db/queries/users';
import { can } from '@/lib/auth/policy';
import { MONTH_PATTERN, monthLabel, toMonthKey } from '@/lib/rating';
import { FILTER_WORDS, REVIEW_FILTERS, matchesFilter, parseReviewFilter } from '@/lib/review/review-filters';
import { reviewCards } from '@/lib/review/review-card';
import { completenessLine, whySignOffIsBlocked } from '@/lib/review/sign-off-flags';
import { DoneBanner } from './done-banner';
import { FlagList } from './flag-list';
import { MonthActions } from './month-actions';
import { IMPORTED_HISTORY_EXPLAINED } from '@/lib/workflow/imported-history';
import { STATE_EXPLAINED, listMonths, periodOf, stateName } from './review-month';

export async function generateMetadata({ params }: PageProps<'/review/[month]'>): Promise<Metadata> {
  const { month } = await params;
  return { title: MONTH_PATTERN.test(month) ? `Review of ${monthLabel(month)}` : 'Page not found' };
}

export default async function ReviewPage({ params, searchParams }: PageProps<'/review/[month]'>) {
  const user = await requirePermission('review.view');
  const { month } = await params;
  const query = await searchParams;
  const period = await periodOf(month);
  const [{ measures, flags }, submitterIds, activeExecutives, pack, months] = await kept(['review', period.id], (db) =>
    Promise.all([loadReviewMonth(db, period), listSubmitters(db, period.id), countActiveExecutives(db), latestPackOf(db, period.id), listMonths(db)]),
  );
  const key = toMonthKey(period.month);
  const label = monthLabel(period.month);
  const filter = parseReviewFilter(query.show);
  const shown = measures.filter((row) => matchesFilter(row, filter));
  const blocking = flags.filter((f) => f.blocking);
  const attention = flags.filter((f) => !f.blocking);
  const canReturn = can(user, 'entry.return', { periodState: period.state, importedHistory: period.importedAt !== null });

  return (
    <main id="main-content" className="mx-auto max-w-7xl px-4 py-8">
      <DoneBanner label={label} params={query} />
      <nav aria-label="Months" className="mb-4">
        {/* The current month in bold, set once on the list rather than on each of its links. */}
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm [&_[aria-current=page]]:font-bold">
          {months.map((m) => {
            const other = toMonthKey(m.month);
            return (
              <li key={other}>
                {/* Plain links: a year and more of months, each otherwise a client component. */}
                <a href={`/review/${other}`} aria-current={other === key ? 'page' : undefined}>
                  {monthLabel(m.month)}
                </a>{' '}
                <span className="text-muted">({stateName(m).toLowerCase()})</span>
              </li>
            );
          })}
        </ul>
      </nav>
      <h1 className="mb-2 text-3xl font-bold">Review of {label}</h1>
      <p className="mb-2 text-lg" data-testid="month-state">
        <strong>{stateName(period)}</strong>
        {pack && period.state === 'published' ? ` (version ${pack.version})` : ''}.{' '}
        {period.importedAt !== null ? IMPORTED_HISTORY_EXPLAINED : STATE_EXPLAINED[period.state]}
      </p>
      <p className="mb-6 text-lg font-bold" data-testid="completeness">
        {completenessLine(measures)}
      </p>

      <p className="mb-4">
        <PortalLink href={`/audit?month=${key}`}>Audit log for {label}</PortalLink>
        {pack ? (
          <>
            {' · '}
            {/* A plain link: the pack is a document of its own, not a page of the portal. */}
            <a href={`/packs/${key}/v${pack.version}`}>
              Read the published pack (version {pack.version})
            </a>
          </>
        ) : null}
      </p>
      <MonthActions
        user={user}
        facts={{ month: key, state: period.state, importedHistory: period.importedAt !== null, blocked: whySignOffIsBlocked(flags), submitterIds, activeExecutives }}
      />

      <FlagList id="blocking-heading" title="What stops sign-off" flags={blocking} className="mb-6 border-l-4 border-rag-red pl-4" testId="blocking-flags" />
      <FlagList id="attention-heading" title="For your attention" flags={attention} className="mb-6 border-l-4 border-rag-blue pl-4" testId="attention-flags" />

      <nav aria-label="Show measures" className="mb-4">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <PortalLink href={`/review/${key}`} aria-current={filter === null ? 'page' : undefined} className="aria-[current=page]:font-bold">
              All measures
            </PortalLink>
          </li>
          {REVIEW_FILTERS.map((name) => (
            <li key={name}>
              <PortalLink href={`/review/${key}?show=${name}`} aria-current={filter === name ? 'page' : undefined} className="aria-[current=page]:font-bold">
                {FILTER_WORDS[name]}
              </PortalLink>
            </li>
          ))}
        </ul>
      </nav>
      <p className="mb-4 text-muted" data-testid="shown-count" role="status">
        Showing {shown.length} of {measures.length} measures{filter ? `: ${FILTER_WORDS[filter].toLowerCase()}` : ''}.
      </p>
      {/* Markup built and escaped by lib/review/review-card.ts, which says why it is not React elements. */}
      <div dangerouslySetInnerHTML={{ __html: reviewCards(shown, key, canReturn).value }} />
    </main>
  );
}
