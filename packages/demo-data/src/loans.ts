/**
 * Loan plans: the product, the repayment schedule and where the customer stands on it today. A plan is
 * built backwards from today (the first missed due date of a delinquent loan is today - dpd, the next
 * due date of a current one is just ahead), so dpd, due dates, balances and the disbursement/maturity
 * dates agree by construction. Rows are made from plans in loan-rows.ts; payments replay the same
 * schedule.
 */
import { addMonths, dayOfMonth, withDayOfMonth } from './dates';
import { roundTo } from './decimal';
import { loanAccountNumberOf } from './keys';
import { type Rng, weighted } from './prng';
import {
  lateFee,
  PRODUCTS,
  type ProductSpec,
  randomCurrency,
  randomPrincipal,
  randomProduct,
  randomRate,
  roundingUnit,
} from './products';
import type { CustomerProfile } from './profile';
import { amortize, annuity, type Due, dueTotal, penalty, periodicRate } from './schedule';
import type { Currency, ProductType, ResolutionCode } from './vocabulary';

/** Loans opened more than this long ago have been refinanced or closed. */
const MAX_AGE_MONTHS = 96;
const CLOSED_SHARE = 0.1;
/** Customers whose loans are all current; the others miss payments on most loans. */
const GOOD_CUSTOMER_SHARE = 0.4;
const CURRENT_LOAN_SHARE_OF_BAD_CUSTOMERS = 0.25;
/** Customers all current today who were in arrears on one loan in the last months. */
const RECENTLY_CURED_SHARE = 0.2;

/** 1, 2 or 3 loans, 2.5 on average. */
const LOAN_COUNT = weighted([
  [1, 10],
  [2, 30],
  [3, 60],
]);

/** How far behind a delinquent customer is: bucket 1 (1-30 dpd) to 5 (write-off, 181+). */
const SEVERITY = weighted([
  [1, 40],
  [2, 22],
  [3, 16],
  [4, 13],
  [5, 9],
]);
const DPD_RANGE: Record<number, readonly [number, number]> = {
  1: [1, 30],
  2: [31, 60],
  3: [61, 90],
  4: [91, 180],
  5: [181, 540],
};

const RESOLUTIONS = weighted<ResolutionCode>([
  ['PAID_OFF', 70],
  ['SETTLED', 12],
  ['RESTRUCTURED', 10],
  ['WRITTEN_OFF', 8],
]);

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

function pickTerm(rng: Rng, spec: ProductSpec, period: number, needed: number): number {
  const fitting = spec.terms.filter((term) => term % period === 0 && term / period >= needed);
  if (fitting.length > 0) return rng.pick(fitting);
  return Math.ceil((needed * period) / 12) * 12;
}

/** Moves a day to the 28th when it falls on the 29th-31st, returning how many days it moved. */
function scheduleDay(day: number): number {
  return day - Math.max(0, dayOfMonth(day) - 28);
}

interface Basics {
  loanIndex: number;
  product: ProductType;
  spec: ProductSpec;
  currency: Currency;
  period: number;
  rate: number;
}

