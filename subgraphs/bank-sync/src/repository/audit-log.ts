import type { AuditEntry, Viewer } from '@collexis/platform';
import { and, desc, eq, lt } from 'drizzle-orm';
import type { BankSyncDatabase } from '../database';
import { auditLog } from '../db';
import type { AuditEntryRow } from '../models';

export interface AuditPageQuery {
  entityType: string | null;
  entityKey: string | null;
  /** Id of the last entry of the previous page. */
  beforeId: number | null;
  limit: number;
}

/** Audit entries newest first (ids grow in commit order within this schema's sequence). */
export function findAuditPage(db: BankSyncDatabase, query: AuditPageQuery): Promise<AuditEntryRow[]> {
  return db
    .select()
    .from(auditLog)
    .where(
      and(
        query.entityType === null ? undefined : eq(auditLog.entityType, query.entityType),
        query.entityKey === null ? undefined : eq(auditLog.entityKey, query.entityKey),
        query.beforeId === null ? undefined : lt(auditLog.id, query.beforeId),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(query.limit);
}

/**
 * Records changes in the same transaction as the change itself. It is platform's recordAudit for this
 * domain's typed transactions: the platform's parameter type only accepts a database without a schema.
 */
export async function recordAudit(
  tx: Pick<BankSyncDatabase, 'insert'>,
  viewer: Viewer,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await tx.insert(auditLog).values(
    entries.map((entry) => ({
      actor: viewer.id,
      operation: entry.operation,
      entityType: entry.entityType,
      entityKey: entry.entityKey.slice(0, 100),
      before: entry.before ?? null,
      after: entry.after ?? null,
    })),
  );
}
