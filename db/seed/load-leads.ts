// A fixture for `npm run test:load` only: `leads` lead accounts (load.lead001@tfc.example, …, with
// the demo password), each owning `measuresPerLead` or so copies of the reference pack's measures
// ("LD1", "LD2", … so the entry form accepts their refs), with their targets and entries. Run after
// the reference pack and the demo; never for real data.
import { asc, inArray, like } from 'drizzle-orm';
import type { Database } from '../client';
import { hashPassword } from '../../lib/auth/password';
import { measures, userRoles, users } from '../schema';
import { copyMeasures } from './copy-measures';
import { DEMO_PASSWORD } from './demo';

export const loadLeadEmail = (n: number) => `load.lead${String(n).padStart(3, '0')}@tfc.example`;

/** How many times to copy the 32 measures so each of `leads` owns `measuresPerLead` (at most 999 copies). */
export function copiesFor(baseMeasures: number, leads: number, measuresPerLead: number): number {
  const copies = Math.ceil((leads * measuresPerLead) / baseMeasures);
  if (copies * baseMeasures > 999) throw new Error(`Too many measures for the load fixture: ${copies * baseMeasures} (at most 999).`);
  return copies;
}

export async function addLoadLeads(db: Database, leads: number, measuresPerLead: number): Promise<{ leads: number; measures: number }> {
  const base = await db.select({ id: measures.id }).from(measures);
  let made = 0;
  await copyMeasures(db, copiesFor(base.length, leads, measuresPerLead) + 1, () => `LD${++made}`);
  // One hash for every account: argon2 is slow on purpose, and they share the demo password.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const people = await tx
      .insert(users)
      .values(Array.from({ length: leads }, (_, i) => ({ email: loadLeadEmail(i + 1), name: `Load Lead ${i + 1}`, passwordHash })))
      .returning({ id: users.id, email: users.email });
    await tx.insert(userRoles).values(people.map((p) => ({ userId: p.id, role: 'lead' as const })));
    const copies = await tx.select({ id: measures.id, ref: measures.ref }).from(measures).where(like(measures.ref, 'LD%')).orderBy(asc(measures.id));
    // Round robin: lead n owns LDn, LD(n + leads), …
    for (let i = 0; i < people.length; i++) {
      const owned = copies.filter((_, k) => k % people.length === i).map((m) => m.id);
      if (owned.length > 0) await tx.update(measures).set({ ownerId: people[i]!.id }).where(inArray(measures.id, owned));
    }
  });
  return { leads, measures: made };
}
