// The committee's part of the home page: the latest published pack with its headline and its
// KPIs' year so far, and the earlier packs. An executive who is not also a viewer sees the latest
// pack in one line.
import { PortalLink } from '@/app/components/portal-link';
import { RatingBadge } from '@/app/components/rating-badge';
import { ScrollRegion } from '@/app/components/scroll-region';
import type { PackSummary, PacksHome } from '@/db/queries/home/viewer';
import { packPath } from '@/lib/packs/address';
import { formatDateTime } from '@/lib/rating';
import { RatingCounts } from './rating-counts';
import { HomeSection } from './section';
import { Trend } from './trend';

const WHO_MAY_READ = { public: 'public', members_only: 'for members only' } as const;

const packLink = (pack: PackSummary) => packPath({ month: pack.month, version: pack.version, format: 'html' });

const published = (pack: PackSummary) =>
  `Version ${pack.version}, published ${formatDateTime(pack.publishedAt)}${pack.publishedBy ? ` by ${pack.publishedBy}` : ''}, ${WHO_MAY_READ[pack.visibility]}.`;

/** The latest pack in one paragraph, for the chief executive. */
export function LatestPackLine({ packs }: { packs: PacksHome }) {
  const { latest } = packs;
  return (
    <HomeSection id="latest-pack" title="The latest published pack">
      {latest ? (
        <p data-testid="latest-pack-line">
          <a href={packLink(latest)} className="font-bold">{latest.label}</a>. {published(latest)}
        </p>
      ) : (
        <p>No pack has been published yet.</p>
      )}
    </HomeSection>
  );
}

export function PacksSection({ packs }: { packs: PacksHome }) {
  const { latest, earlier } = packs;
  if (!latest) {
    return (
      <HomeSection id="packs" title="The committee pack">
        <p>No pack has been published yet. Each month&rsquo;s pack appears here once the chief executive has signed it off.</p>
      </HomeSection>
    );
  }
  return (
    <HomeSection id="packs" title={`The latest pack: ${latest.label}`}>
      <p className="mb-4">{published(latest)}</p>
      <h3 className="mb-2 text-xl font-bold">Headline: {latest.measureCount} measures</h3>
      <RatingCounts counts={latest.counts} label={`Measures of the ${latest.label} pack at each rating`} testId="pack-counts" />
      {latest.kpis.length ? (
        <>
          <h3 id="pack-kpis" className="mb-2 mt-6 text-xl font-bold">The contractual KPIs</h3>
          <ScrollRegion labelledBy="pack-kpis" className="mb-6">
            <table className="w-full border-collapse text-sm" data-testid="pack-kpis-table">
              <thead>
                <tr>
                  <th scope="col" className="cell">KPI</th>
                  <th scope="col" className="cell">{latest.label}</th>
                  <th scope="col" className="cell">Rating</th>
                  <th scope="col" className="cell">Year so far</th>
                </tr>
              </thead>
              <tbody>
                {latest.kpis.map((kpi) => (
                  <tr key={kpi.ref} data-ref={kpi.ref}>
                    <th scope="row" className="cell font-normal">
                      <strong>{kpi.ref}</strong> {kpi.title}
                    </th>
                    <td className="cell whitespace-nowrap">{kpi.figure}</td>
                    <td className="cell"><RatingBadge rating={kpi.rating} judged={kpi.judged} /></td>
                    <td className="cell"><Trend trend={kpi.trend} measure={kpi.ref} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      ) : null}
      <p className="mb-6">
        <a href={packLink(latest)} className="inline-block bg-ink px-4 py-2 font-bold text-white no-underline">
          Read the {latest.label} pack
        </a>
      </p>
      <h3 className="mb-2 text-xl font-bold">Earlier packs</h3>
      {earlier.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <ul className="mb-2 space-y-1" data-testid="earlier-packs">
          {earlier.map((pack) => (
            <li key={pack.month}>
              <a href={packLink(pack)}>{pack.label}</a>, version {pack.version}
            </li>
          ))}
        </ul>
      )}
      <p>
        <PortalLink href="/packs">Every published pack and version</PortalLink>
      </p>
    </HomeSection>
  );
}
