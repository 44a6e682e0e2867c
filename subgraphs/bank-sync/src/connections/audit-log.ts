import { type AuditPageArgs, auditLogPage } from '@collexis/platform/db';
import { BadUserInputError, type Connection } from '@collexis/platform/graphql';
import type { BankSyncDatabase } from '../database';
import { auditLog } from '../db';
import type { AuditEntryRow } from '../models';

/** Audit entries newest first; an entity key only means something within its entity type. */
export function auditEntryConnection(
  db: BankSyncDatabase,
  args: AuditPageArgs,
): Promise<Connection<AuditEntryRow>> {
  if (args.entityKey != null && args.entityType == null) {
    throw new BadUserInputError(
      'entityType',
      'entityType is required with entityKey: keys are unique per entity type',
    );
  }
  return auditLogPage(db, auditLog, args);
}
