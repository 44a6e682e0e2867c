import {
  advanceCheckpoint,
  loadCheckpoint,
  observePaymentQueue,
  type PaymentEvent,
  type PaymentEventConsumer,
  runPaymentEventConsumer,
} from '@collexis/payment-events';
import type { Viewer } from '@collexis/platform/graphql';
import type { ServiceObservability } from '@collexis/platform/observability';
import { paymentEventCheckpoints } from '../db';
import type { CustomerCaseRow, WorkflowDatabase, WorkflowQueryRunner } from '../db/database';
import { recordAudit } from '../repository/audit-log';
import { findCasesForUpdate, updateCase } from '../repository/cases';

/** The consumer's name: its checkpoint row. */
export const CASE_UPDATES_CONSUMER = 'workflow.case-updates';

/** Reactions to payments are the system's, not a person's: the audit actor is SYSTEM. */
const systemViewer: Viewer = { id: 'SYSTEM', roles: ['SYSTEM'] };

/** The fields of a payment event this consumer reads. */
export type CasePaymentEvent = Pick<PaymentEvent, 'sequence' | 'type' | 'cif' | 'paymentReferenceNumber'>;

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

async function react(tx: WorkflowQueryRunner, event: CasePaymentEvent): Promise<void> {
  const [before] = await findCasesForUpdate(tx, [event.cif]);
  if (!before) return;
  const changes = reaction(event, before);
  if (!changes) return;
  const after = await updateCase(tx, event.cif, changes);
  await recordAudit(tx, systemViewer, [
    {
      operation: event.type === 'PAYMENT_RECEIVED' ? 'paymentReceived' : 'paymentReversed',
      entityType: 'CustomerCase',
      entityKey: event.cif,
      before,
      after: {
        ...after,
        paymentReferenceNumber: event.paymentReferenceNumber,
        eventSequence: event.sequence,
      },
    },
  ]);
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
  return db.transaction(async (tx) => {
    if (
      !(await advanceCheckpoint(tx, paymentEventCheckpoints, CASE_UPDATES_CONSUMER, previous, event.sequence))
    )
      return 'skipped';
    await react(tx, event);
    return 'applied';
  });
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
): PaymentEventConsumer {
  const checkpoint = () => loadCheckpoint(db, paymentEventCheckpoints, CASE_UPDATES_CONSUMER);
  observePaymentQueue(observability.metrics.registry, {
    consumer: CASE_UPDATES_CONSUMER,
    paymentUrl,
    headers,
    loadCheckpoint: checkpoint,
  });
  return runPaymentEventConsumer({
    paymentUrl,
    loadCheckpoint: checkpoint,
    apply: (event, previous) => applyPaymentEvent(db, event, previous),
    headers,
    onError: (error) =>
      observability.logger.warn(
        { err: error, consumer: CASE_UPDATES_CONSUMER },
        'payment event consumer failed; retrying',
      ),
  });
}
