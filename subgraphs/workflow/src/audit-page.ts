import { type AuditPageArgs, auditLogPage } from '@collexis/platform/db';
import { BadUserInputError, type Connection } from '@collexis/platform/graphql';
import { auditLog } from './db';
import type { AuditEntryRow } from './models';
import type { WorkflowDatabase } from './repository/database';

export type { AuditPageArgs };

/** A page of audit entries, newest first; an entity key only means something within its entity type. */
export function auditPage(db: WorkflowDatabase, args: AuditPageArgs): Promise<Connection<AuditEntryRow>> {
  if (args.entityKey != null && args.entityType == null) {
    throw new BadUserInputError(
      'entityType',
      'entityType is required with entityKey: keys are unique per entity type',
    );
  }
  return auditLogPage(db, auditLog, args);
}
