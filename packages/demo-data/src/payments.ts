/**
 * Payment history of a loan over the months the payment service keeps online: one payment per paid
 * installment (each customer has a habitual method), the odd failed attempt or reversal, partial
 * payments once a loan falls behind, catch-up payments of cured loans, settlements and payoffs of closed
 * loans, and a few payments still PENDING from the last two days. Payments reach the CRM in real time,
 * so a payment was last synced when it last changed.
 */
import { addMonths, localInstant, plusMinutes } from './dates';
import { money, roundTo } from './decimal';
import { paymentReferenceOf } from './keys';
import { installmentDate, type LoanPlan } from './loan-plan';
import { type Rng, weighted } from './prng';
import { lateFee, roundingUnit } from './products';
import type { PaymentRow } from './rows';
import { SYNC_USERS } from './sync';
import type { PaymentMethod, PaymentStatus } from './vocabulary';

/** Months of history the payment service keeps online. */
export const PAYMENT_HISTORY_MONTHS = 12;

const METHODS = weighted<PaymentMethod>([
  ['BANK_TRANSFER', 35],
  ['DIRECT_DEBIT', 20],
  ['CASH', 18],
  ['MOBILE_WALLET', 15],
  ['CARD', 12],
]);

const FAILURE_REASONS: Record<PaymentMethod, readonly string[]> = {
  BANK_TRANSFER: [
    'Insufficient funds in source account',
    'Transfer rejected by beneficiary bank',
    'NAPAS timeout',
  ],
  CASH: ['Teller transaction cancelled'],
  CARD: ['Card declined by issuer', 'Card expired'],
  DIRECT_DEBIT: ['Insufficient funds in linked account', 'Direct debit mandate not found'],
  MOBILE_WALLET: ['Wallet balance insufficient', 'Transaction cancelled by user'],
};
const REVERSAL_REASONS = [
  'Duplicate transaction reversed',
  'Credited to the wrong loan account',
  'Chargeback requested by the card holder',
  'Transfer recalled by the remitting bank',
] as const;

/** Local opening hours (minutes of the day) of each channel. */
const HOURS: Record<PaymentMethod, readonly [number, number]> = {
  BANK_TRANSFER: [7 * 60, 22 * 60],
  DIRECT_DEBIT: [60, 3 * 60],
  CASH: [8 * 60, 16 * 60 + 30],
  MOBILE_WALLET: [6 * 60, 23 * 60],
  CARD: [7 * 60, 22 * 60],
};

/** The payments of one loan, made as they are recorded and numbered in date order at the end. */
class History {
  readonly rows: PaymentRow[] = [];
  private readonly cutoff: Date;

  constructor(
    private readonly rng: Rng,
    private readonly plan: LoanPlan,
    private readonly cif: string,
    private readonly from: number,
    private readonly to: number,
    today: number,
  ) {
    this.cutoff = localInstant(today, -1);
  }

  /** Records a payment if it falls inside the history window and the loan's life. */
  add(
    day: number,
    amount: number,
    method: PaymentMethod,
    status: PaymentStatus,
    reason: string | null = null,
  ) {
    if (day < this.from || day > this.to || amount <= 0) return;
    const { rng, plan } = this;
    const [open, close] = HOURS[method];
    const paymentDate = localInstant(day, rng.int(open, close));
    const createdAt = plusMinutes(paymentDate, rng.int(1, 30));
    const reversedAt = status === 'REVERSED' ? plusMinutes(createdAt, rng.int(60, 3 * 1440)) : createdAt;
    const updatedAt = reversedAt < this.cutoff ? reversedAt : createdAt;
    const user = SYNC_USERS[plan.sourceSystem];
    this.rows.push({
      id: rng.uuid(),
      sourceSystem: plan.sourceSystem,
      createdBy: user,
      updatedBy: user,
      createdAt,
      updatedAt,
      isEditable: false,
      lastSyncedAt: updatedAt,
      referenceNumber: '',
      loanAccountNumber: plan.accountNumber,
      cif: this.cif,
      amount: money(amount),
      currency: plan.currency,
      paymentDate,
      paymentMethod: method,
      status,
      statusReason: reason,
    });
  }

  /** The rows in date order, reference numbers following that order. */
  finish(customerIndex: number): PaymentRow[] {
    this.rows.sort((a, b) => a.paymentDate.getTime() - b.paymentDate.getTime());
    for (const [index, row] of this.rows.entries()) {
      row.referenceNumber = paymentReferenceOf(customerIndex, this.plan.loanIndex, index);
    }
    return this.rows;
  }
}

