/** Integrity of the demo universe row by row: loans, payments, collaterals and customers consistent in themselves. */
import { describe, expect, it } from 'vitest';
import type { LoanRow } from './rows';
import { collect } from './test-support';
import { delinquencyStatusOf } from './vocabulary';

const asOf = '2026-11-01';
const data = collect({ customers: 500, asOf });
const { bankSync, payment } = data;

function byKey<T>(rows: readonly T[], key: (row: T) => string): Map<string, T> {
  return new Map(rows.map((row) => [key(row), row]));
}

const cents = (amount: string): number => Math.round(Number(amount) * 100);
const loans = byKey(bankSync.loans, (row) => row.accountNumber);

describe('loans', () => {
  const dues = new Map<string, typeof bankSync.dueSegmentations>();
  for (const row of bankSync.dueSegmentations)
    dues.set(row.loanAccountNumber, [...(dues.get(row.loanAccountNumber) ?? []), row]);
  const dueTotal = (loan: LoanRow) =>
    (dues.get(loan.accountNumber) ?? []).reduce(
      (sum, due) =>
        sum +
        cents(due.principalAmount) +
        cents(due.interestAmount) +
        cents(due.feesAmount) +
        cents(due.penaltyAmount),
      0,
    );
  const monthsBetween = (from: string, to: string) =>
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    Number(to.slice(5, 7)) -
    Number(from.slice(5, 7));
  const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

  it('have the delinquency status of their dpd', () => {
    expect(bankSync.loans.filter((loan) => loan.delinquencyStatus !== delinquencyStatusOf(loan.dpd))).toEqual(
      [],
    );
  });

  it('keep balances consistent', () => {
    for (const loan of bankSync.loans) {
      expect(cents(loan.outstanding)).toBeLessThanOrEqual(cents(loan.originalAmount));
      expect(cents(loan.remainingAmount)).toBeGreaterThanOrEqual(cents(loan.outstanding));
      expect(cents(loan.remainingAmount)).toBeGreaterThanOrEqual(cents(loan.dueAmount));
      expect(cents(loan.dueAmount)).toBe(dueTotal(loan));
      const revolving = loan.productType === 'CREDIT_CARD' || loan.productType === 'OVERDRAFT';
      expect(loan.limit !== null).toBe(revolving);
      expect(loan.minPay !== null).toBe(revolving);
      if (loan.limit !== null) expect(loan.limit).toBe(loan.originalAmount);
      const vnd = cents(loan.originalAmount) / 100;
      if (loan.currency === 'VND') expect(vnd >= 20e6 && vnd <= 5e9).toBe(true);
    }
  });

  it('keep term, disbursement and maturity consistent', () => {
    for (const loan of bankSync.loans) {
      expect(monthsBetween(loan.disbursementDate, loan.maturityDate)).toBe(loan.term);
      expect(loan.disbursementDate < asOf).toBe(true);
      expect(loan.term % (loan.paymentFrequency === 'QUARTERLY' ? 3 : 1)).toBe(0);
    }
  });

  it('close with a date, a resolution and nothing left to pay', () => {
    for (const loan of bankSync.loans.filter((row) => row.status === 'CLOSED')) {
      expect(loan.closeDate).not.toBeNull();
      expect(loan.resolutionCode).not.toBeNull();
      expect(loan.resolutionNotes).not.toBeNull();
      expect([loan.outstanding, loan.remainingAmount, loan.dueAmount, loan.dpd]).toEqual([
        '0.00',
        '0.00',
        '0.00',
        0,
      ]);
      expect(dues.has(loan.accountNumber)).toBe(false);
    }
    for (const loan of bankSync.loans.filter((row) => row.status === 'OPEN')) {
      expect([loan.closeDate, loan.resolutionCode, loan.resolutionNotes]).toEqual([null, null, null]);
      expect(loan.maturityDate >= loan.nextPaymentDate).toBe(true);
      expect(loan.nextPaymentDate >= asOf).toBe(true);
    }
  });

  it('have one due segmentation per missed due date, the oldest dpd days ago', () => {
    for (const loan of bankSync.loans.filter((row) => row.status === 'OPEN')) {
      const rows = (dues.get(loan.accountNumber) ?? []).map((row) => row.dueDate).sort();
      if (loan.dpd === 0) {
        expect(rows).toEqual([loan.nextPaymentDate]);
        continue;
      }
      const step = loan.paymentFrequency === 'QUARTERLY' ? 3 : 1;
      expect(rows.every((day) => day < asOf)).toBe(true);
      expect(daysBetween(rows[0] ?? '', asOf)).toBe(loan.dpd);
      expect(monthsBetween(rows[rows.length - 1] ?? '', loan.nextPaymentDate)).toBe(step);
    }
  });
});

describe('payments', () => {
  it('give a reason exactly when they failed or were reversed', () => {
    const unexplained = payment.payments.filter(
      (row) => (row.statusReason !== null) !== (row.status === 'FAILED' || row.status === 'REVERSED'),
    );
    expect(unexplained).toEqual([]);
  });

  it('fall within the loan life', () => {
    const outside = payment.payments.filter((row) => {
      const loan = loans.get(row.loanAccountNumber);
      const day = new Date(row.paymentDate.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
      return !loan || day <= loan.disbursementDate || day > (loan.closeDate ?? asOf) || day >= asOf;
    });
    expect(outside).toEqual([]);
  });
});

describe('collaterals', () => {
  it('fill the fields of their type only', () => {
    for (const row of bankSync.collaterals) {
      const vehicle = [row.make, row.model, row.year, row.vin, row.licensePlate];
      const property = [row.propertyType, row.address, row.size, row.titleNumber];
      expect(vehicle.every((value) => (value !== null) === (row.type === 'VEHICLE'))).toBe(true);
      expect(property.every((value) => (value !== null) === (row.type === 'PROPERTY'))).toBe(true);
    }
  });
});

describe('customers', () => {
  it('fill individual or organisation fields', () => {
    for (const row of bankSync.customers) {
      const individual = [row.dateOfBirth, row.nationalId, row.gender, row.name];
      const organisation = [row.companyName, row.registrationNumber, row.taxId];
      if (row.type === 'INDIVIDUAL') {
        expect(individual.every((value) => value !== null)).toBe(true);
        expect(organisation.every((value) => value === null)).toBe(true);
      } else {
        expect(organisation.every((value) => value !== null)).toBe(true);
        expect([row.dateOfBirth, row.nationalId, row.gender]).toEqual([null, null, null]);
      }
    }
  });
});
