/**
 * Loan plans: the product, the repayment schedule and where the customer stands on it today. A plan is
 * built backwards from today (the first missed due date of a delinquent loan is today - dpd, the next
 * due date of a current one is just ahead), so dpd, due dates, balances and the disbursement/maturity
 * dates agree by construction. Rows are made from plans in loan-rows.ts; payments replay the same
 * schedule.
 */
import { addMonths, withDayOfMonth } from './dates';
import { roundTo } from './decimal';
import { position } from './loan-figures';
import {
  assemble,
  type Basics,
  drawBasics,
  type Figures,
  installmentDate,
  type LoanPlan,
  pickTerm,
  scheduleDay,
} from './loan-plan';
import { type Rng, weighted } from './prng';
import { roundingUnit } from './products';
import type { CustomerProfile } from './profile';
import type { ResolutionCode } from './vocabulary';

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
