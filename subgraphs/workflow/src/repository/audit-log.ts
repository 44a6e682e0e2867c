import type { AuditEntry, Viewer } from '@collexis/platform';
import { and, desc, eq, lt } from 'drizzle-orm';
import { auditLog } from '../db';
import type { AuditEntryRow } from '../models';
import type { Executor, WorkflowDatabase } from './database';

/**
 * Records changes in the same transaction as the changes themselves (pass the transaction). It is platform's
 * recordAudit for this domain's typed transactions, whose type the platform's parameter does not accept.
 */
export async function recordAudit(
  tx: Executor,
  viewer: Viewer,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await tx.insert(auditLog).values(
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

export interface AuditPageQuery {
  entityType: string | null;
  entityKey: string | null;
  /** Id of the last entry of the previous page. */
  beforeId: number | null;
  limit: number;
}

/** Audit entries newest first: ids grow in insertion order. */
export function findAuditPage(db: WorkflowDatabase, query: AuditPageQuery): Promise<AuditEntryRow[]> {
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
