/** loans and due_segmentations rows from loan plans. */
import { formatDay, localInstant } from './dates';
import { formatScaled, money } from './decimal';
import type { LoanPlan } from './loan-plan';
import type { Rng } from './prng';
import type { DueSegmentationRow, LoanRow } from './rows';
import { SYNC_USERS } from './sync';
import { delinquencyStatusOf, type ResolutionCode } from './vocabulary';

const RESOLUTION_NOTES: Record<ResolutionCode, readonly string[]> = {
  PAID_OFF: ['Fully repaid by the customer.', 'Closed after the final installment.', 'Early full repayment.'],
  SETTLED: [
    'Settled at a discount after negotiation with the collection team.',
    'One-off settlement agreed by the credit committee.',
  ],
  RESTRUCTURED: [
    'Restructured into a new facility with a longer term.',
    'Balance moved to a restructured loan after hardship review.',
  ],
  WRITTEN_OFF: [
    'Written off against provisions; recovery continues off balance sheet.',
    'Written off after prolonged non-payment.',
  ],
};

export function loanRow(rng: Rng, plan: LoanPlan, cif: string, sync: Date): LoanRow {
  const createdAt = localInstant(plan.disbursement, rng.int(8 * 60, 17 * 60));
  const closed = plan.closed;
  return {
    id: rng.uuid(),
    sourceSystem: plan.sourceSystem,
    createdBy: SYNC_USERS[plan.sourceSystem],
    updatedBy: SYNC_USERS[plan.sourceSystem],
    createdAt,
    updatedAt: closed ? localInstant(closed.date, rng.int(18 * 60, 21 * 60)) : sync,
    isEditable: false,
    lastSyncedAt: sync,
    accountNumber: plan.accountNumber,
    cif,
    productType: plan.product,
    originalAmount: money(plan.originalAmount),
    currency: plan.currency,
    disbursementDate: formatDay(plan.disbursement),
    maturityDate: formatDay(plan.maturity),
    interestRate: formatScaled(plan.rate, 4),
    term: plan.termMonths,
    paymentFrequency: plan.periodMonths === 3 ? 'QUARTERLY' : 'MONTHLY',
    limit: plan.limit === null ? null : money(plan.limit),
    outstanding: money(plan.outstanding),
    remainingAmount: money(plan.remainingAmount),
    dueAmount: money(plan.dueAmount),
    minPay: plan.minPay === null ? null : money(plan.minPay),
    nextPaymentDate: formatDay(plan.nextPaymentDate),
    dpd: plan.dpd,
    delinquencyStatus: delinquencyStatusOf(plan.dpd),
    status: closed ? 'CLOSED' : 'OPEN',
    closeDate: closed ? formatDay(closed.date) : null,
    resolutionCode: closed ? closed.resolution : null,
    resolutionNotes: closed ? rng.pick(RESOLUTION_NOTES[closed.resolution]) : null,
  };
}

/** The schedule is cut by the nightly batch about two weeks before each due date. */
export function dueSegmentationRows(
  rng: Rng,
  plan: LoanPlan,
  today: number,
  sync: Date,
): DueSegmentationRow[] {
  return plan.dues.map((due) => {
    const createdAt = localInstant(Math.min(due.date - 15, today - 1), rng.int(60, 180));
    return {
      id: rng.uuid(),
      sourceSystem: plan.sourceSystem,
      createdBy: SYNC_USERS[plan.sourceSystem],
      updatedBy: SYNC_USERS[plan.sourceSystem],
      createdAt,
      updatedAt: due.date < today ? sync : createdAt,
      isEditable: false,
      lastSyncedAt: sync,
      loanAccountNumber: plan.accountNumber,
      dueDate: formatDay(due.date),
      principalAmount: money(due.principal),
      interestAmount: money(due.interest),
      feesAmount: money(due.fees),
      penaltyAmount: money(due.penalty),
    };
  });
}
