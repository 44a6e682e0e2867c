/**
 * Repayment arithmetic in integer cents: annuity installments, the principal/interest split of each
 * installment, late fees and the overdue penalty (150% of the contract rate, the Vietnamese cap).
 */
import { ceilTo, roundTo } from './decimal';

/** One due date of a loan and what it is made of (a due_segmentations row). */
export interface Due {
  date: number;
  principal: number;
  interest: number;
  fees: number;
  penalty: number;
}

export function dueTotal(due: Due): number {
  return due.principal + due.interest + due.fees + due.penalty;
}

/** Periodic rate of an annual rate held in 1e-4 percent (125000 = 12.5% a year). */
export function periodicRate(annualRate: number, periodMonths: number): number {
  return (annualRate / 1_000_000) * (periodMonths / 12);
}

/** Level installment repaying `principal` over `count` periods, rounded up to the currency unit. */
export function annuity(principal: number, rate: number, count: number, unit: number): number {
  if (rate === 0) return ceilTo(principal / count, unit);
  return ceilTo((principal * rate) / (1 - (1 + rate) ** -count), unit);
}

export interface Split {
  principal: number;
  interest: number;
}

/**
 * Runs the schedule: the balance after `paid` installments and the split of the `next` installments
 * after them.
 */
export function amortize(
  principal: number,
  rate: number,
  installment: number,
  unit: number,
  paid: number,
  next: number,
): { balance: number; upcoming: Split[] } {
  let balance = principal;
  const upcoming: Split[] = [];
  for (let j = 1; j <= paid + next; j++) {
    const interest = roundTo(balance * rate, unit);
    const part = Math.min(Math.max(installment - interest, 0), balance);
    if (j > paid) upcoming.push({ principal: part, interest });
    balance -= part;
  }
  const afterPaid = upcoming.reduce((sum, split) => sum + split.principal, balance);
  return { balance: afterPaid, upcoming };
}

/** Overdue interest on an unpaid amount: 150% of the annual rate, pro rata by days overdue. */
export function penalty(amount: number, annualRate: number, daysOverdue: number, unit: number): number {
  return roundTo(amount * (annualRate / 1_000_000) * 1.5 * (daysOverdue / 365), unit);
}
