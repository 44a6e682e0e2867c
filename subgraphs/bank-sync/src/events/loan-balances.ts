import {
  applyOnce,
  applyPageOnce,
  type EventConsumer,
  type EventReaction,
  type LockWait,
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
  findApplicationsForUpdate,
  findLoansForUpdate,
  insertApplications,
  type LoanBalances,
  markApplicationReversed,
} from '../repository/payment-consumer';
import { appendSyncEvents } from '../repository/sync-events';
import {
  type ApplicationState,
  type BalanceChange,
  changesLoans,
  type LoanPaymentEvent,
  type LoanPaymentOutcome,
  type LockedLoan,
  loanToLock,
  NO_CHANGE,
  outcomeOf,
  plus,
} from './loan-payment-rule';
import { loanBalancesChanged } from './sync-event-rows';

export type { LoanPaymentEvent } from './loan-payment-rule';

/** The consumer's name: its checkpoint row, the loans' updated_by and the audit actor. */
export const LOAN_BALANCE_CONSUMER = 'bank-sync.loan-balances';

const consumerViewer: Viewer = { id: LOAN_BALANCE_CONSUMER, roles: ['SYSTEM'] };

/** Each loan's net change over the balance changes, one per loan, in the order loans first changed. */
function netChanges(changes: readonly BalanceChange[]) {
  const net = new Map<string, LoanBalances>();
  for (const { accountNumber, change } of changes)
    net.set(accountNumber, plus(net.get(accountNumber) ?? NO_CHANGE, change));
  return [...net].map(([accountNumber, change]) => ({ accountNumber, change }));
}

/**
 * Writes the outcomes of consecutive events, each kind in one statement whatever their number: new
 * applications, reversals, each loan's net change, the audit entries and the sync events last (the outbox's
 * lock is held to commit), both in the order of the events that caused them.
 */
async function writeOutcomes(
  tx: BankSyncQueryRunner,
  outcomes: readonly LoanPaymentOutcome[],
): Promise<void> {
  await insertApplications(
    tx,
    outcomes.flatMap((outcome) => outcome.inserted ?? []),
  );
  for (const { event, reversed } of outcomes)
    if (reversed) await markApplicationReversed(tx, event.paymentReferenceNumber, event.sequence);
  const changes = outcomes.flatMap((outcome) => outcome.balanceChange ?? []);
  if (changes.length === 0) return;
  await adjustBalances(tx, netChanges(changes), LOAN_BALANCE_CONSUMER);
  await recordAudit(
    tx,
    consumerViewer,
    changes.map(({ event, accountNumber, before, after }) => ({
      operation: event.type === 'PAYMENT_RECEIVED' ? 'applyPayment' : 'reversePayment',
      entityType: 'Loan',
      entityKey: accountNumber,
      before,
      after: {
        ...after,
        paymentReferenceNumber: event.paymentReferenceNumber,
        eventSequence: event.sequence,
      },
    })),
  );
  await appendSyncEvents(
    tx,
    changes.map(({ event, accountNumber }) => loanBalancesChanged(accountNumber, event)),
  );
}

/**
 * The loans' balances follow their payments; the payments' applications, the audit entries and the sync
 * events are written. The events' applications, then the loans whose balances they may change (`loanToLock`),
 * are locked as `locks` says, one statement each; the rule runs on each event in order over what the earlier
 * ones left, and writeOutcomes writes it all. One event (effect) and a page (pageEffect, NOWAIT) alike.
 */
async function applyToLoans(
  tx: BankSyncQueryRunner,
  page: readonly LoanPaymentEvent[],
  locks: LockWait,
): Promise<void> {
  const events = page.filter(changesLoans);
  if (events.length === 0) return;
  const stored = await findApplicationsForUpdate(
    tx,
    events.map((event) => event.paymentReferenceNumber),
    locks,
  );
  const applications = new Map<string, ApplicationState>(
    stored.map((row) => [row.paymentReferenceNumber, row]),
  );
  // An event whose application an earlier event of the page writes changes the loan that event locked.
  const accounts = new Set(
    events.flatMap(
      (event) => loanToLock(event, applications.get(event.paymentReferenceNumber) ?? null) ?? [],
    ),
  );
  const loans = new Map<string, LockedLoan>(
    (await findLoansForUpdate(tx, [...accounts], locks)).map((row) => [row.accountNumber, row]),
  );
  const outcomes = events.map((event) => {
    const application = applications.get(event.paymentReferenceNumber) ?? null;
    const account = loanToLock(event, application);
    const loan = account ? (loans.get(account) ?? null) : null;
    const outcome = outcomeOf(event, application, loan);
    if (outcome.inserted) applications.set(event.paymentReferenceNumber, outcome.inserted);
    if (outcome.reversed && application)
      applications.set(event.paymentReferenceNumber, { ...application, status: 'REVERSED' });
    const change = outcome.balanceChange;
    if (change && loan) loans.set(change.accountNumber, { ...loan, ...change.after });
    return outcome;
  });
  await writeOutcomes(tx, outcomes);
}

/** The consumer of payment events that keeps loan balances, with its checkpoint in bank_sync_service. */
function loanBalances(db: BankSyncDatabase): EventReaction<LoanPaymentEvent, BankSyncQueryRunner> {
  return {
    name: LOAN_BALANCE_CONSUMER,
    source: paymentEvents,
    db,
    checkpoints: paymentEventCheckpoints,
    effect: (tx, event, locks) => applyToLoans(tx, [event], locks),
    pageEffect: (tx, events) => applyToLoans(tx, events, 'nowait'),
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

/**
 * Applies consecutive events (the first right after `previous`) exactly once in one transaction, as the
 * consumer applies a fetched page; returns how many were applied, or 'skipped' (see applyPageOnce).
 */
export function applyPaymentPage(
  db: BankSyncDatabase,
  events: readonly LoanPaymentEvent[],
  previous: string | null,
): Promise<number | 'skipped'> {
  return applyPageOnce(loanBalances(db), events, previous);
}

/**
 * Follows the payment subgraph's events from this domain's checkpoint and keeps loan balances in step,
 * each event exactly once (see applyPaymentEvent), a fetched page at once when none of its rows is held
 * elsewhere (decision 0042). A consumer that was down catches up from its checkpoint.
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
