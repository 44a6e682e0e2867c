import { type EventSource, EventsApiError, isRecord, oneOf, stringField } from './source';

/** What synchronisation did. */
export type SyncEventType = 'ENTITY_UPDATED' | 'SYNC_COMPLETED' | 'SYNC_FAILED';

/** A loan a sync run inserted or changed: its status and delinquency bucket before (null when inserted) and after. */
export interface SyncLoanChange {
  accountNumber: string;
  cif: string;
  status: 'OPEN' | 'CLOSED';
  previousStatus: 'OPEN' | 'CLOSED' | null;
  delinquencyStatus: string | null;
  previousDelinquencyStatus: string | null;
}

/** One entry of bank-sync's outbox, as its events API serves it (the fields a consumer needs). */
export interface SyncEvent {
  sequence: string;
  cursor: string;
  type: SyncEventType;
  /** ISO-8601 UTC. */
  occurredAt: string;
  /** ENTITY_UPDATED: the entity type (`LOANS`, `CUSTOMERS`, ...); null for SYNC_*. */
  entityType: string | null;
  /** ENTITY_UPDATED: natural keys that changed; empty for SYNC_*. */
  affectedRecords: string[];
  /** ENTITY_UPDATED of loans by a run: each loan's state before and after. */
  loanChanges: SyncLoanChange[];
}

/** Narrows events server-side; every given condition must hold. */
export interface SyncEventFilter {
  types?: SyncEventType[];
  entityTypes?: string[];
}

const eventTypes = ['ENTITY_UPDATED', 'SYNC_COMPLETED', 'SYNC_FAILED'] as const;
const loanStatuses = ['OPEN', 'CLOSED'] as const;

const nullableString = (value: unknown) => (typeof value === 'string' ? value : null);

function parseLoanChange(value: unknown): SyncLoanChange {
  if (!isRecord(value)) throw new EventsApiError('loan change is not an object');
  return {
    accountNumber: stringField(value, 'accountNumber'),
    cif: stringField(value, 'cif'),
    status: oneOf(value, 'status', loanStatuses),
    previousStatus: value.previousStatus == null ? null : oneOf(value, 'previousStatus', loanStatuses),
    delinquencyStatus: nullableString(value.delinquencyStatus),
    previousDelinquencyStatus: nullableString(value.previousDelinquencyStatus),
  };
}

/** Checks one event of a response field by field, so that consumers get exactly the declared type. */
export function parseSyncEvent(value: unknown): SyncEvent {
  if (!isRecord(value)) throw new EventsApiError('sync event is not an object');
  const { affectedRecords, loanChanges } = value;
  if (!Array.isArray(affectedRecords) || !affectedRecords.every((key) => typeof key === 'string')) {
    throw new EventsApiError('sync event without a list of affectedRecords');
  }
  if (!Array.isArray(loanChanges)) throw new EventsApiError('sync event without a list of loanChanges');
  return {
    sequence: stringField(value, 'sequence'),
    cursor: stringField(value, 'cursor'),
    type: oneOf(value, 'type', eventTypes),
    occurredAt: stringField(value, 'occurredAt'),
    entityType: nullableString(value.entityType),
    affectedRecords,
    loanChanges: loanChanges.map(parseLoanChange),
  };
}

/** bank-sync's events API (`Query.syncEvents`, `Subscription.syncEvents`). */
export const syncEvents: EventSource<SyncEvent, SyncEventFilter> = {
  name: 'sync events',
  field: 'syncEvents',
  filterType: 'SyncEventFilter',
  selection:
    'sequence cursor type occurredAt entityType affectedRecords loanChanges { accountNumber cif status previousStatus delinquencyStatus previousDelinquencyStatus }',
  parse: parseSyncEvent,
};
