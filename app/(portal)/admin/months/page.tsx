import type { Metadata } from 'next';
import { PortalLink } from '@/app/components/portal-link';
import { requirePermission } from '@/app/_server/guard';
import { NotificationBanner } from '@/app/components/notification-banner';
import { ScrollRegion } from '@/app/components/scroll-region';
import { getDb } from '@/db/client';
import { loadMonthsOverview, type MonthOverview } from '@/db/queries/months-overview';
import { todayInLondon } from '@/lib/dates';
import { MONTH_PATTERN, formatLongDate, monthLabel } from '@/lib/rating';
import { IMPORTED_HISTORY } from '@/lib/workflow/imported-history';
import { nextMonthToOpen } from '@/lib/workflow/open-month-schema';
import { STATE_NAMES } from '../../review/[month]/review-month';
import { OpenMonthForm } from './open-month-form';

export const metadata: Metadata = { title: 'Months' };

/** The overdue column: a count once an open month is past its due date; otherwise why there is none. */
function overdueWords(month: MonthOverview): string {
  if (month.overdue !== null) return month.overdue === 0 ? 'None' : String(month.overdue);
  return month.state === 'open' ? 'Not due yet' : '–';
}

export default async function MonthsPage({ searchParams }: PageProps<'/admin/months'>) {
  // Reads the session first, so the page is dynamic and the database is never opened at build.
  await requirePermission('periods.manage');
  const db = await getDb();
  const today = todayInLondon();
  const months = await loadMonthsOverview(db, today);
  const next = nextMonthToOpen(months[0]?.month ?? null, today);
  // Only a month the list holds, and still open, is named back: never any text from the address.
  const opened = (await searchParams).opened;
  const justOpened =
    typeof opened === 'string' && MONTH_PATTERN.test(opened) ? months.find((m) => m.month === opened && m.state === 'open') : undefined;

  return (
    <main id="main-content" className="mx-auto max-w-7xl px-4 py-8">
      <h1 className="mb-2 text-3xl font-bold">Months</h1>
      <p className="mb-8 max-w-3xl text-lg text-muted">
        Each month leads enter their figures for, newest first: where it stands, how many of the active measures have a submitted
        entry, and how many are overdue.
      </p>
      <NotificationBanner message={justOpened ? `${justOpened.label} is open for entry, due ${formatLongDate(justOpened.dueDate)}.` : undefined} />

      <section aria-labelledby="open-month-heading" className="mb-12 max-w-3xl">
        <h2 id="open-month-heading" className="mb-4 text-2xl font-bold">
          Open {monthLabel(next)}
        </h2>
        <p className="mb-4">
          {months.length > 0
            ? `Months are opened in order, so the next is always the month after the latest, ${monthLabel(months[0]!.month)}. `
            : 'There are no months yet: the first to open is last month. '}
          Opening it lists every active measure for its lead to enter. The months before it stay as they are: a month still open can
          be filled in at the same time.
        </p>
        <OpenMonthForm key={next} month={next} />
      </section>

      <h2 id="months-heading" className="mb-4 text-2xl font-bold">
        Every month
      </h2>
      {months.length === 0 ? (
        <p>No month has been opened yet.</p>
      ) : (
        <ScrollRegion labelledBy="months-heading">
          <table className="w-full border-collapse text-sm" data-testid="months-table">
            <caption className="sr-only">Every month, newest first</caption>
            <thead>
              <tr>
                <th scope="col" className="cell">Month</th>
                <th scope="col" className="cell">State</th>
                <th scope="col" className="cell">Due</th>
                <th scope="col" className="cell">Submitted</th>
                <th scope="col" className="cell">Overdue</th>
                <th scope="col" className="cell"><span className="sr-only">Review</span></th>
              </tr>
            </thead>
            <tbody>
              {months.map((month) => (
                <tr key={month.month} data-month={month.month}>
                  <th scope="row" className="cell whitespace-nowrap font-bold">{month.label}</th>
                  <td className="cell">{month.importedHistory ? IMPORTED_HISTORY : STATE_NAMES[month.state]}</td>
                  <td className="cell whitespace-nowrap">{formatLongDate(month.dueDate)}</td>
                  <td className="cell whitespace-nowrap" data-testid="submitted">
                    {month.submitted} of {month.expected}
                  </td>
                  <td className="cell whitespace-nowrap" data-testid="overdue">{overdueWords(month)}</td>
                  <td className="cell whitespace-nowrap">
                    <PortalLink href={`/review/${month.month}`}>
                      Review<span className="sr-only"> {month.label}</span>
                    </PortalLink>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </main>
  );
}