function drawBasics(rng: Rng, profile: CustomerProfile, loanIndex: number): Basics {
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
interface Figures {
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
interface Timeline {
  termMonths: number;
  disbursement: number;
  paidInstallments: number;
  nextPaymentDate: number;
  dpd: number;
  closed: LoanPlan['closed'];
}

function assemble(profile: CustomerProfile, basics: Basics, figures: Figures, timeline: Timeline): LoanPlan {
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

/** Balance, installment and the split of the given dues, for either kind of product. */
function position(
  rng: Rng,
  profile: CustomerProfile,
  basics: Basics,
  count: number,
  paid: number,
  delinquent: boolean,
  dueDates: readonly number[],
  today: number,
): Figures {
  const { spec, currency, rate, period, product } = basics;
  const unit = roundingUnit(currency);
  const r = periodicRate(rate, period);
  const amount = randomPrincipal(rng, spec, currency, profile.segment);
  let outstanding: number;
  let installment: number;
  let minPay: number | null = null;
  let splits: { principal: number; interest: number }[];
  if (!spec.revolving) {
    installment = annuity(amount, r, count, unit);
    const run = amortize(amount, r, installment, unit, paid, dueDates.length);
    outstanding = run.balance;
    splits = run.upcoming;
  } else {
    const used = delinquent ? rng.real(0.8, 1) : rng.real(0.15, 0.9);
    outstanding = Math.max(unit, roundTo(amount * used, unit));
    const interest = roundTo(outstanding * r, unit);
    // A card's minimum is 5% of the balance (at least 200,000 VND); an overdraft's is its interest.
    const floor = currency === 'VND' ? 20_000_000 : 2_500;
    const minimum =
      product === 'CREDIT_CARD'
        ? Math.min(outstanding, Math.max(roundTo(outstanding * 0.05, unit), floor))
        : interest;
    minPay = minimum;
    installment = minimum;
    let left = outstanding;
    splits = dueDates.map(() => {
      const principal = Math.min(Math.max(minimum - interest, 0), left);
      left -= principal;
      return { principal, interest: Math.min(interest, minimum) };
    });
  }
  const dues: Due[] = dueDates.map((date, j) => {
    const split = splits[j] ?? { principal: 0, interest: 0 };
    const overdue = date < today;
    return {
      date,
      principal: split.principal,
      interest: split.interest,
      fees: overdue ? lateFee(currency) : 0,
      penalty: overdue ? penalty(split.principal + split.interest, rate, today - date, unit) : 0,
    };
  });
  const dueAmount = dues.reduce((sum, due) => sum + dueTotal(due), 0);
  const charges = dues.reduce((sum, due) => sum + due.interest + due.fees + due.penalty, 0);
  return {
    originalAmount: amount,
    limit: spec.revolving ? amount : null,
    installment,
    minPay,
    outstanding,
    dues,
    dueAmount,
    remainingAmount: outstanding + charges,
  };
}

function planOpen(
  rng: Rng,
  profile: CustomerProfile,
  basics: Basics,
  today: number,
  target: number,
): LoanPlan {
  const { period, spec } = basics;
  let anchor: number;
  let dpd = target;
  const missed: number[] = [];
  if (dpd > 0) {
    anchor = scheduleDay(today - dpd);
    dpd = today - anchor;
    for (let date = anchor; date < today; date = addMonths(anchor, missed.length * period)) missed.push(date);
  } else {
    const thisMonth = withDayOfMonth(today, rng.int(1, 28));
    anchor = addMonths(thisMonth >= today ? thisMonth : addMonths(thisMonth, 1), rng.int(0, period - 1));
  }
  const termMonths = pickTerm(rng, spec, period, missed.length + 1);
  const count = termMonths / period;
  const maxPaid = Math.max(
    0,
    Math.min(count - 1 - missed.length, Math.floor(MAX_AGE_MONTHS / period) - missed.length),
  );
  const paid = rng.int(0, maxPaid);
  const disbursement = addMonths(anchor, -(paid + 1) * period);
  const nextPaymentDate = addMonths(anchor, missed.length * period);
  const dueDates = dpd > 0 ? missed : [nextPaymentDate];
  const figures = position(rng, profile, basics, count, paid, dpd > 0, dueDates, today);
  return assemble(profile, basics, figures, {
    termMonths,
    disbursement,
    paidInstallments: paid,
    nextPaymentDate,
    dpd,
    closed: null,
  });
}

function planClosed(rng: Rng, profile: CustomerProfile, basics: Basics, today: number): LoanPlan {
  const { period, spec } = basics;
  const resolution = rng.draw(RESOLUTIONS);
  const termMonths = pickTerm(rng, spec, period, 1);
  const count = termMonths / period;
  const maxElapsed = Math.min(count, Math.floor(MAX_AGE_MONTHS / period));
  const matured = resolution === 'PAID_OFF' && count === maxElapsed && rng.chance(0.5);
  const elapsed = matured ? count : rng.int(1, Math.max(1, maxElapsed - 1));
  const closeDate = scheduleDay(today - rng.int(1, 1095));
  const behind =
    resolution === 'SETTLED'
      ? rng.int(3, 8)
      : resolution === 'WRITTEN_OFF'
        ? rng.int(6, 12)
        : resolution === 'RESTRUCTURED'
          ? rng.int(2, 5)
          : matured
            ? 0
            : 1;
  const paid = Math.max(0, elapsed - behind);
  const disbursement = addMonths(closeDate, -elapsed * period);
  const figures = position(rng, profile, basics, count, paid, false, [], today);
  const unit = roundingUnit(basics.currency);
  const payoff =
    resolution === 'PAID_OFF' && !matured
      ? figures.outstanding
      : resolution === 'SETTLED'
        ? roundTo(figures.outstanding * rng.real(0.5, 0.85), unit)
        : null;
  const settled: Figures = {
    originalAmount: figures.originalAmount,
    limit: figures.limit,
    installment: figures.installment,
    minPay: figures.minPay === null ? null : 0,
    outstanding: 0,
    dues: [],
    dueAmount: 0,
    remainingAmount: 0,
  };
  return assemble(profile, basics, settled, {
    termMonths,
    disbursement,
    paidInstallments: paid,
    nextPaymentDate: closeDate,
    dpd: 0,
    closed: { date: closeDate, resolution, payoff: payoff !== null && payoff > 0 ? payoff : null },
  });
}

/** For a customer current today: one loan whose last one or two installments were paid late. */
function drawCure(rng: Rng, plans: readonly LoanPlan[], today: number): void {
  const candidates = plans.filter((plan) => plan.closed === null && plan.paidInstallments >= 3);
  if (candidates.length === 0) return;
  const plan = rng.pick(candidates);
  const curedOn = today - rng.int(2, 100);
  let lateTo = plan.paidInstallments;
  while (lateTo > 0 && installmentDate(plan, lateTo) >= curedOn) lateTo--;
  const lateFrom = lateTo - rng.int(0, 1);
  if (lateFrom < 1) return;
  plan.cure = { curedOn, lateFrom, lateTo };
}

export function planLoans(rng: Rng, profile: CustomerProfile, today: number): LoanPlan[] {
  const count = rng.draw(LOAN_COUNT);
  const good = rng.chance(GOOD_CUSTOMER_SHARE);
  const severity = rng.draw(SEVERITY);
  const plans: LoanPlan[] = [];
  for (let loanIndex = 0; loanIndex < count; loanIndex++) {
    const basics = drawBasics(rng, profile, loanIndex);
    if (rng.chance(CLOSED_SHARE)) {
      plans.push(planClosed(rng, profile, basics, today));
      continue;
    }
    let dpd = 0;
    if (!good && !rng.chance(CURRENT_LOAN_SHARE_OF_BAD_CUSTOMERS)) {
      const bucket = Math.max(1, severity - (rng.chance(0.3) ? 1 : 0));
      const [low, high] = DPD_RANGE[bucket] ?? [1, 30];
      dpd = rng.int(low, high);
    }
    plans.push(planOpen(rng, profile, basics, today, dpd));
  }
  if (plans.every((plan) => plan.dpd === 0) && rng.chance(RECENTLY_CURED_SHARE)) drawCure(rng, plans, today);
  return plans;
}
