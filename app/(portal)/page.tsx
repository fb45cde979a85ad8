// The home page: what needs doing now, for each role the person holds (an account with several
// roles sees each part, in the order lead, executive, administrator, committee). Server components
// only: the page sends no script of its own. The data comes from db/queries/home in a number of
// queries that does not grow with the measures.
import type { Metadata } from 'next';
import { requireUser } from '@/app/_server/guard';
import { kept } from '@/app/_server/kept';
import { loadHome } from '@/db/queries/home';
import { todayInLondon } from '@/lib/dates';
import { AdminSection } from './_home/admin-section';
import { ExecutiveSection } from './_home/executive-section';
import { LeadSection } from './_home/lead-section';
import { LatestPackLine, PacksSection } from './_home/packs-section';

export const metadata: Metadata = { title: 'Home' };

export default async function HomePage() {
  const user = await requireUser();
  const today = todayInLondon();
  // Kept per person and roles (what they own, what they may see) and day (what is overdue).
  const home = await kept(['home', user.id, user.roles.toSorted().join(','), today], (db) => loadHome(db, user, today));
  return (
    <main id="main-content" className="mx-auto max-w-7xl px-4 py-8">
      <h1 className="mb-8 text-3xl font-bold">Home</h1>
      {home.lead ? <LeadSection lead={home.lead} today={today} /> : null}
      {home.executive !== undefined ? <ExecutiveSection executive={home.executive} /> : null}
      {home.admin ? <AdminSection admin={home.admin} today={today} /> : null}
      {home.packs && user.roles.includes('viewer') ? <PacksSection packs={home.packs} /> : null}
      {home.packs && !user.roles.includes('viewer') ? <LatestPackLine packs={home.packs} /> : null}
    </main>
  );
}
