import type { Queryable } from './client';
import { auditEvents, type NewAuditEvent } from './schema';

/** Writes one audit event; call it inside the same transaction as the change it records. */
export async function recordAuditEvent(db: Queryable, event: NewAuditEvent): Promise<void> {
  await db.insert(auditEvents).values(event);
}
