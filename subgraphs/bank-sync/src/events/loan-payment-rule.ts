import type { PaymentEvent } from '@collexis/events/consume';
import type {
  LoanBalances,
  NewPaymentApplication,
  PaymentApplicationRow,
} from '../repository/payment-consumer';
import { fromCents, minCents, toCents } from './money';

/** The fields of a payment event the loan-balance consumer reads. */
export type LoanPaymentEvent = Pick<
  PaymentEvent,
  'sequence' | 'type' | 'paymentReferenceNumber' | 'loanAccountNumber' | 'amount' | 'currency'
>;

/** A loan as the rule reads it, locked: its currency and balances. */
export type LockedLoan = LoanBalances & { currency: string };

/** What the rule reads of a payment's application (a stored row, or one an earlier event of the page wrote). */
export type ApplicationState = Pick<
  PaymentApplicationRow,
  'status' | 'loanAccountNumber' | 'outstandingDelta' | 'remainingDelta' | 'dueDelta'
>;

/** One event's change of one loan's balances, with the balances before and after it. */
export interface BalanceChange {
  event: LoanPaymentEvent;
  accountNumber: string;
  change: LoanBalances;
  before: LoanBalances;
  after: LoanBalances;
}

/** What one payment event writes: a new application, its application reversed, a loan's balances changed. */
export interface LoanPaymentOutcome {
  event: LoanPaymentEvent;
  inserted: NewPaymentApplication | null;
  reversed: boolean;
  balanceChange: BalanceChange | null;
}

/** Whether the consumer does anything for the event (a PAYMENT_FAILED never lowered a balance). */
export const changesLoans = (event: LoanPaymentEvent) =>
  event.type === 'PAYMENT_RECEIVED' || event.type === 'PAYMENT_REVERSED';

/** The loan the event's effect locks after its application: the one whose balances it may change, if any. */
export function loanToLock(event: LoanPaymentEvent, application: ApplicationState | null): string | null {
  if (event.type === 'PAYMENT_RECEIVED') return application ? null : event.loanAccountNumber;
  if (event.type === 'PAYMENT_REVERSED' && application?.status === 'APPLIED')
    return application.loanAccountNumber;
  return null;
}

const balancesOf = (loan: LoanBalances): LoanBalances => ({
  outstanding: loan.outstanding,
  remainingAmount: loan.remainingAmount,
  dueAmount: loan.dueAmount,
});

/** No change to a loan's balances. */
export const NO_CHANGE: LoanBalances = { outstanding: '0', remainingAmount: '0', dueAmount: '0' };

/** The sum of two balances (or changes), exact. */
export const plus = (a: LoanBalances, b: LoanBalances): LoanBalances => ({
  outstanding: fromCents(toCents(a.outstanding) + toCents(b.outstanding)),
  remainingAmount: fromCents(toCents(a.remainingAmount) + toCents(b.remainingAmount)),
  dueAmount: fromCents(toCents(a.dueAmount) + toCents(b.dueAmount)),
});

const negate = (balances: LoanBalances): LoanBalances => ({
  outstanding: fromCents(-toCents(balances.outstanding)),
  remainingAmount: fromCents(-toCents(balances.remainingAmount)),
  dueAmount: fromCents(-toCents(balances.dueAmount)),
});

function changeOf(event: LoanPaymentEvent, accountNumber: string, loan: LoanBalances, change: LoanBalances) {
  const before = balancesOf(loan);
  return { event, accountNumber, change, before, after: plus(before, change) };
}

const ZERO = { outstandingDelta: '0', remainingDelta: '0', dueDelta: '0' };

/**
 * A payment received lowers outstanding and remaining by the amount and due by at most what is due (never
 * below 0), once: a repeated event (a replayed outbox) must not take the money twice.
 */
function receive(event: LoanPaymentEvent, application: ApplicationState | null, loan: LockedLoan | null) {
  if (application) return { inserted: null, reversed: false, balanceChange: null };
  const recorded = {
    paymentReferenceNumber: event.paymentReferenceNumber,
    loanAccountNumber: event.loanAccountNumber,
    amount: event.amount,
    currency: event.currency,
    eventSequence: BigInt(event.sequence),
  };
  if (!loan || loan.currency !== event.currency) {
    const status = loan ? 'CURRENCY_MISMATCH' : 'LOAN_NOT_FOUND';
    return { inserted: { ...recorded, status, ...ZERO }, reversed: false, balanceChange: null };
  }
  const due = toCents(loan.dueAmount);
  const taken: LoanBalances = {
    outstanding: event.amount,
    remainingAmount: event.amount,
    dueAmount: fromCents(due <= 0n ? 0n : minCents(toCents(event.amount), due)),
  };
  return {
    inserted: {
      ...recorded,
      status: 'APPLIED',
      outstandingDelta: taken.outstanding,
      remainingDelta: taken.remainingAmount,
      dueDelta: taken.dueAmount,
    },
    reversed: false,
    balanceChange: changeOf(event, event.loanAccountNumber, loan, negate(taken)),
  };
}

/** A reversal gives back exactly what the payment took, as its application recorded it. */
function reverse(event: LoanPaymentEvent, application: ApplicationState | null, loan: LockedLoan | null) {
  if (!application) {
    // Reversed before it was ever applied: remember it, so a late PAYMENT_RECEIVED changes nothing either.
    const inserted: NewPaymentApplication = {
      paymentReferenceNumber: event.paymentReferenceNumber,
      loanAccountNumber: event.loanAccountNumber,
      amount: event.amount,
      currency: event.currency,
      eventSequence: BigInt(event.sequence),
      ...ZERO,
      status: 'REVERSED',
      reversalSequence: BigInt(event.sequence),
      reversedAt: new Date(),
    };
    return { inserted, reversed: false, balanceChange: null };
  }
  if (application.status === 'REVERSED') return { inserted: null, reversed: false, balanceChange: null };
  const given = {
    outstanding: application.outstandingDelta,
    remainingAmount: application.remainingDelta,
    dueAmount: application.dueDelta,
  };
  const applied = application.status === 'APPLIED' && loan;
  return {
    inserted: null,
    reversed: true,
    balanceChange: applied ? changeOf(event, application.loanAccountNumber, loan, given) : null,
  };
}

/**
 * What the event does to the payment's application and, when it changes balances, the loan `loanToLock` named
 * (null when unknown). Pure: the caller has locked both, or is replaying a page's earlier outcomes.
 */
export function outcomeOf(
  event: LoanPaymentEvent,
  application: ApplicationState | null,
  loan: LockedLoan | null,
): LoanPaymentOutcome {
  if (event.type === 'PAYMENT_RECEIVED') return { event, ...receive(event, application, loan) };
  if (event.type === 'PAYMENT_REVERSED') return { event, ...reverse(event, application, loan) };
  return { event, inserted: null, reversed: false, balanceChange: null };
}
