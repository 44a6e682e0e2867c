import {
  applyOnce,
  type EventConsumer,
  type EventReaction,
  type LockWait,
  type PaymentEvent,
  paymentEvents,
  startEventConsumer,
} from '@collexis/events/consume';
import type { Viewer } from '@collexis/platform/graphql';
import type { ServiceObservability } from '@collexis/platform/observability';
import { paymentEventCheckpoints } from '../db';
import type { BankSyncDatabase, BankSyncQueryRunner } from '../db/database';
import { recordAudit } from '../repository/audit-log';
import {
  adjustBalances,
  findApplicationForUpdate,
  findLoanForUpdate,
  insertApplication,
  type LoanBalances,
  markApplicationReversed,
  type PaymentApplicationRow,
} from '../repository/payment-consumer';
import { appendSyncEvents } from '../repository/sync-events';
import { fromCents, minCents, toCents } from './money';
import { loanBalancesChanged } from './sync-event-rows';

/** The consumer's name: its checkpoint row, the loans' updated_by and the audit actor. */
export const LOAN_BALANCE_CONSUMER = 'bank-sync.loan-balances';

const consumerViewer: Viewer = { id: LOAN_BALANCE_CONSUMER, roles: ['SYSTEM'] };

/** The fields of a payment event this consumer reads. */
export type LoanPaymentEvent = Pick<
  PaymentEvent,
  'sequence' | 'type' | 'paymentReferenceNumber' | 'loanAccountNumber' | 'amount' | 'currency'
>;

const negate = (balances: LoanBalances): LoanBalances => ({
  outstanding: fromCents(-toCents(balances.outstanding)),
  remainingAmount: fromCents(-toCents(balances.remainingAmount)),
  dueAmount: fromCents(-toCents(balances.dueAmount)),
});

/**
 * The loan's balances follow its payments; the payment's application and the audit entry are written. Its row
 * locks (the application, then the loan) follow `locks`; every other write is to rows they cover or new rows.
 */
async function applyToLoan(tx: BankSyncQueryRunner, event: LoanPaymentEvent, locks: LockWait): Promise<void> {
  if (event.type === 'PAYMENT_RECEIVED') await receive(tx, event, locks);
  if (event.type === 'PAYMENT_REVERSED') await reverse(tx, event, locks);
  // PAYMENT_FAILED: a failed payment never lowered a balance; only the checkpoint moves.
}

/** The consumer of payment events that keeps loan balances, with its checkpoint in bank_sync_service. */
function loanBalances(db: BankSyncDatabase): EventReaction<LoanPaymentEvent, BankSyncQueryRunner> {
  return {
    name: LOAN_BALANCE_CONSUMER,
    source: paymentEvents,
    db,
    checkpoints: paymentEventCheckpoints,
    effect: applyToLoan,
  };
}

/**
 * Applies one event exactly once: the checkpoint moves from `previous` to the event's sequence, the loan's
 * balances change, the payment's application and the audit entry are written, all in one transaction. When
 * the checkpoint is no longer `previous` (another replica applied the event) nothing is written: 'skipped'.
 */
export function applyPaymentEvent(
  db: BankSyncDatabase,
  event: LoanPaymentEvent,
  previous: string | null,
): Promise<'applied' | 'skipped'> {
  return applyOnce(loanBalances(db), event, previous);
}

/** Lowers outstanding and remaining by the amount and due by at most what is due (never below 0). */
async function receive(tx: BankSyncQueryRunner, event: LoanPaymentEvent, locks: LockWait): Promise<void> {
  // A payment is received once; a repeated event (a replayed outbox) must not take the money twice.
  if (await findApplicationForUpdate(tx, event.paymentReferenceNumber, locks)) return;
  const loan = await findLoanForUpdate(tx, event.loanAccountNumber, locks);
  const application = {
    paymentReferenceNumber: event.paymentReferenceNumber,
    loanAccountNumber: event.loanAccountNumber,
    amount: event.amount,
    currency: event.currency,
    eventSequence: BigInt(event.sequence),
  };
  if (!loan || loan.currency !== event.currency) {
    const status = loan ? 'CURRENCY_MISMATCH' : 'LOAN_NOT_FOUND';
    await insertApplication(tx, {
      ...application,
      status,
      outstandingDelta: '0',
      remainingDelta: '0',
      dueDelta: '0',
    });
    return;
  }
  const amount = toCents(event.amount);
  const due = toCents(loan.dueAmount);
  const taken: LoanBalances = {
    outstanding: event.amount,
    remainingAmount: event.amount,
    dueAmount: fromCents(due <= 0n ? 0n : minCents(amount, due)),
  };
  const after = await adjustBalances(tx, {
    accountNumber: event.loanAccountNumber,
    change: negate(taken),
    writer: LOAN_BALANCE_CONSUMER,
  });
  await insertApplication(tx, {
    ...application,
    status: 'APPLIED',
    outstandingDelta: taken.outstanding,
    remainingDelta: taken.remainingAmount,
    dueDelta: taken.dueAmount,
  });
  await recordBalanceChange(tx, event, event.loanAccountNumber, balancesOf(loan), after);
}

