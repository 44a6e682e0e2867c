import type { AuditEntry, Viewer } from '@collexis/platform';
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

/**
 * Records changes in the same transaction as the change itself: platform's recordAudit, for this domain's
 * typed transactions (its parameter type only accepts a database without a schema).
 */
export async function recordAudit(
  db: PaymentQueryRunner,
  viewer: Viewer,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await db.insert(auditLog).values(
    entries.map((entry) => ({
      actor: viewer.id,
      operation: entry.operation,
      entityType: entry.entityType,
      entityKey: entry.entityKey,
      before: entry.before ?? null,
      after: entry.after ?? null,
    })),
  );
}
