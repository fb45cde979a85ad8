// Everything a person's home page shows, by the roles they hold: an account with several roles
// gets each part (lead, executive, admin, committee). The number of queries depends on the roles,
// never on how many measures, leads or packs there are (db/queries/home/home.test.ts counts them).
import { can, type Actor } from '../../../lib/auth/policy';
import type { Queryable } from '../../client';
import { findOpenPeriod } from '../periods';
import { loadAdminHome, type AdminHome } from './admin';
import { awaitingSignOff, loadExecutiveHome, type ExecutiveHome } from './executive';
import { loadLeadHome, type LeadHome } from './lead';
import { loadPacksHome, type PacksHome } from './viewer';

export type Home = {
  /** The month open for entry, as "2020-11"; null when none is open. */
  openMonth: string | null;
  lead?: LeadHome;
  /** Present for an executive: null when no month is in review or open. */
  executive?: ExecutiveHome | null;
  admin?: AdminHome;
  /** The published packs: for the committee, and the latest one for an executive. */
  packs?: PacksHome;
};

const has = (actor: Actor, role: Actor['roles'][number]) => actor.roles.includes(role);

/** `today` is the council's date ("2020-12-11"): it decides what is overdue. */
export async function loadHome(db: Queryable, actor: Actor, today: string): Promise<Home> {
  const open = await findOpenPeriod(db);
  const home: Home = { openMonth: open ? open.month.slice(0, 7) : null };
  // One after another: the embedded database has one connection, and on PostgreSQL each part is a
  // few milliseconds.
  if (has(actor, 'lead')) home.lead = await loadLeadHome(db, actor, open);
  if (has(actor, 'executive')) {
    const month = await awaitingSignOff(db, open);
    home.executive = month ? await loadExecutiveHome(db, month) : null;
  }
  if (has(actor, 'admin')) home.admin = await loadAdminHome(db, open, today);
  if (has(actor, 'viewer') || has(actor, 'executive')) {
    home.packs = await loadPacksHome(db, { membersOnly: can(actor, 'packs.viewMembersOnly'), headline: has(actor, 'viewer') });
  }
  return home;
}
