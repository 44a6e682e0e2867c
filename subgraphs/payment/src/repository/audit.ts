import { type AuditEntry, recordAudit as recordAuditIn, type Viewer } from '@collexis/platform';
import { and, desc, eq, lt } from 'drizzle-orm';
import { auditLog } from '../db';
import type { AuditEntryRow, PaymentQueryRunner } from '../models';

export interface AuditSlice {
  entityType?: string;
  entityKey?: string;
  /** Only entries older than this id: the page after a cursor. */
  beforeId?: number;
  take: number;
}

/** Audit entries, newest first (the id grows with every insert). */
export function findAuditEntries(db: PaymentQueryRunner, slice: AuditSlice): Promise<AuditEntryRow[]> {
  const { entityType, entityKey, beforeId, take } = slice;
  return db
    .select()
    .from(auditLog)
    .where(
      and(
        entityType === undefined ? undefined : eq(auditLog.entityType, entityType),
        entityKey === undefined ? undefined : eq(auditLog.entityKey, entityKey),
        beforeId === undefined ? undefined : lt(auditLog.id, beforeId),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(take);
}

/** Records changes in this domain's audit log, in the same transaction as the changes (pass the transaction). */
export function recordAudit(
  tx: PaymentQueryRunner,
  viewer: Viewer,
  entries: readonly AuditEntry[],
): Promise<void> {
  return recordAuditIn(tx, auditLog, viewer, entries);
}
