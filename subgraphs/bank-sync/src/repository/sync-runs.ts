import type { AuditEntry } from '@collexis/platform/db';
import type { Viewer } from '@collexis/platform/graphql';
import { and, arrayContains, asc, desc, eq, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import { syncRunEntities, syncRuns } from '../db';
import type { BankSyncQueryRunner, SyncRunEntityRow, SyncRunRow, SyncStatusRow } from '../db/database';
import { runFinished } from '../events/sync-event-rows';
import { dependencyRank, type SyncEntityName, syncEntityNames } from '../inputs/sync-entities';
import { recordAudit } from './audit-log';
import { appendSyncEvents } from './sync-events';

export interface NewRun {
  sourceSystem: string;
  trigger: 'FILE' | 'PUSH' | 'API';
  triggeredBy: string;
  /** Entity types the run covers, each with the files it will read for it (none for a pushed batch). */
  entities: readonly { entityType: SyncEntityName; files: readonly string[] }[];
}

export interface RecordCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

/** Records a run as RUNNING, committed at once so that `syncRun` shows it while it works. */
export async function createRun(db: BankSyncQueryRunner, run: NewRun): Promise<SyncRunRow> {
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(syncRuns)
      .values({
        sourceSystem: run.sourceSystem,
        entityTypes: run.entities.map((entity) => entity.entityType),
        trigger: run.trigger,
        triggeredBy: run.triggeredBy,
        status: 'RUNNING',
        files: run.entities.flatMap((entity) => entity.files),
      })
      .returning();
    if (!created) throw new Error('INSERT ... RETURNING gave no sync run');
    await tx.insert(syncRunEntities).values(
      run.entities.map((entity) => ({
        runId: created.id,
        entityType: entity.entityType,
        files: [...entity.files],
      })),
    );
    return created;
  });
}

/** Adds one batch's counts to its run and to the run's entity type, inside the batch's transaction. */
export async function addBatchCounts(
  tx: BankSyncQueryRunner,
  runId: string,
  entityType: SyncEntityName,
  counts: RecordCounts,
): Promise<void> {
  const increments = {
    insertedCount: sql`inserted_count + ${counts.inserted}`,
    updatedCount: sql`updated_count + ${counts.updated}`,
    unchangedCount: sql`unchanged_count + ${counts.unchanged}`,
    rejectedCount: sql`rejected_count + ${counts.rejected}`,
  };
  await tx.update(syncRuns).set(increments).where(eq(syncRuns.id, runId));
  await tx
    .update(syncRunEntities)
    .set(increments)
    .where(and(eq(syncRunEntities.runId, runId), eq(syncRunEntities.entityType, entityType)));
}

/**
 * Ends a run: FAILED with the reason when it stopped on an error, otherwise PARTIAL when it rejected records
 * and SUCCEEDED when it did not. The run's audit entry and its SYNC_COMPLETED or SYNC_FAILED event are written
 * in the same transaction, which commits even when the run's failed batch rolled back.
 */
export async function finishRun(
  db: BankSyncQueryRunner,
  finish: { runId: string; failureReason: string | null; viewer: Viewer; operation: string },
): Promise<SyncRunRow> {
  return db.transaction(async (tx) => {
    const status = finish.failureReason
      ? sql`'FAILED'`
      : sql`CASE WHEN ${syncRuns.rejectedCount} > 0 THEN 'PARTIAL' ELSE 'SUCCEEDED' END`;
    const [finished] = await tx
      .update(syncRuns)
      .set({ status, finishedAt: sql`now()`, failureReason: finish.failureReason })
      .where(eq(syncRuns.id, finish.runId))
      .returning();
    if (!finished) throw new Error(`sync run ${finish.runId} does not exist`);
    const entry: AuditEntry = {
      operation: finish.operation,
      entityType: 'SyncRun',
      entityKey: finished.id,
      before: { status: 'RUNNING' },
      after: runSummary(finished),
    };
    await recordAudit(tx, finish.viewer, [entry]);
    await appendSyncEvents(tx, [runFinished(finished)]);
    return finished;
  });
}

/**
 * Marks as FAILED the file runs of the source system still RUNNING. Called while holding the source system's
 * run lock, which no live run can be without: such a run was cut short by its process stopping.
 */
