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
  findApplicationForUpdate,
  findApplicationsForUpdateNowait,
  findLoanForUpdate,
  findLoansForUpdateNowait,
  insertApplications,
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
  outcomeOf,
} from './loan-payment-rule';
import { fromCents, toCents } from './money';
import { loanBalancesChanged } from './sync-event-rows';

export type { LoanPaymentEvent } from './loan-payment-rule';

/** The consumer's name: its checkpoint row, the loans' updated_by and the audit actor. */
export const LOAN_BALANCE_CONSUMER = 'bank-sync.loan-balances';

const consumerViewer: Viewer = { id: LOAN_BALANCE_CONSUMER, roles: ['SYSTEM'] };

/** Each loan's net change over the balance changes, one per loan, in the order loans first changed. */
function netChanges(changes: readonly BalanceChange[]) {
  const net = new Map<string, { outstanding: bigint; remainingAmount: bigint; dueAmount: bigint }>();
  for (const { accountNumber, change } of changes) {
    const sum = net.get(accountNumber) ?? { outstanding: 0n, remainingAmount: 0n, dueAmount: 0n };
    sum.outstanding += toCents(change.outstanding);
    sum.remainingAmount += toCents(change.remainingAmount);
    sum.dueAmount += toCents(change.dueAmount);
    net.set(accountNumber, sum);
  }
  return [...net].map(([accountNumber, sum]) => ({
    accountNumber,
    change: {
      outstanding: fromCents(sum.outstanding),
      remainingAmount: fromCents(sum.remainingAmount),
      dueAmount: fromCents(sum.dueAmount),
    },
  }));
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
 * The loan's balances follow its payments; the payment's application and the audit entry are written. Its row
 * locks (the application, then the loan) follow `locks`; every other write is to rows they cover or new rows.
 */
async function applyToLoan(tx: BankSyncQueryRunner, event: LoanPaymentEvent, locks: LockWait): Promise<void> {
  if (!changesLoans(event)) return;
  const application = await findApplicationForUpdate(tx, event.paymentReferenceNumber, locks);
  const account = loanToLock(event, application);
  const loan = account ? await findLoanForUpdate(tx, account, locks) : null;
  await writeOutcomes(tx, [outcomeOf(event, application, loan)]);
}

/**
 * A page's events at once: every application and loan they may touch locked NOWAIT in two statements, the
 * rule applied to each event in order over what the earlier ones left, then the writes of writeOutcomes.
 */
async function applyPageToLoans(tx: BankSyncQueryRunner, page: readonly LoanPaymentEvent[]): Promise<void> {
  const events = page.filter(changesLoans);
  if (events.length === 0) return;
  const found = await findApplicationsForUpdateNowait(
    tx,
    events.map((event) => event.paymentReferenceNumber),
  );
  const applications = new Map<string, ApplicationState>(
    found.map((row) => [row.paymentReferenceNumber, row]),
  );
  const accounts = new Set(events.map((event) => event.loanAccountNumber));
  for (const row of found) accounts.add(row.loanAccountNumber);
  const loans = new Map<string, LockedLoan>(
    (await findLoansForUpdateNowait(tx, [...accounts])).map((row) => [row.accountNumber, row]),
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
    effect: applyToLoan,
    pageEffect: applyPageToLoans,
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
