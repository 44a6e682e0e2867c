import type { NewSyncEvent, SyncRunRow } from '../db/database';
import type { SyncEntityName } from '../inputs/sync-entities';
import type { UpsertOutcome } from '../repository/sync-records';

/** Natural keys per ENTITY_UPDATED event: a run of 100,000 changed records is 100 events, not 100,000. */
export const KEYS_PER_EVENT = 1_000;

function slices<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/**
 * ENTITY_UPDATED for the keys a batch of a run inserted or changed (unchanged records are not in the
 * outcome), at most KEYS_PER_EVENT keys each, with each key's state columns before and after; none when
 * nothing changed.
 */
export function entitiesUpdated(
  run: { runId: string; sourceSystem: string },
  entityType: SyncEntityName,
  outcome: UpsertOutcome,
): NewSyncEvent[] {
  const keys = [...outcome.inserted, ...outcome.updated];
  const states = new Map(outcome.states.map((state) => [state.key, state]));
  return slices(keys, KEYS_PER_EVENT).map((slice) => ({
    eventType: 'ENTITY_UPDATED',
    entityTypes: [entityType],
    sourceSystem: run.sourceSystem,
    runId: run.runId,
    affectedKeys: slice,
    details: { states: slice.flatMap((key) => states.get(key) ?? []) },
  }));
}

/** SYNC_COMPLETED (SUCCEEDED or PARTIAL) or SYNC_FAILED for a finished run, with its counts. */
export function runFinished(run: SyncRunRow): NewSyncEvent {
  return {
    eventType: run.status === 'FAILED' ? 'SYNC_FAILED' : 'SYNC_COMPLETED',
    entityTypes: run.entityTypes,
    sourceSystem: run.sourceSystem,
    runId: run.id,
    affectedKeys: [],
    details: {
      status: run.status,
      inserted: run.insertedCount,
      updated: run.updatedCount,
      unchanged: run.unchangedCount,
      rejected: run.rejectedCount,
      failureReason: run.failureReason,
    },
  };
}

/** ENTITY_UPDATED for a loan whose balances a payment changed (its status and bucket stay as they were). */
export function loanBalancesChanged(
  accountNumber: string,
  payment: { type: string; paymentReferenceNumber: string },
): NewSyncEvent {
  return {
    eventType: 'ENTITY_UPDATED',
    entityTypes: ['loans'],
    sourceSystem: null,
    runId: null,
    affectedKeys: [accountNumber],
    details: { cause: payment.type, paymentReferenceNumber: payment.paymentReferenceNumber, states: [] },
  };
}
