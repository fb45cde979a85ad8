// A month's row is the lock that keeps its entries and its state in step. Entry writes hold it
// `for share` (many saves at once, none while the state changes); a change of state holds it
// `for update` (alone). Both return the state (and whether it is imported history) as it is now, not as it was read before the lock.
import { eq } from 'drizzle-orm';
import type { Transaction } from '../client';
import { periods, type Period } from '../schema';

type LockedPeriod = Pick<Period, 'id' | 'month' | 'state' | 'importedAt'>;

async function lockPeriod(tx: Transaction, periodId: number, strength: 'share' | 'update'): Promise<LockedPeriod | null> {
  const [period] = await tx
    .select({ id: periods.id, month: periods.month, state: periods.state, importedAt: periods.importedAt })
    .from(periods)
    .where(eq(periods.id, periodId))
    .for(strength);
  return period ?? null;
}

/** Before writing a month's entries: waits for any change of its state, then holds it off. */
export const lockPeriodForEntries = (tx: Transaction, periodId: number) => lockPeriod(tx, periodId, 'share');

/** Before changing a month's state: waits for every entry write in flight, then holds them off. */
export const lockPeriodForStateChange = (tx: Transaction, periodId: number) => lockPeriod(tx, periodId, 'update');
