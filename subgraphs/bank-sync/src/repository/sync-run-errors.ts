import { and, asc, eq, getTableColumns, gt, inArray, lte, sql } from 'drizzle-orm';
import { syncRunErrors } from '../db';
import type { BankSyncQueryRunner, SyncRunErrorRow } from '../db/database';
import type { SyncEntityName } from '../inputs/sync-entities';

/** The records a run rejected, each with the reason, kept with the run (`SyncRun.errors`). */
export type NewRunError = typeof syncRunErrors.$inferInsert;

export async function insertRunErrors(
  tx: BankSyncQueryRunner,
  errors: readonly NewRunError[],
): Promise<void> {
  if (errors.length > 0) await tx.insert(syncRunErrors).values([...errors]);
}

/** A page of a run's errors: of one entity type or all, after an error, of a size. */
export interface ErrorPage {
  entityType: SyncEntityName | null;
  /** Id of the last error of the previous page. */
  afterId: number | null;
  limit: number;
}

/** The first `limit` errors of each run (after `afterId`), in the order they were found: one statement. */
export async function findRunErrorPages(
  db: BankSyncQueryRunner,
  runIds: readonly string[],
  query: ErrorPage,
): Promise<SyncRunErrorRow[]> {
  const ranked = db
    .select({
      ...getTableColumns(syncRunErrors),
      rank: sql<number>`row_number() OVER (PARTITION BY ${syncRunErrors.runId} ORDER BY ${syncRunErrors.id})`.as(
        'rank',
      ),
    })
    .from(syncRunErrors)
    .where(
      and(
        inArray(syncRunErrors.runId, [...runIds]),
        query.entityType === null ? undefined : eq(syncRunErrors.entityType, query.entityType),
        query.afterId === null ? undefined : gt(syncRunErrors.id, query.afterId),
      ),
    )
    .as('ranked');
  const rows = await db
    .select()
    .from(ranked)
    .where(lte(ranked.rank, query.limit))
    .orderBy(asc(ranked.runId), asc(ranked.id));
  return rows.map(({ rank: _rank, ...error }) => error);
}
