import { BadUserInputError, type Connection, encodeCursor, pageSize, toConnection } from '@collexis/platform';
import type { BankSyncDatabase } from '../database';
import type { QueryBankSyncAuditLogArgs } from '../generated/resolvers-types';
import type { AuditEntryRow } from '../models';
import { findAuditPage } from '../repository/audit-log';
import { decodeIdCursor } from './cursors';

/** Audit entries newest first; the cursor is the id of the page's last entry. */
export async function auditEntryConnection(
  db: BankSyncDatabase,
  args: QueryBankSyncAuditLogArgs,
): Promise<Connection<AuditEntryRow>> {
  if (args.entityKey != null && args.entityType == null) {
    throw new BadUserInputError(
      'entityType',
      'entityType is required with entityKey: keys are unique per entity type',
    );
  }
  const size = pageSize(args.first);
  const rows = await findAuditPage(db, {
    entityType: args.entityType ?? null,
    entityKey: args.entityKey ?? null,
    beforeId: decodeIdCursor(args.after),
    limit: size + 1,
  });
  return toConnection(rows, size, (entry) => encodeCursor([entry.id]));
}
