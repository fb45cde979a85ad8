// The chief executive's part of the home page: the month awaiting sign-off at a glance, and the
// way to its review.
import { PortalLink } from '@/app/components/portal-link';
import { RatingBadge } from '@/app/components/rating-badge';
import { ScrollRegion } from '@/app/components/scroll-region';
import type { ExecutiveHome, Explained, Movement } from '@/db/queries/home/executive';
import { RatingCounts } from './rating-counts';
import { HomeSection } from './section';
import { Trend } from './trend';

const EXPLAINED: Record<Explained, string> = {
  explained: 'Yes: commentary and an improvement action',
  'no commentary': 'No: it has no commentary',
  'no improvement action': 'No: it has no improvement action',
  'no commentary or improvement action': 'No: it has no commentary or improvement action',
};

const DIRECTION = { improved: { symbol: '▲', word: 'Improved' }, declined: { symbol: '▼', word: 'Declined' } } as const;

function Movements({ rows, direction, since }: { rows: Movement[]; direction: Movement['direction']; since: string }) {
  const id = `movements-${direction}`;
  return (
    <div className="mb-6">
      <h4 id={id} className="mb-2 text-lg font-bold">
        {DIRECTION[direction].word}: {rows.length}
      </h4>
      {rows.length === 0 ? (
        <p>None.</p>
      ) : (
        <ScrollRegion labelledBy={id}>
          <table className="w-full border-collapse text-sm" data-testid={id}>
            <thead>
              <tr>
                <th scope="col" className="cell">Measure</th>
                <th scope="col" className="cell">{since}</th>
                <th scope="col" className="cell">Now</th>
                <th scope="col" className="cell">Year so far</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.ref} data-ref={row.ref}>
                  <th scope="row" className="cell font-normal">
                    <span aria-hidden="true">{DIRECTION[direction].symbol} </span>
                    <strong>{row.ref}</strong> {row.title}
                  </th>
                  <td className="cell whitespace-nowrap">{row.from ?? '–'}</td>
                  <td className="cell whitespace-nowrap">{row.to ?? '–'}</td>
                  <td className="cell"><Trend trend={row.trend} measure={row.ref} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </div>
  );
}

export function ExecutiveSection({ executive }: { executive: ExecutiveHome | null }) {
  if (!executive) {
    return (
      <HomeSection id="executive" title="Sign-off">
        <p>No month is in review or open for entry.</p>
      </HomeSection>
    );
  }
  const inReview = executive.state === 'in_review';
  const lastMonth = executive.lastMonthLabel;
  return (
    <HomeSection id="executive" title={inReview ? `${executive.label}: awaiting your sign-off` : `${executive.label}: open for entry`}>
      <p className="mb-4 text-lg">
        {inReview
          ? `The month is in review. ${executive.submitted} of ${executive.expected} measures submitted.`
          : `Leads are still entering figures; the month comes to you for sign-off once the performance team closes it. ${executive.submitted} of ${executive.expected} measures submitted so far.`}
      </p>
      <h3 className="mb-2 text-xl font-bold">Ratings so far</h3>
      <RatingCounts counts={executive.counts} label={`Measures of ${executive.label} at each rating`} testId="executive-counts" />
      <p className="mb-6 border-l-4 border-ink bg-gray-100 p-4" data-testid="executive-blocked">
        {executive.blocked ?? 'Nothing blocks sign-off: every measure is submitted, and every Red and Amber is explained.'}
      </p>

      <h3 id="executive-concerns" className="mb-2 text-xl font-bold">Red and Amber: {executive.concerns.length}</h3>
      {executive.concerns.length === 0 ? (
        <p className="mb-6">No measure is rated Red or Amber.</p>
      ) : (
        <ScrollRegion labelledBy="executive-concerns" className="mb-6">
          <table className="w-full border-collapse text-sm" data-testid="executive-concerns-table">
            <thead>
              <tr>
                <th scope="col" className="cell">Measure</th>
                <th scope="col" className="cell">Rating</th>
                <th scope="col" className="cell">Figure</th>
                <th scope="col" className="cell">Explained</th>
                <th scope="col" className="cell">Year so far</th>
              </tr>
            </thead>
            <tbody>
              {executive.concerns.map((row) => (
                <tr key={row.ref} data-ref={row.ref}>
                  <th scope="row" className="cell font-normal">
                    <strong>{row.ref}</strong> {row.title}
                  </th>
                  <td className="cell"><RatingBadge rating={row.rating} judged={row.judged} /></td>
                  <td className="cell whitespace-nowrap">{row.figure ?? '–'}</td>
                  <td className="cell">
                    {EXPLAINED[row.explained]}
                    {row.submitted ? null : <span className="block">(not submitted yet)</span>}
                  </td>
                  <td className="cell"><Trend trend={row.trend} measure={row.ref} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}

      <h3 className="mb-2 text-xl font-bold">Movements since {lastMonth}</h3>
      <Movements rows={executive.movements.filter((m) => m.direction === 'improved')} direction="improved" since={lastMonth} />
      <Movements rows={executive.movements.filter((m) => m.direction === 'declined')} direction="declined" since={lastMonth} />

      <p>
        <PortalLink href={`/review/${executive.month}`} className="inline-block bg-ink px-4 py-2 font-bold text-white no-underline">
          Review {executive.label}
        </PortalLink>
      </p>
    </HomeSection>
  );
}