/** Gives back exactly what the payment took, as its application recorded it. */
async function reverse(tx: BankSyncQueryRunner, event: LoanPaymentEvent, locks: LockWait): Promise<void> {
  const application = await findApplicationForUpdate(tx, event.paymentReferenceNumber, locks);
  if (!application) {
    // Reversed before it was ever applied: remember it, so a late PAYMENT_RECEIVED changes nothing either.
    await insertApplication(tx, {
      paymentReferenceNumber: event.paymentReferenceNumber,
      loanAccountNumber: event.loanAccountNumber,
      amount: event.amount,
      currency: event.currency,
      eventSequence: BigInt(event.sequence),
      outstandingDelta: '0',
      remainingDelta: '0',
      dueDelta: '0',
      status: 'REVERSED',
      reversalSequence: BigInt(event.sequence),
      reversedAt: new Date(),
    });
    return;
  }
  if (application.status === 'REVERSED') return;
  await markApplicationReversed(tx, event.paymentReferenceNumber, event.sequence);
  if (application.status !== 'APPLIED') return;
  const before = await findLoanForUpdate(tx, application.loanAccountNumber, locks);
  const after = await adjustBalances(tx, {
    accountNumber: application.loanAccountNumber,
    change: deltasOf(application),
    writer: LOAN_BALANCE_CONSUMER,
  });
  if (before && after)
    await recordBalanceChange(tx, event, application.loanAccountNumber, balancesOf(before), after);
}

function balancesOf(loan: LoanBalances): LoanBalances {
  return { outstanding: loan.outstanding, remainingAmount: loan.remainingAmount, dueAmount: loan.dueAmount };
}

function deltasOf(application: PaymentApplicationRow): LoanBalances {
  return {
    outstanding: application.outstandingDelta,
    remainingAmount: application.remainingDelta,
    dueAmount: application.dueDelta,
  };
}

/** The audit entry of a balance change and its ENTITY_UPDATED event, last in the consumer's transaction. */
async function recordBalanceChange(
  tx: BankSyncQueryRunner,
  event: LoanPaymentEvent,
  accountNumber: string,
  before: LoanBalances,
  after: LoanBalances | null,
): Promise<void> {
  await recordAudit(tx, consumerViewer, [
    {
      operation: event.type === 'PAYMENT_RECEIVED' ? 'applyPayment' : 'reversePayment',
      entityType: 'Loan',
      entityKey: accountNumber,
      before,
      after: {
        ...after,
        paymentReferenceNumber: event.paymentReferenceNumber,
        eventSequence: event.sequence,
      },
    },
  ]);
  await appendSyncEvents(tx, [loanBalancesChanged(accountNumber, event)]);
}

/**
 * Follows the payment subgraph's events from this domain's checkpoint and keeps loan balances in step,
 * each event exactly once (see applyPaymentEvent). A consumer that was down catches up from its checkpoint.
 * Its queue depth and lag are on the service's /metrics, measured whether or not it runs.
 */
export function startLoanBalanceConsumer(
  db: BankSyncDatabase,
  paymentUrl: string,
  /** The consumer's credential for the payment subgraph, as SYSTEM. */
  headers: () => Promise<Record<string, string>>,
  observability: ServiceObservability,
): EventConsumer {
  return startEventConsumer(loanBalances(db), { url: paymentUrl, headers }, observability);
}
