// Every published pack, newest month first and newest version first, like a council's list of
// committee papers. Anyone sees the public ones; signed-in viewers, executives and admins see the
// members-only ones too. Each version links to its page and its downloads.
import type { Metadata } from 'next';
import { PortalLink } from '@/app/components/portal-link';
import { connection } from 'next/server';
import { currentUser } from '@/app/_server/guard';
import { kept } from '@/app/_server/kept';
import { listPublishedPacks } from '@/db/queries/packs';
import { mayReadPack } from '@/lib/packs/access';
import { packPath } from '@/lib/packs/address';
import { chromiumExecutable, PDF_UNAVAILABLE } from '@/lib/packs/pdf';
import { formatDateTime, monthLabel, toMonthKey } from '@/lib/rating';

export const metadata: Metadata = { title: 'Published packs' };

const WHO_MAY_READ = { public: 'Public', members_only: 'Members only' } as const;

export default async function PublishedPacksPage() {
  await connection();
  const reader = await currentUser();
  const packs = (await kept(['packs'], listPublishedPacks)).filter((pack) => mayReadPack(reader, pack.visibility));
  const pdf = chromiumExecutable() !== null;
  return (
    <main id="main-content" className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="mb-4 text-3xl font-bold">Published packs</h1>
      <p className="mb-6 max-w-prose">
        Each month&rsquo;s performance report to the committee, as it was signed off. A month reopened after publishing has a new
        version; the earlier one stays here, unchanged.
        {reader ? null : (
          <>
            {' '}
            Packs for committee members only are listed once you <PortalLink href="/sign-in?callbackUrl=%2Fpacks">sign in</PortalLink>.
          </>
        )}
      </p>
      {pdf ? null : <p className="mb-6 max-w-prose">{PDF_UNAVAILABLE}</p>}
      {packs.length === 0 ? (
        <p>No pack has been published yet.</p>
      ) : (
        <ol className="space-y-6" aria-label="Published packs, newest first">
          {packs.map((pack) => {
            const month = toMonthKey(pack.month);
            const at = (format: 'html' | 'pdf' | 'csv' | 'xlsx') => packPath({ month, version: pack.version, format });
            const heading = `${monthLabel(month)}, version ${pack.version}`;
            return (
              <li key={pack.id} className="border-l-4 border-ink pl-4" data-testid={`pack-${month}-v${pack.version}`}>
                <h2 className="text-xl font-bold">
                  <a href={at('html')}>{heading}</a>
                </h2>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                  <dt className="font-bold">Published</dt>
                  <dd>
                    {formatDateTime(pack.publishedAt)}
                    {pack.publishedBy ? ` by ${pack.publishedBy}` : ''}
                  </dd>
                  <dt className="font-bold">Who may read it</dt>
                  <dd>{WHO_MAY_READ[pack.visibility]}</dd>
                  <dt className="font-bold">Measures</dt>
                  <dd>{pack.measureCount}</dd>
                </dl>
                {pack.version > 1 ? (
                  <div className="mt-2">
                    <p>
                      <span className="font-bold">Why it was reopened:</span> {pack.changeNote}
                    </p>
                    <p className="font-bold">What changed since version {pack.version - 1}:</p>
                    {pack.changes.length ? (
                      <ul className="list-disc pl-6">
                        {pack.changes.map((change) => (
                          <li key={change}>{change}</li>
                        ))}
                      </ul>
                    ) : (
                      <p>No figure, rating or commentary changed.</p>
                    )}
                  </div>
                ) : null}
                <p className="mt-2">
                  Download {heading}:{' '}
                  {pdf ? (
                    <>
                      <a href={at('pdf')}>PDF</a>,{' '}
                    </>
                  ) : null}
                  <a href={at('csv')}>CSV</a>, <a href={at('xlsx')}>Excel</a>
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </main>
  );
}
