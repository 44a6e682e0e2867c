import type { SyncEventRow } from '../db/database';
import type { SyncEventResolvers, SyncRunStatus } from '../generated/resolvers-types';
import { entityTypeOf } from '../inputs/entity-types';
import { eventCursor, syncEventTypeOf } from '../queries/sync-event-args';
import type { KeyState } from '../repository/sync-records';

/** A detail of a SYNC_* event's run summary; null on other events. */
function runDetail(event: SyncEventRow, name: string): unknown {
  return event.eventType === 'ENTITY_UPDATED' ? null : (event.details[name] ?? null);
}

const count = (event: SyncEventRow, name: string) => {
  const value = runDetail(event, name);
  return typeof value === 'number' ? value : null;
};

const text = (value: unknown) => (typeof value === 'string' ? value : null);

const RUN_STATUSES: readonly SyncRunStatus[] = ['RUNNING', 'SUCCEEDED', 'PARTIAL', 'FAILED'];
const runStatus = (value: unknown) => RUN_STATUSES.find((status) => status === value) ?? null;

function isKeyState(value: unknown): value is KeyState {
  return typeof value === 'object' && value !== null && 'key' in value && 'after' in value;
}

export const SyncEvent: SyncEventResolvers = {
  sequence: (event) => event.sequence.toString(),
  cursor: eventCursor,
  type: (event) => syncEventTypeOf(event.eventType),
  entityType: (event) =>
    event.eventType === 'ENTITY_UPDATED' && event.entityTypes[0] ? entityTypeOf(event.entityTypes[0]) : null,
  entityTypes: (event) => event.entityTypes.map(entityTypeOf),
  affectedRecords: (event) => event.affectedKeys,
  loanChanges: (event) => {
    const states = event.details.states;
    return event.entityTypes[0] === 'loans' && Array.isArray(states) ? states.filter(isKeyState) : [];
  },
  run: (event, _, { loaders }) => (event.runId ? loaders.syncRunById.load(event.runId) : null),
  status: (event) => runStatus(runDetail(event, 'status')),
  insertedCount: (event) => count(event, 'inserted'),
  updatedCount: (event) => count(event, 'updated'),
  unchangedCount: (event) => count(event, 'unchanged'),
  rejectedCount: (event) => count(event, 'rejected'),
  failureReason: (event) => text(runDetail(event, 'failureReason')),
  paymentReferenceNumber: (event) => text(event.details.paymentReferenceNumber),
};
