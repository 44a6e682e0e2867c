import {
  applyOnce,
  applyPageOnce,
  type EventConsumer,
  type EventReaction,
  type LockWait,
  type PaymentEvent,
  paymentEvents,
  startEventConsumer,
} from '@collexis/events/consume';
import type { AuditEntry } from '@collexis/platform/db';
import type { Viewer } from '@collexis/platform/graphql';
import type { ServiceObservability } from '@collexis/platform/observability';
import { paymentEventCheckpoints } from '../db';
import type {
  CustomerCaseRow,
  NewWorkflowEvent,
  WorkflowDatabase,
  WorkflowQueryRunner,
} from '../db/database';
import { recordAudit } from '../repository/audit-log';
import { findCasesForUpdate, updateCase } from '../repository/cases';
import { recordPaymentReversed, recordPaymentsReceived } from '../repository/payments-received';
import { appendWorkflowEvents } from '../repository/workflow-events';
import { statusChanged } from './workflow-event-rows';

/** The consumer's name: its checkpoint row. */
export const CASE_UPDATES_CONSUMER = 'workflow.case-updates';

/** Reactions to payments are the system's, not a person's: the audit actor is SYSTEM. */
const systemViewer: Viewer = { id: 'SYSTEM', roles: ['SYSTEM'] };

/** The fields of a payment event this consumer reads. */
export type CasePaymentEvent = Pick<
  PaymentEvent,
  'sequence' | 'type' | 'cif' | 'paymentReferenceNumber' | 'occurredAt'
>;

/**
 * The rule (seed 004 handlePaymentEvents: the workflow is told of payments): a payment received puts the
 * customer's case in PAYING, unless it is SETTLED, and clears its follow-up; a reversed payment turns a PAYING
 * case into BROKEN_PROMISE. Other events and customers without a case change nothing.
 */
function reaction(
  event: CasePaymentEvent,
  current: CustomerCaseRow,
): { customerStatus: string; fUpdate?: null } | null {
  if (event.type === 'PAYMENT_RECEIVED' && current.customerStatus !== 'SETTLED') {
    if (current.customerStatus === 'PAYING' && current.fUpdate === null) return null;
    return { customerStatus: 'PAYING', fUpdate: null };
  }
  if (event.type === 'PAYMENT_REVERSED' && current.customerStatus === 'PAYING') {
    return { customerStatus: 'BROKEN_PROMISE' };
  }
  return null;
}

/**
 * Keeps what agent performance needs of payments: which customer paid when, and what was taken back. The
 * received payments are inserted together, each run of them before the reversal that follows it.
 */
async function remember(
  tx: WorkflowQueryRunner,
  events: readonly CasePaymentEvent[],
  locks: LockWait,
): Promise<void> {
  let received: { paymentReferenceNumber: string; cif: string; receivedAt: Date }[] = [];
  for (const event of events) {
    const at = new Date(event.occurredAt);
    if (event.type === 'PAYMENT_RECEIVED')
      received.push({ paymentReferenceNumber: event.paymentReferenceNumber, cif: event.cif, receivedAt: at });
    if (event.type === 'PAYMENT_REVERSED') {
      await recordPaymentsReceived(tx, received);
      received = [];
      await recordPaymentReversed(tx, event.paymentReferenceNumber, at, locks);
    }
  }
  await recordPaymentsReceived(tx, received);
}

/**
 * Each event, in order, lets its customer's case react, from the cases as the earlier events left them
 * (`cases`, locked by the caller); the audit entries and STATUS_CHANGED events are written once, last.
 */
async function react(
  tx: WorkflowQueryRunner,
  events: readonly CasePaymentEvent[],
  cases: Map<string, CustomerCaseRow>,
): Promise<void> {
  const entries: AuditEntry[] = [];
  const changedEvents: NewWorkflowEvent[] = [];
  for (const event of events) {
    const before = cases.get(event.cif);
    const changes = before && reaction(event, before);
    if (!before || !changes) continue;
    const after = await updateCase(tx, event.cif, changes);
    cases.set(event.cif, after);
    const operation = event.type === 'PAYMENT_RECEIVED' ? 'paymentReceived' : 'paymentReversed';
    entries.push({
      operation,
      entityType: 'CustomerCase',
      entityKey: event.cif,
      before,
      after: {
        ...after,
        paymentReferenceNumber: event.paymentReferenceNumber,
        eventSequence: event.sequence,
      },
    });
    const changed = await statusChanged(tx, operation, before, after, null);
    if (changed) changedEvents.push(changed);
  }
  await recordAudit(tx, systemViewer, entries);
  await appendWorkflowEvents(tx, changedEvents);
}

/** The events' effects: their payments remembered, their customers' cases locked (as `locks` says) and reacting. */
async function applyToCases(
  tx: WorkflowQueryRunner,
  events: readonly CasePaymentEvent[],
  locks: LockWait,
): Promise<void> {
  await remember(tx, events, locks);
  const cifs = [...new Set(events.map((event) => event.cif))];
  const cases = await findCasesForUpdate(tx, cifs, locks);
  await react(tx, events, new Map(cases.map((row) => [row.cif, row])));
}

/** The consumer of payment events that lets cases react, with its checkpoint in workflow_service. */
function caseUpdates(db: WorkflowDatabase): EventReaction<CasePaymentEvent, WorkflowQueryRunner> {
  return {
    name: CASE_UPDATES_CONSUMER,
    source: paymentEvents,
    db,
    checkpoints: paymentEventCheckpoints,
    effect: (tx, event, locks) => applyToCases(tx, [event], locks),
    pageEffect: (tx, events) => applyToCases(tx, events, 'nowait'),
  };
}

/**
 * Applies one event exactly once: the checkpoint moves from `previous` to the event's sequence and the case
 * reacts, in one transaction. When the checkpoint is no longer `previous` (another replica applied the event)
 * nothing is written: 'skipped'.
 */
export function applyPaymentEvent(
  db: WorkflowDatabase,
  event: CasePaymentEvent,
  previous: string | null,
): Promise<'applied' | 'skipped'> {
  return applyOnce(caseUpdates(db), event, previous);
}

/**
 * Applies consecutive events (the first right after `previous`) exactly once in one transaction, as the
 * consumer applies a fetched page; returns how many were applied, or 'skipped' (see applyPageOnce).
 */
export function applyPaymentPage(
  db: WorkflowDatabase,
  events: readonly CasePaymentEvent[],
  previous: string | null,
): Promise<number | 'skipped'> {
  return applyPageOnce(caseUpdates(db), events, previous);
}

/**
 * Follows the payment subgraph's events from this domain's checkpoint and lets the cases react, each event
 * exactly once (see applyPaymentEvent). A consumer that was down catches up from its checkpoint.
 * Its queue depth and lag are on the service's /metrics, measured whether or not it runs.
 */
export function startCaseUpdatesConsumer(
  db: WorkflowDatabase,
  paymentUrl: string,
  /** The consumer's credential for the payment subgraph, as SYSTEM. */
  headers: () => Promise<Record<string, string>>,
  observability: ServiceObservability,
): EventConsumer {
  return startEventConsumer(caseUpdates(db), { url: paymentUrl, headers }, observability);
}
