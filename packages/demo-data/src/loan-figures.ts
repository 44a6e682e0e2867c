/** A loan's amounts as of today: balance, installment, and the split of its dues, for either kind of product. */
import { roundTo } from './decimal';
import type { Basics, Figures } from './loan-plan';
import type { Rng } from './prng';
import { lateFee, randomPrincipal, roundingUnit } from './products';
import type { CustomerProfile } from './profile';
import { amortize, annuity, type Due, dueTotal, penalty, periodicRate } from './schedule';

/** Balance, installment and the split of the given dues, for either kind of product. */
export function position(
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
