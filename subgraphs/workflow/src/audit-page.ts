import {
  BadUserInputError,
  type Connection,
  decodeCursor,
  encodeCursor,
  type PageArgs,
  pageSize,
  toConnection,
} from '@collexis/platform';
import type { AuditEntryRow } from './models';
import { findAuditPage } from './repository/audit-log';
import type { WorkflowDatabase } from './repository/database';

export interface AuditPageArgs extends PageArgs {
  entityType?: string | null;
  entityKey?: string | null;
}

/** The audit entry id an `after` cursor carries. */
function entryIdOf(after: string): number {
  const [id] = decodeCursor(after, 1);
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) {
    throw new BadUserInputError('after', 'after is not a cursor this field returned');
  }
  return id;
}

/** A page of audit entries, newest first; the cursor is the id of the page's last entry. */
export async function auditPage(
  db: WorkflowDatabase,
  args: AuditPageArgs,
): Promise<Connection<AuditEntryRow>> {
  if (args.entityKey != null && args.entityType == null) {
    throw new BadUserInputError(
      'entityType',
      'entityType is required with entityKey: keys are unique per entity type',
    );
  }
  const limit = pageSize(args.first);
  const rows = await findAuditPage(db, {
    entityType: args.entityType ?? null,
    entityKey: args.entityKey ?? null,
    beforeId: args.after == null ? null : entryIdOf(args.after),
    limit: limit + 1,
  });
  return toConnection(rows, limit, (entry) => encodeCursor([entry.id]));
}
