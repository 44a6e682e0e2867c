import { type AuditEntry, createGroupCommit, type GroupCommit } from '@collexis/platform/db';
import type { Viewer } from '@collexis/platform/graphql';
import type { PaymentDatabase, PaymentEventRow, PaymentQueryRunner, PaymentRow } from '../db/database';
import { recordAudit } from '../repository/audit-log';
import { appendPaymentEvents } from '../repository/payment-events';
import { insertPaymentsIfAbsent, lockPaymentsByReferenceNumbers } from '../repository/payments';
import { newPaymentRow } from './payment-rows';
import {
  auditOfRecorded,
  eventsOfRecorded,
  outcomeOfRecorded,
  type RecordOutcome,
  type RecordRequest,
  recordPayment,
} from './record-payment';

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

/** The first request of each reference number the insert took: the one that recorded the payment. */
function creatorsOf(requests: readonly RecordRequest[], inserted: ReadonlyMap<string, PaymentRow>) {
  const creators = new Map<string, RecordRequest>();
  for (const request of requests) {
    const { referenceNumber } = request.reported;
    if (inserted.has(referenceNumber) && !creators.has(referenceNumber))
      creators.set(referenceNumber, request);
  }
  return creators;
}

/** The new payments' audit entries, one statement per caller (a batch has few). */
async function auditCreated(
  tx: PaymentQueryRunner,
  created: readonly { request: RecordRequest; row: PaymentRow }[],
): Promise<void> {
  const byViewer = new Map<string, { viewer: Viewer; entries: AuditEntry[] }>();
  for (const { request, row } of created) {
    const group = byViewer.get(request.viewer.id) ?? { viewer: request.viewer, entries: [] };
    group.entries.push(auditOfRecorded(request.operation, row));
    byViewer.set(request.viewer.id, group);
  }
  for (const { viewer, entries } of byViewer.values()) await recordAudit(tx, viewer, entries);
}

function eventsByReference(rows: readonly PaymentEventRow[]): Map<string, PaymentEventRow[]> {
  const events = new Map<string, PaymentEventRow[]>();
  for (const row of rows)
    events.set(row.paymentReferenceNumber, [...(events.get(row.paymentReferenceNumber) ?? []), row]);
  return events;
}

/**
 * Records a batch of payments in ONE transaction, each as `recordPayment` would have in the order given
 * (decision 0041): one statement inserts those whose reference numbers are free, one locks the rest, one per
 * caller writes the audit entries, one appends every event (one turn of the outbox's lock). A request whose
 * reference is taken gets its own outcome, or its CONFLICT (an Error in its place), without failing the others.
 */
export function recordPayments(
  db: PaymentDatabase,
  requests: readonly RecordRequest[],
): Promise<(RecordOutcome | Error)[]> {
  return db.transaction(async (tx) => {
    const now = new Date();
    const rows = requests.map(({ reported, viewer }) => newPaymentRow(reported, viewer, now));
    const inserted = new Map(
      (await insertPaymentsIfAbsent(tx, rows)).map((row) => [row.referenceNumber, row]),
    );
    const creators = creatorsOf(requests, inserted);
    const taken = [...new Set(requests.map(({ reported }) => reported.referenceNumber))].filter(
      (reference) => !inserted.has(reference),
    );
    const stored = new Map(
      (taken.length ? await lockPaymentsByReferenceNumbers(tx, taken) : []).map((row) => [
        row.referenceNumber,
        row,
      ]),
    );
    const created = [...creators].flatMap(([reference, request]) => {
      const row = inserted.get(reference);
      return row ? [{ request, row }] : [];
    });
    await auditCreated(tx, created);
    const events = eventsByReference(
      await appendPaymentEvents(
        tx,
        created.flatMap(({ request, row }) => eventsOfRecorded(row, request.reported)),
      ),
    );
    return requests.map((request) => {
      const { referenceNumber } = request.reported;
      const row = inserted.get(referenceNumber) ?? stored.get(referenceNumber);
      if (!row) return new Error(`payment ${referenceNumber} conflicted on insert but cannot be read`);
      if (creators.get(referenceNumber) === request)
        return { payment: row, created: true, events: events.get(referenceNumber) ?? [] };
      try {
        return outcomeOfRecorded(row, request.reported);
      } catch (error) {
        return asError(error);
      }
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
    commitOne: (request) => recordPayment(db, request),
    maxBatch: MAX_BATCH,
  });
}
