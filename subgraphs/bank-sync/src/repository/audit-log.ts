import {
  type AuditEntry,
  type AuditPageArgs,
  auditLogPage,
  recordAudit as recordAuditIn,
} from '@collexis/platform/db';
import type { Viewer } from '@collexis/platform/graphql';
import { auditLog } from '../db';
import type { BankSyncQueryRunner } from '../db/database';

/** Records changes in this domain's audit log, in the same transaction as the changes (pass the transaction). */
export function recordAudit(tx: BankSyncQueryRunner, viewer: Viewer, entries: readonly AuditEntry[]) {
  return recordAuditIn(tx, auditLog, viewer, entries);
}

/** A page of this domain's audit log, newest first. */
export function findAuditPage(db: BankSyncQueryRunner, args: AuditPageArgs) {
  return auditLogPage(db, auditLog, args);
}