function scheduledAmount(rng: Rng, plan: LoanPlan, unit: number): number {
  if (plan.product !== 'CREDIT_CARD') return plan.installment;
  return Math.min(
    roundTo(plan.installment * rng.real(1, 3), unit),
    Math.max(plan.outstanding, plan.installment),
  );
}

/** The first installment due on or after `day`. */
function firstInstallmentFrom(plan: LoanPlan, day: number): number {
  let j = 1;
  while (j <= plan.paidInstallments && installmentDate(plan, j) < day) j += 12;
  j = Math.max(1, j - 12);
  while (j <= plan.paidInstallments && installmentDate(plan, j) < day) j++;
  return j;
}

function payInstallments(rng: Rng, plan: LoanPlan, history: History, preferred: PaymentMethod, from: number) {
  const unit = roundingUnit(plan.currency);
  const cure = plan.cure;
  for (let j = firstInstallmentFrom(plan, from); j <= plan.paidInstallments; j++) {
    if (cure && j >= cure.lateFrom && j <= cure.lateTo) continue;
    const due = installmentDate(plan, j);
    const method = rng.chance(0.75) ? preferred : rng.draw(METHODS);
    const amount = scheduledAmount(rng, plan, unit);
    const day = method === 'DIRECT_DEBIT' ? due : due + (rng.chance(0.06) ? rng.int(3, 9) : rng.int(-5, 1));
    if (rng.chance(0.04)) {
      history.add(day - rng.int(1, 3), amount, method, 'FAILED', rng.pick(FAILURE_REASONS[method]));
    }
    if (rng.chance(0.015)) {
      history.add(day, amount, method, 'REVERSED', rng.pick(REVERSAL_REASONS));
      history.add(day + rng.int(1, 4), amount, 'BANK_TRANSFER', 'COMPLETED');
    } else {
      history.add(day, amount, method, 'COMPLETED');
    }
  }
  if (cure) {
    const late = cure.lateTo - cure.lateFrom + 1;
    history.add(cure.curedOn, late * (plan.installment + lateFee(plan.currency)), preferred, 'COMPLETED');
  }
}

function payWhileBehind(rng: Rng, plan: LoanPlan, history: History, preferred: PaymentMethod, today: number) {
  const firstMissed = plan.dues[0]?.date;
  if (firstMissed === undefined) return;
  const unit = roundingUnit(plan.currency);
  if (preferred === 'DIRECT_DEBIT' || rng.chance(0.25)) {
    history.add(
      firstMissed,
      plan.installment,
      'DIRECT_DEBIT',
      'FAILED',
      'Insufficient funds in linked account',
    );
  }
  if (firstMissed + 1 < today && rng.chance(0.35)) {
    const partial = Math.max(unit, roundTo(plan.installment * rng.real(0.1, 0.6), unit));
    history.add(
      rng.int(firstMissed + 1, today - 1),
      partial,
      preferred === 'DIRECT_DEBIT' ? 'CASH' : preferred,
      'COMPLETED',
    );
  }
}

export function paymentRows(
  rng: Rng,
  plan: LoanPlan,
  cif: string,
  customerIndex: number,
  today: number,
): PaymentRow[] {
  const from = addMonths(today, -PAYMENT_HISTORY_MONTHS);
  const lastDay = plan.closed ? plan.closed.date : today - 1;
  const history = new History(rng, plan, cif, Math.max(from, plan.disbursement + 1), lastDay, today);
  const preferred: PaymentMethod = plan.currency === 'USD' ? 'BANK_TRANSFER' : rng.draw(METHODS);
  payInstallments(rng, plan, history, preferred, from);
  if (plan.dpd > 0) payWhileBehind(rng, plan, history, preferred, today);
  if (plan.closed?.payoff) {
    history.add(
      plan.closed.date,
      plan.closed.payoff,
      rng.chance(0.7) ? 'BANK_TRANSFER' : 'CASH',
      'COMPLETED',
    );
  }
  if (!plan.closed && plan.dpd === 0 && rng.chance(0.04)) {
    history.add(
      today - rng.int(1, 2),
      plan.installment,
      rng.chance(0.5) ? 'BANK_TRANSFER' : 'MOBILE_WALLET',
      'PENDING',
    );
  }
  return history.finish(customerIndex);
}
