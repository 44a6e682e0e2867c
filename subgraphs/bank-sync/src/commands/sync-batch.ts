import type { Viewer } from '@collexis/platform/graphql';
import type { BankSyncDatabase } from '../db/database';
import { entitiesUpdated } from '../events/sync-event-rows';
import { naturalKeyOf, type RecordIssue, type SyncRecord, validateRecord } from '../inputs/records';
import { type CoreSourceSystem, type SyncEntityName, syncEntities } from '../inputs/sync-entities';
import { recordAudit } from '../repository/audit-log';
import { appendSyncEvents } from '../repository/sync-events';
import {
  compareKeys,
  existingParents,
  keyParts,
  keyString,
  recordSightings,
  upsertRecords,
} from '../repository/sync-records';
import { insertRunErrors, type NewRunError } from '../repository/sync-run-errors';
import { addBatchCounts, type RecordCounts } from '../repository/sync-runs';
import type { RecordLocation, SourceRecord } from './sync-readers';

/** Errors stored per run and entity type; rejectedCount still counts every rejected record. */
const MAX_STORED_ERRORS = 1_000;

/** What every batch of one run shares. */
export interface RunContext {
  runId: string;
  sourceSystem: CoreSourceSystem;
  viewer: Viewer;
  /** The mutation that started the run, recorded in the audit log. */
  operation: 'runSync' | 'pushSyncBatch';
  /** Errors stored so far per entity type, to respect MAX_STORED_ERRORS. */
  storedErrors: Map<SyncEntityName, number>;
}

interface Accepted {
  record: SyncRecord;
  location: RecordLocation;
  parts: [string, string];
  key: string;
}

interface Rejected {
  location: RecordLocation;
  naturalKey: string | null;
  issues: RecordIssue[];
}

const position = (location: RecordLocation) =>
  'batchIndex' in location ? location.batchIndex : location.line;

function describe(location: RecordLocation): string {
  return 'batchIndex' in location ? `batch index ${location.batchIndex}` : `line ${location.line}`;
}

/** A batch after validation: the records to apply, sorted by key, and those rejected so far. */
export interface ScreenedBatch {
  accepted: Accepted[];
  rejected: Rejected[];
}

/**
 * Validates each record on its own and drops those that repeat a key of the batch or name another source.
 * Needs no database, so the pipeline screens the next batch while the current one is being written.
 */
export function screenBatch(
  entityName: SyncEntityName,
  sourceSystem: CoreSourceSystem,
  batch: readonly SourceRecord[],
): ScreenedBatch {
  const entity = syncEntities[entityName];
  const accepted: Accepted[] = [];
  const rejected: Rejected[] = [];
  const firstSeen = new Map<string, RecordLocation>();
  for (const item of batch) {
    const reject = (issues: RecordIssue[]) =>
      rejected.push({ location: item.location, naturalKey: naturalKeyOf(entity.name, item.raw), issues });
    if (item.unreadable !== null) {
      reject([{ code: 'BAD_USER_INPUT', field: null, reason: item.unreadable }]);
      continue;
    }
    const validation = validateRecord(entity.name, item.raw);
    if (!validation.ok) {
      reject(validation.issues);
      continue;
    }
    const given = validation.record.source_system;
    if (given !== null && given !== undefined && given !== sourceSystem) {
      const reason = `is ${String(given)}, but the records come from ${sourceSystem}`;
      reject([{ code: 'CONFLICT', field: 'source_system', reason }]);
      continue;
    }
    const record = { ...validation.record, source_system: sourceSystem };
    const key = keyString(entity, record);
    const first = firstSeen.get(key);
    if (first) {
      const reason = `${key} appears more than once in the export; only its first record (${describe(first)}) is taken`;
      reject([{ code: 'CONFLICT', field: entity.key[0], reason }]);
      continue;
    }
    firstSeen.set(key, item.location);
    accepted.push({ record, location: item.location, parts: keyParts(entity, record), key });
  }
  accepted.sort((a, b) => compareKeys(a.parts, b.parts));
  return { accepted, rejected };
}

