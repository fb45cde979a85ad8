// A lead's part of the home page: entries returned to them first, with the chief executive's note;
// then the open month, how long until its figures are due, what is still to do and their ratings.
import { PortalLink } from '@/app/components/portal-link';
import { RatingBadge } from '@/app/components/rating-badge';
import { ScrollRegion } from '@/app/components/scroll-region';
import { StatusTag } from '@/app/components/status-tag';
import type { LeadHome, LeadWorkState, ReturnedWork } from '@/db/queries/home/lead';
import { dueWords } from '@/lib/home/due-words';
import { formatLongDate } from '@/lib/rating';
import { HomeSection } from './section';
import { Trend } from './trend';

const STATUS: Record<LeadWorkState, 'returned' | 'draft' | null> = { returned: 'returned', draft: 'draft', not_started: null };

function Returned({ returned }: { returned: ReturnedWork[] }) {
  return (
    <>
      <h3 className="mb-2 text-xl font-bold">Returned to you: {returned.length}</h3>
      <ul className="mb-6 space-y-3" data-testid="lead-returned">
        {returned.map((work) => (
          <li key={`${work.month}-${work.ref}`} className="border-l-4 border-rag-amber pl-3" data-ref={work.ref}>
            <StatusTag status="returned" />
            <PortalLink href={`/entries/${work.month}/${work.ref}`}>
              {work.ref}: {work.title}, {work.label}
            </PortalLink>
            <p className="mt-1">
              <strong>The chief executive&rsquo;s note:</strong> {work.note ?? 'no note was left.'}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

export function LeadSection({ lead, today }: { lead: LeadHome; today: string }) {
  const { open, returned } = lead;
  if (!open) {
    return (
      <HomeSection id="lead" title="Your measures">
        {returned.length ? <Returned returned={returned} /> : null}
        <p>No month is open for entry. The performance team opens each month when its figures are due.</p>
      </HomeSection>
    );
  }
  const due = dueWords(open.dueDate, today);
  const entryPath = (ref: string) => `/entries/${open.month}/${ref}` as const;
  return (
    <HomeSection id="lead" title={`Your measures for ${open.label}`}>
      {returned.length ? <Returned returned={returned} /> : null}
      {open.owned === 0 ? (
        <p>You do not own any measures yet. The performance team assigns each measure to its lead.</p>
      ) : (
        <>
          <p className="mb-4 text-lg" data-testid="lead-due">
            <strong className={due.kind === 'overdue' ? 'text-rag-red' : ''}>{due.words}.</strong> Figures for {open.label} are due by{' '}
            {formatLongDate(open.dueDate)}. {open.submitted} of {open.owned} submitted.
          </p>
          {open.toDo.length === 0 ? (
            <p className="mb-6 border-l-4 border-rag-green bg-green-50 p-4 font-bold" data-testid="lead-all-done">
              All {open.owned} of your measures for {open.label} are submitted.{' '}
              {returned.length ? '' : 'Nothing else needs doing until a measure is returned to you or the next month opens.'}
            </p>
          ) : (
            <>
              <h3 className="mb-2 text-xl font-bold">
                To do for {open.label}: {open.toDo.length} of {open.owned}
              </h3>
              <ul className="mb-6 space-y-3" data-testid="lead-to-do">
                {open.toDo.map((work) => (
                  <li key={work.ref} className="border-l-4 border-rule pl-3" data-ref={work.ref}>
                    <StatusTag status={STATUS[work.state]} />
                    <PortalLink href={entryPath(work.ref)}>
                      {work.ref}: {work.title}
                    </PortalLink>
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3 id="lead-ratings-caption" className="mb-2 text-xl font-bold">
            Ratings, {open.label} and {open.lastMonthLabel}
          </h3>
          <ScrollRegion labelledBy="lead-ratings-caption">
            <table className="w-full border-collapse text-sm" data-testid="lead-ratings">
              <thead>
                <tr>
                  <th scope="col" className="cell">Measure</th>
                  <th scope="col" className="cell">{open.label}</th>
                  <th scope="col" className="cell">{open.lastMonthLabel}</th>
                  <th scope="col" className="cell">Year so far</th>
                </tr>
              </thead>
              <tbody>
                {open.measures.map((measure) => (
                  <tr key={measure.ref} data-ref={measure.ref}>
                    <th scope="row" className="cell font-normal">
                      <PortalLink href={entryPath(measure.ref)} className="font-bold">{measure.ref}</PortalLink> {measure.title}
                    </th>
                    <td className="cell">{measure.now ? <RatingBadge rating={measure.now.rating} judged={measure.now.judged} /> : 'Not entered'}</td>
                    <td className="cell">{measure.before ? <RatingBadge rating={measure.before.rating} judged={measure.before.judged} /> : 'No entry'}</td>
                    <td className="cell"><Trend trend={measure.trend} measure={measure.ref} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </HomeSection>
  );
}
