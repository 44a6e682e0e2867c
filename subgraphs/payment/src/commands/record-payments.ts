import { type AuditEntry, createGroupCommit, type GroupCommit, groupBy } from '@collexis/platform/db';
import type { Viewer } from '@collexis/platform/graphql';
import type { PaymentDatabase, PaymentQueryRunner, PaymentRow } from '../db/database';
import { recordAudit } from '../repository/audit-log';
import { appendPaymentEvents } from '../repository/payment-events';
import { insertPaymentsIfAbsent, lockPaymentsByReferenceNumbers } from '../repository/payments';
import { byReferenceNumber, newPaymentRow } from './payment-rows';
import {
  auditOfRecorded,
  eventsOfRecorded,
  outcomeOfRecorded,
  type RecordOutcome,
  type RecordRequest,
} from './record-payment';

/** A payment the batch created, and the request (the first with its reference number) that created it. */
interface Created {
  request: RecordRequest;
  row: PaymentRow;
}

/** The batch's created payments by reference number, each with the first request that named it. */
function createdBy(requests: readonly RecordRequest[], inserted: ReadonlyMap<string, PaymentRow>) {
  const created = new Map<string, Created>();
  for (const request of requests) {
    const { referenceNumber } = request.reported;
    const row = inserted.get(referenceNumber);
    if (row && !created.has(referenceNumber)) created.set(referenceNumber, { request, row });
  }
  return created;
}

/** The new payments' audit entries, one statement per caller (a batch has few). */
async function auditCreated(tx: PaymentQueryRunner, created: Iterable<Created>): Promise<void> {
  const byViewer = new Map<string, { viewer: Viewer; entries: AuditEntry[] }>();
  for (const { request, row } of created) {
    const group = byViewer.get(request.viewer.id) ?? { viewer: request.viewer, entries: [] };
    group.entries.push(auditOfRecorded(request.operation, row));
    byViewer.set(request.viewer.id, group);
  }
  for (const { viewer, entries } of byViewer.values()) await recordAudit(tx, viewer, entries);
}

/**
 * Records payments, each with its audit entry and events, in ONE transaction, in the order given (decision
 * 0041): one statement inserts those whose reference numbers are free, one locks the rest, one per caller
 * writes the audit entries, one appends every event (one turn of the outbox's lock). Idempotent on the
 * reference number (outcomeOfRecorded): a request whose reference is taken gets its own outcome, or its
 * CONFLICT (an Error in its place), without failing the others.
 */
export function recordPayments(
  db: PaymentDatabase,
  requests: readonly RecordRequest[],
): Promise<(RecordOutcome | Error)[]> {
  return db.transaction(async (tx) => {
    const now = new Date();
    const rows = requests.map(({ reported, viewer }) => newPaymentRow(reported, viewer, now));
    const inserted = byReferenceNumber(await insertPaymentsIfAbsent(tx, rows));
    const created = createdBy(requests, inserted);
    const taken = [...new Set(requests.map(({ reported }) => reported.referenceNumber))].filter(
      (reference) => !inserted.has(reference),
    );
    const stored = byReferenceNumber(taken.length ? await lockPaymentsByReferenceNumbers(tx, taken) : []);
    await auditCreated(tx, created.values());
    const events = groupBy(
      await appendPaymentEvents(
        tx,
        [...created.values()].flatMap(({ request, row }) => eventsOfRecorded(row, request.reported)),
      ),
      (event) => event.paymentReferenceNumber,
    );
    return requests.map((request) => {
      const { referenceNumber } = request.reported;
      const creation = created.get(referenceNumber);
      if (creation?.request === request)
        return { payment: creation.row, created: true, events: events.get(referenceNumber) ?? [] };
      const row = creation?.row ?? stored.get(referenceNumber);
      if (!row) return new Error(`payment ${referenceNumber} conflicted on insert but cannot be read`);
      return outcomeOfRecorded(row, request.reported);
    });
  });
}

/** Records payments with group commit: concurrent calls share transactions (decision 0041). */
export type PaymentRecorder = GroupCommit<RecordRequest, RecordOutcome>;

/** The most payments one group-committed transaction records. */
const MAX_BATCH = 64;

/** The process's one recorder on the mutations' database. */
export function createPaymentRecorder(db: PaymentDatabase): PaymentRecorder {
  return createGroupCommit({
    commitBatch: (requests) => recordPayments(db, requests),
    commitOne: async (request) => {
      const [outcome] = await recordPayments(db, [request]);
      if (outcome === undefined || outcome instanceof Error) throw outcome;
      return outcome;
    },
    maxBatch: MAX_BATCH,
  });
}
