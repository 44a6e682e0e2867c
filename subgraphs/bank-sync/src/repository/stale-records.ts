import { and, eq, getTableColumns, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { syncSightings } from '../db';
import type { BankSyncQueryRunner, StaleRecordRow } from '../db/database';
import { type SyncEntity, type SyncEntityName, syncEntities } from '../inputs/sync-entities';

export interface StalePageQuery {
  entity: SyncEntityName;
  olderThan: Date;
  sourceSystem: string | null;
  /** Natural key parts of the last record of the previous page. */
  after: readonly [string, string] | null;
  limit: number;
}

function columnNamed(entity: SyncEntity, name: string): PgColumn {
  const column = Object.values(getTableColumns(entity.table)).find((candidate) => candidate.name === name);
  if (!column) throw new Error(`${entity.name} has no column ${name}`);
  return column;
}

/**
 * Records of the entity type whose last sighting in an export (or, for rows no run has seen, whose
 * last_synced_at) is before `olderThan`, or that no sync has ever seen; ordered by natural key.
 */
export async function findStaleRecordPage(
  db: BankSyncQueryRunner,
  query: StalePageQuery,
): Promise<StaleRecordRow[]> {
  const entity = syncEntities[query.entity];
  const [firstKey, secondKey] = entity.key;
  const keyPart1 = sql<string>`${columnNamed(entity, firstKey)}`;
  const keyPart2 =
    secondKey === undefined ? sql<string>`''` : sql<string>`${columnNamed(entity, secondKey)}::text`;
  // loan_collaterals has no last_synced_at: its updated_at is when a sync last wrote it.
  const syncedColumn = columnNamed(entity, entity.synchronized ? 'last_synced_at' : 'updated_at');
  const sourceSystem = columnNamed(entity, 'source_system');
  const lastSeen = sql<Date | null>`coalesce(${syncSightings.lastSeenAt}, ${syncedColumn})`;
  const conditions: (SQL | undefined)[] = [
    // The seed leaves customers.cif nullable; a row without its natural key cannot be named.
    sql`${keyPart1} IS NOT NULL`,
    or(sql`${lastSeen} < ${query.olderThan.toISOString()}`, sql`${lastSeen} IS NULL`),
    query.sourceSystem === null ? undefined : eq(sourceSystem, query.sourceSystem),
    query.after === null
      ? undefined
      : sql`(${keyPart1}, ${keyPart2}) > (${query.after[0]}, ${query.after[1]})`,
  ];
  const rows = await db
    .select({
      keyPart1,
      keyPart2,
      sourceSystem: sql<string>`${sourceSystem}`,
      lastSyncedAt: entity.synchronized ? sql`${syncedColumn}`.mapWith(syncedColumn) : sql`null`,
      lastSeenAt: syncSightings.lastSeenAt,
    })
    .from(entity.table)
    .leftJoin(
      syncSightings,
      and(
        eq(syncSightings.entityType, entity.name),
        eq(syncSightings.keyPart1, keyPart1),
        eq(syncSightings.keyPart2, keyPart2),
      ),
    )
    .where(and(...conditions))
    // PostgreSQL refuses a constant in ORDER BY: one-part keys order by their only part.
    .orderBy(...(secondKey === undefined ? [keyPart1] : [keyPart1, keyPart2]))
    .limit(query.limit);
  return rows.map((row) => ({
    entityType: entity.name,
    key: Object.fromEntries(entity.key.map((field, i) => [field, i === 0 ? row.keyPart1 : row.keyPart2])),
    keyParts: [row.keyPart1, row.keyPart2],
    sourceSystem: row.sourceSystem,
    lastSyncedAt: row.lastSyncedAt instanceof Date ? row.lastSyncedAt : null,
    lastSeenAt: row.lastSeenAt,
  }));
}