export async function failInterruptedFileRuns(
  db: BankSyncQueryRunner,
  sourceSystem: string,
  viewer: Viewer,
): Promise<void> {
  await db.transaction(async (tx) => {
    const interrupted = await tx
      .update(syncRuns)
      .set({
        status: 'FAILED',
        finishedAt: sql`now()`,
        failureReason: 'interrupted: the process running it stopped before it finished',
      })
      .where(
        and(
          eq(syncRuns.sourceSystem, sourceSystem),
          eq(syncRuns.trigger, 'FILE'),
          eq(syncRuns.status, 'RUNNING'),
        ),
      )
      .returning();
    await recordAudit(
      tx,
      viewer,
      interrupted.map((run) => ({
        operation: 'runSync',
        entityType: 'SyncRun',
        entityKey: run.id,
        before: { status: 'RUNNING' },
        after: runSummary(run),
      })),
    );
    await appendSyncEvents(tx, interrupted.map(runFinished));
  });
}

function runSummary(run: SyncRunRow) {
  return {
    sourceSystem: run.sourceSystem,
    trigger: run.trigger,
    entityTypes: run.entityTypes,
    status: run.status,
    files: run.files,
    inserted: run.insertedCount,
    updated: run.updatedCount,
    unchanged: run.unchangedCount,
    rejected: run.rejectedCount,
    failureReason: run.failureReason,
  };
}

export function findRunsByIds(db: BankSyncQueryRunner, ids: readonly string[]): Promise<SyncRunRow[]> {
  return db
    .select()
    .from(syncRuns)
    .where(inArray(syncRuns.id, [...ids]));
}

export interface RunCriteria {
  sourceSystem?: string | null;
  status?: string | null;
  trigger?: string | null;
  entityType?: SyncEntityName | null;
}

export interface RunPageQuery {
  criteria: RunCriteria;
  /** Start time and id of the last run of the previous page. */
  after: { startedAt: Date; id: string } | null;
  limit: number;
}

/** Runs newest first, keyset-paginated on (started_at, id). */
export function findRunPage(db: BankSyncQueryRunner, query: RunPageQuery): Promise<SyncRunRow[]> {
  const { criteria, after } = query;
  const conditions: (SQL | undefined)[] = [
    criteria.sourceSystem == null ? undefined : eq(syncRuns.sourceSystem, criteria.sourceSystem),
    criteria.status == null ? undefined : eq(syncRuns.status, criteria.status),
    criteria.trigger == null ? undefined : eq(syncRuns.trigger, criteria.trigger),
    criteria.entityType == null ? undefined : arrayContains(syncRuns.entityTypes, [criteria.entityType]),
    after
      ? or(
          lt(syncRuns.startedAt, after.startedAt),
          and(eq(syncRuns.startedAt, after.startedAt), lt(syncRuns.id, after.id)),
        )
      : undefined,
  ];
  return db
    .select()
    .from(syncRuns)
    .where(and(...conditions))
    .orderBy(desc(syncRuns.startedAt), desc(syncRuns.id))
    .limit(query.limit);
}

const entityOrder = sql`array_position(ARRAY[${sql.join(
  syncEntityNames.map((name) => sql`${name}`),
  sql`, `,
)}]::text[], ${syncRunEntities.entityType}::text)`;

/** Each run's totals per entity type, in dependency order. */
export function findRunEntitiesByRuns(
  db: BankSyncQueryRunner,
  runIds: readonly string[],
): Promise<SyncRunEntityRow[]> {
  return db
    .select()
    .from(syncRunEntities)
    .where(inArray(syncRunEntities.runId, [...runIds]))
    .orderBy(asc(syncRunEntities.runId), entityOrder);
}

/** The latest run of every source system for every entity type it has run (seed 004 getSyncStatus). */
export async function findSyncStatus(db: BankSyncQueryRunner): Promise<SyncStatusRow[]> {
  const rows = await db
    .selectDistinctOn([syncRuns.sourceSystem, syncRunEntities.entityType], {
      run: syncRuns,
      entity: syncRunEntities,
    })
    .from(syncRunEntities)
    .innerJoin(syncRuns, eq(syncRuns.id, syncRunEntities.runId))
    .orderBy(syncRuns.sourceSystem, syncRunEntities.entityType, desc(syncRuns.startedAt), desc(syncRuns.id));
  return rows
    .sort(
      (a, b) =>
        a.run.sourceSystem.localeCompare(b.run.sourceSystem) ||
        dependencyRank(a.entity.entityType) - dependencyRank(b.entity.entityType),
    )
    .map(({ run, entity: { runId: _runId, files: _files, ...counts } }) => ({
      ...counts,
      sourceSystem: run.sourceSystem,
      status: run.status,
      startedAt: run.startedAt,
      finishedAt: run.finishedAt,
      run,
    }));
}
