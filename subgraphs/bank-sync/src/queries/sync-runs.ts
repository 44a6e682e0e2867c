import { type Connection, encodeCursor, pageSize, toConnection } from '@collexis/platform/graphql';
import type { BankSyncDatabase, SyncRunErrorRow, SyncRunRow } from '../db/database';
import type { QuerySyncRunsArgs, SyncRunErrorsArgs } from '../generated/resolvers-types';
import { entityNameOf } from '../inputs/entity-types';
import type { Loaders } from '../loaders';
import { findRunPage } from '../repository/sync-runs';
import { decodeIdCursor, decodeStringCursor, foreignCursor } from './cursors';

/** Runs newest first; the cursor carries the start time and id of the page's last run. */
export async function syncRunConnection(
  db: BankSyncDatabase,
  args: QuerySyncRunsArgs,
): Promise<Connection<SyncRunRow>> {
  const size = pageSize(args.first);
  const filter = args.filter ?? {};
  const rows = await findRunPage(db, {
    criteria: {
      sourceSystem: filter.sourceSystem,
      status: filter.status,
      trigger: filter.trigger,
      entityType: filter.entityType == null ? null : entityNameOf(filter.entityType),
    },
    after: args.after == null ? null : decodeRunCursor(args.after),
    limit: size + 1,
  });
  return toConnection(rows, size, (run) => encodeCursor([run.startedAt.toISOString(), run.id]));
}

function decodeRunCursor(after: string): { startedAt: Date; id: string } {
  const [startedAt = '', id = ''] = decodeStringCursor(after, 2);
  const date = new Date(startedAt);
  if (Number.isNaN(date.getTime())) throw foreignCursor();
  return { startedAt: date, id };
}

/** A page of one run's errors in the order they were found; every run of a response shares one statement. */
export async function syncRunErrorConnection(
  loaders: Loaders,
  run: SyncRunRow,
  args: SyncRunErrorsArgs,
): Promise<Connection<SyncRunErrorRow>> {
  const size = pageSize(args.first);
  const rows = await loaders.syncRunErrorPage.load({
    parent: run.id,
    page: {
      entityType: args.entityType == null ? null : entityNameOf(args.entityType),
      afterId: decodeIdCursor(args.after),
      limit: size + 1,
    },
  });
  return toConnection(rows, size, (error) => encodeCursor([error.id]));
}
