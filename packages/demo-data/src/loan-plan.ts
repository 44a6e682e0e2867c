/**
 * The shape of a loan plan (see loans.ts) and how one is put together from the product drawn for it, its
 * amounts as of today (loan-figures.ts) and its dates.
 */
import { addMonths, dayOfMonth } from './dates';
import { loanAccountNumberOf } from './keys';
import type { Rng } from './prng';
import { PRODUCTS, type ProductSpec, randomCurrency, randomProduct, randomRate } from './products';
import type { CustomerProfile } from './profile';
import type { Due } from './schedule';
import type { Currency, ProductType, ResolutionCode } from './vocabulary';

/** The installments whose due dates passed unpaid and were caught up in one payment on `curedOn`. */
export interface Cure {
  curedOn: number;
  lateFrom: number;
  lateTo: number;
}

export interface LoanPlan {
  loanIndex: number;
  accountNumber: string;
  product: ProductType;
  currency: Currency;
  sourceSystem: 'T24' | 'W4';
  revolving: boolean;
  /** original_amount: the principal, or the limit of a card or overdraft (cents). */
  originalAmount: number;
  limit: number | null;
  /** Annual rate in 1e-4 percent. */
  rate: number;
  termMonths: number;
  periodMonths: number;
  disbursement: number;
  maturity: number;
  /** What the customer pays each period: the annuity, a card's minimum payment, an overdraft's interest. */
  installment: number;
  minPay: number | null;
  /** Installments 1..paidInstallments were paid (on time, unless a cure says otherwise). */
  paidInstallments: number;
  nextPaymentDate: number;
  dpd: number;
  outstanding: number;
  remainingAmount: number;
  dueAmount: number;
  /** Missed dues of a delinquent loan, or the upcoming one of a current loan; none when closed. */
  dues: Due[];
  closed: { date: number; resolution: ResolutionCode; payoff: number | null } | null;
  cure: Cure | null;
}

/** Due date of installment j (1-based); schedules fall on days 1-28, so months never clamp. */
export function installmentDate(plan: LoanPlan, j: number): number {
  return addMonths(plan.disbursement, j * plan.periodMonths);
}

export function pickTerm(rng: Rng, spec: ProductSpec, period: number, needed: number): number {
  const fitting = spec.terms.filter((term) => term % period === 0 && term / period >= needed);
  if (fitting.length > 0) return rng.pick(fitting);
  return Math.ceil((needed * period) / 12) * 12;
}

/** Moves a day to the 28th when it falls on the 29th-31st, returning how many days it moved. */
export function scheduleDay(day: number): number {
  return day - Math.max(0, dayOfMonth(day) - 28);
}

export interface Basics {
  loanIndex: number;
  product: ProductType;
  spec: ProductSpec;
  currency: Currency;
  period: number;
  rate: number;
}

export function drawBasics(rng: Rng, profile: CustomerProfile, loanIndex: number): Basics {
  const product = randomProduct(rng, profile.type);
  const spec = PRODUCTS[product];
  return {
    loanIndex,
    product,
    spec,
    currency: randomCurrency(rng, product, profile.segment),
    period: rng.chance(spec.quarterly) ? 3 : 1,
    rate: randomRate(rng, spec),
  };
}

/** Amounts of a loan as of today. */
export interface Figures {
  originalAmount: number;
  limit: number | null;
  installment: number;
  minPay: number | null;
  outstanding: number;
  dues: Due[];
  dueAmount: number;
  remainingAmount: number;
}

/** Dates and standing of a loan as of today. */
export interface Timeline {
  termMonths: number;
  disbursement: number;
  paidInstallments: number;
  nextPaymentDate: number;
  dpd: number;
  closed: LoanPlan['closed'];
}

export function assemble(
  profile: CustomerProfile,
  basics: Basics,
  figures: Figures,
  timeline: Timeline,
): LoanPlan {
  const card = basics.product === 'CREDIT_CARD';
  return {
    loanIndex: basics.loanIndex,
    accountNumber: loanAccountNumberOf(profile.index, basics.loanIndex, card),
    product: basics.product,
    currency: basics.currency,
    sourceSystem: card ? 'W4' : 'T24',
    revolving: basics.spec.revolving,
    originalAmount: figures.originalAmount,
    limit: figures.limit,
    rate: basics.rate,
    termMonths: timeline.termMonths,
    periodMonths: basics.period,
    disbursement: timeline.disbursement,
    maturity: addMonths(timeline.disbursement, timeline.termMonths),
    installment: figures.installment,
    minPay: figures.minPay,
    paidInstallments: timeline.paidInstallments,
    nextPaymentDate: timeline.nextPaymentDate,
    dpd: timeline.dpd,
    outstanding: figures.outstanding,
    remainingAmount: figures.remainingAmount,
    dueAmount: figures.dueAmount,
    dues: figures.dues,
    closed: timeline.closed,
    cure: null,
  };
}
