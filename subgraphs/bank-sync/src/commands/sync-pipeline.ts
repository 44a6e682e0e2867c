import type { Viewer } from '@collexis/platform/graphql';
import type pg from 'pg';
import type { BankSyncDatabase, SyncRunRow } from '../db/database';
import { ConflictError } from '../errors';
import type { CoreSourceSystem, SyncEntityName } from '../inputs/sync-entities';
import { tryLockSourceSystem } from '../repository/run-lock';
import { createRun, failInterruptedFileRuns, finishRun } from '../repository/sync-runs';
import { applyBatch, type RunContext, type ScreenedBatch, screenBatch } from './sync-batch';
import { type InboxFile, listInboxFiles, moveToProcessed, readInboxFile } from './sync-inbox';
import { inBatches, pushedRecords, readAhead } from './sync-readers';
import { applyTwoInFlight } from './two-in-flight';

/**
 * Records per batch: one transaction and one upsert statement (each column one array parameter, whatever the
 * size). An import holds at most three batches (one being screened, two being written), so its memory does not
 * follow the file; larger batches measured no faster.
 */
export const BATCH_SIZE = 1_000;

export interface SyncPipelineOptions {
  db: BankSyncDatabase;
  /** For the connection that holds a file run's lock. */
  pool: pg.Pool;
  /** Folder where core systems drop their exports. */
  inboxDir: string;
}

export interface FileRunRequest {
  sourceSystem: CoreSourceSystem;
  /** Entity types to import, in any order; they are processed in dependency order. */
  entityTypes: readonly SyncEntityName[];
}

export interface PushRequest {
  sourceSystem: CoreSourceSystem;
  entityType: SyncEntityName;
  records: readonly unknown[];
}

export interface SyncPipeline {
  /** Imports the source system's exports waiting in the inbox (seed 004 syncAllEntities / syncEntityType). */
  runFiles(request: FileRunRequest, viewer: Viewer): Promise<SyncRunRow>;
  /** Applies a small batch of records sent in the request, through the same validation and upsert. */
  pushBatch(request: PushRequest, viewer: Viewer): Promise<SyncRunRow>;
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function* screenedBatches(
  file: InboxFile,
  sourceSystem: CoreSourceSystem,
): AsyncGenerator<ScreenedBatch> {
  for await (const batch of inBatches(readInboxFile(file), BATCH_SIZE)) {
    yield screenBatch(file.entity, sourceSystem, batch);
  }
}

export function createSyncPipeline(options: SyncPipelineOptions): SyncPipeline {
  const { db, pool, inboxDir } = options;

  /** Runs `work`; a run that throws is recorded as FAILED with the reason instead of being left RUNNING. */
  async function complete(run: RunContext, work: () => Promise<void>): Promise<SyncRunRow> {
    let failureReason: string | null = null;
    try {
      await work();
    } catch (error) {
      failureReason = reasonOf(error);
    }
    return finishRun(db, { runId: run.runId, failureReason, viewer: run.viewer, operation: run.operation });
  }

  return {
    async runFiles(request, viewer) {
      const unlock = await tryLockSourceSystem(pool, request.sourceSystem);
      if (!unlock) {
        throw new ConflictError(
          `a ${request.sourceSystem} sync run is already in progress; wait for it to finish`,
          'sourceSystem',
        );
      }
      try {
        await failInterruptedFileRuns(db, request.sourceSystem, viewer);
        const files = await listInboxFiles(inboxDir, request.sourceSystem, request.entityTypes);
        const created = await createRun(db, {
          sourceSystem: request.sourceSystem,
          trigger: 'FILE',
          triggeredBy: viewer.id,
          entities: request.entityTypes.map((entityType) => ({
            entityType,
            files: files.filter((file) => file.entity === entityType).map((file) => file.name),
          })),
        });
        const run: RunContext = {
          runId: created.id,
          sourceSystem: request.sourceSystem,
          viewer,
          operation: 'runSync',
          storedErrors: new Map(),
        };
        return await complete(run, async () => {
          for (const file of files) {
            await applyTwoInFlight(readAhead(screenedBatches(file, run.sourceSystem)), (batch, previous) =>
              applyBatch(db, run, file.entity, batch, previous),
            );
            await moveToProcessed(inboxDir, run.runId, file);
          }
        });
      } finally {
        await unlock();
      }
    },

    async pushBatch(request, viewer) {
      const created = await createRun(db, {
        sourceSystem: request.sourceSystem,
        trigger: 'PUSH',
        triggeredBy: viewer.id,
        entities: [{ entityType: request.entityType, files: [] }],
      });
      const run: RunContext = {
        runId: created.id,
        sourceSystem: request.sourceSystem,
        viewer,
        operation: 'pushSyncBatch',
        storedErrors: new Map(),
      };
      return complete(run, async () => {
        const batch = screenBatch(request.entityType, run.sourceSystem, pushedRecords(request.records));
        await applyBatch(db, run, request.entityType, batch);
      });
    },
  };
}
