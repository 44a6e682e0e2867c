import { type Connection, encodeCursor, pageSize, toConnection } from '@collexis/platform/graphql';
import type { BankSyncDatabase, StaleRecordRow } from '../db/database';
import type { QueryStaleRecordsArgs } from '../generated/resolvers-types';
import { entityNameOf } from '../inputs/entity-types';
import { findStaleRecordPage } from '../repository/stale-records';
import { decodeStringCursor } from './cursors';

/** Stale records by natural key; the cursor carries the key parts of the page's last record. */
export async function staleRecordConnection(
  db: BankSyncDatabase,
  args: QueryStaleRecordsArgs,
): Promise<Connection<StaleRecordRow>> {
  const size = pageSize(args.first);
  const after = args.after == null ? null : decodeStringCursor(args.after, 2);
  const rows = await findStaleRecordPage(db, {
    entity: entityNameOf(args.entityType),
    olderThan: args.olderThan,
    sourceSystem: args.sourceSystem ?? null,
    after: after === null ? null : [after[0] ?? '', after[1] ?? ''],
    limit: size + 1,
  });
  return toConnection(rows, size, (record) => encodeCursor(record.keyParts));
}
