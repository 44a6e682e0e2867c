import { type AuditEntry, recordAudit as recordAuditIn, type Viewer } from '@collexis/platform';
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

/** Records changes in this domain's audit log, in the same transaction as the changes (pass the transaction). */
export function recordAudit(
  tx: Pick<BankSyncDatabase, 'insert'>,
  viewer: Viewer,
  entries: readonly AuditEntry[],
) {
  return recordAuditIn(
    tx,
    auditLog,
    viewer,
    entries.map((entry) => ({ ...entry, entityKey: entry.entityKey.slice(0, 100) })),
  );
}