/**
 * Applies one screened batch of records of one entity type, in one transaction: valid records whose parents
 * exist are upserted by natural key in one statement, the others are recorded as the run's errors, and the
 * run's counts move on. The errors, counts and audit entry wait for `previousCommitted` (the batch before,
 * written concurrently), so that they follow the order of the file; when it fails, this batch rolls back.
 * ENTITY_UPDATED for the keys it changed is appended last, in the same transaction.
 */
export async function applyBatch(
  db: BankSyncDatabase,
  run: RunContext,
  entityName: SyncEntityName,
  { accepted, rejected }: ScreenedBatch,
  previousCommitted: Promise<void> = Promise.resolve(),
): Promise<void> {
  const entity = syncEntities[entityName];
  await db.transaction(async (tx) => {
    let candidates = accepted;
    for (const { field, parent } of entity.parents) {
      const keys = [...new Set(candidates.map(({ record }) => String(record[field])))];
      const existing = await existingParents(tx, parent, keys);
      candidates = candidates.filter((candidate) => {
        const value = String(candidate.record[field]);
        if (existing.has(value)) return true;
        const reason = `${parent.slice(0, -1)} ${value} does not exist`;
        rejected.push({
          location: candidate.location,
          naturalKey: candidate.key,
          issues: [{ code: 'NOT_FOUND', field, reason }],
        });
        return false;
      });
    }
    const records = candidates.map(({ record }) => record);
    const fresh = await recordSightings(tx, entity, records, run);
    const applied = candidates.filter((candidate) => {
      if (fresh.has(JSON.stringify(candidate.parts))) return true;
      const reason = `${candidate.key} appears more than once in this run; its first record was applied`;
      rejected.push({
        location: candidate.location,
        naturalKey: candidate.key,
        issues: [{ code: 'CONFLICT', field: entity.key[0], reason }],
      });
      return false;
    });
    const outcome = await upsertRecords(
      tx,
      entity,
      applied.map(({ record }) => record),
      `${run.sourceSystem}_SYNC`,
    );
    await previousCommitted;
    const counts: RecordCounts = {
      inserted: outcome.inserted.length,
      updated: outcome.updated.length,
      unchanged: applied.length - outcome.inserted.length - outcome.updated.length,
      rejected: rejected.length,
    };
    rejected.sort((a, b) => position(a.location) - position(b.location));
    await insertRunErrors(tx, errorRows(run, entityName, rejected));
    await addBatchCounts(tx, run.runId, entityName, counts);
    if (outcome.inserted.length + outcome.updated.length > 0) {
      await recordAudit(tx, run.viewer, [
        {
          operation: run.operation,
          entityType: entityName,
          entityKey: run.runId,
          before: null,
          after: {
            sourceSystem: run.sourceSystem,
            inserted: outcome.inserted,
            updated: outcome.updated,
            unchanged: counts.unchanged,
            rejected: counts.rejected,
          },
        },
      ]);
    }
    await appendSyncEvents(tx, entitiesUpdated(run, entityName, outcome));
  });
}

/** The run's error rows for the rejected records, up to MAX_STORED_ERRORS per entity type. */
function errorRows(
  run: RunContext,
  entityType: SyncEntityName,
  rejected: readonly Rejected[],
): NewRunError[] {
  const stored = run.storedErrors.get(entityType) ?? 0;
  const rows = rejected
    .flatMap(({ location, naturalKey, issues }) =>
      issues.map(
        (issue): NewRunError => ({
          runId: run.runId,
          entityType,
          code: issue.code,
          file: 'file' in location ? location.file : null,
          line: 'line' in location ? location.line : null,
          batchIndex: 'batchIndex' in location ? location.batchIndex : null,
          naturalKey: naturalKey?.slice(0, 100) ?? null,
          field: issue.field?.slice(0, 100) ?? null,
          reason: issue.reason,
        }),
      ),
    )
    .slice(0, Math.max(0, MAX_STORED_ERRORS - stored));
  run.storedErrors.set(entityType, stored + rows.length);
  return rows;
}
