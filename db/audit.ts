import type { AuditAction } from '../lib/audit-actions';
import type { Queryable } from './client';
import { auditEvents, type NewAuditEvent } from './schema';

export type AuditEventInput = Omit<NewAuditEvent, 'action'> & { action: AuditAction };

/** Writes one audit event; call it inside the same transaction as the change it records. */
export async function recordAuditEvent(db: Queryable, event: AuditEventInput): Promise<void> {
  await db.insert(auditEvents).values(event);
}
