import { describe, expect, it } from 'vitest';
import { demoAgents } from './agents';
import { collect } from './test-support';
import type { LoanRow } from './types';
import { delinquencyStatusOf } from './vocabulary';

const asOf = '2026-11-01';
const data = collect({ customers: 500, asOf });
const agents = demoAgents({ asOf });
const { bankSync, payment, workflow } = data;

/** Values that occur more than once. */
function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => seen.has(value) || !seen.add(value));
}

function byKey<T>(rows: readonly T[], key: (row: T) => string): Map<string, T> {
  return new Map(rows.map((row) => [key(row), row]));
}

const cents = (amount: string): number => Math.round(Number(amount) * 100);
const customers = new Set(bankSync.customers.map((row) => row.cif));
const loans = byKey(bankSync.loans, (row) => row.accountNumber);
const collaterals = byKey(bankSync.collaterals, (row) => row.collateralNumber);

describe('natural keys', () => {
  it('are unique', () => {
    expect(duplicates(bankSync.customers.map((row) => row.cif))).toEqual([]);
    expect(duplicates(bankSync.loans.map((row) => row.accountNumber))).toEqual([]);
    expect(duplicates(bankSync.collaterals.map((row) => row.collateralNumber))).toEqual([]);
    expect(duplicates(bankSync.referenceCustomers.map((row) => row.refCif))).toEqual([]);
    expect(duplicates(payment.payments.map((row) => row.referenceNumber))).toEqual([]);
    expect(duplicates(agents.map((row) => row.employeeId))).toEqual([]);
    expect(duplicates(agents.map((row) => row.email))).toEqual([]);
    expect(duplicates(bankSync.customers.flatMap((row) => row.nationalId ?? []))).toEqual([]);
  });

  it('have the shapes of the core systems', () => {
    const misshapen = (values: readonly string[], pattern: RegExp) =>
      values.filter((value) => !pattern.test(value));
    expect(
      misshapen(
        bankSync.customers.map((row) => row.cif),
        /^CIF\d{8}$/,
      ),
    ).toEqual([]);
    const cards = bankSync.loans.filter((row) => row.productType === 'CREDIT_CARD');
    const others = bankSync.loans.filter((row) => row.productType !== 'CREDIT_CARD');
    expect(
      misshapen(
        cards.map((row) => `${row.accountNumber} ${row.sourceSystem}`),
        /^CRD\d{10} W4$/,
      ),
    ).toEqual([]);
    expect(
      misshapen(
        others.map((row) => `${row.accountNumber} ${row.sourceSystem}`),
        /^LN\d{9} T24$/,
      ),
    ).toEqual([]);
    expect(
      misshapen(
        bankSync.collaterals.map((row) => row.collateralNumber),
        /^COL\d{10}$/,
      ),
    ).toEqual([]);
    expect(
      misshapen(
        bankSync.referenceCustomers.map((row) => row.refCif),
        /^REF\d{10}$/,
      ),
    ).toEqual([]);
    expect(
      misshapen(
        payment.payments.map((row) => row.referenceNumber),
        /^PMT\d{12}$/,
      ),
    ).toEqual([]);
    expect(
      misshapen(
        agents.map((row) => row.employeeId),
        /^EMP\d{4}$/,
      ),
    ).toEqual([]);
    expect(
      misshapen(
        agents.map((row) => row.email),
        /^[a-z]+\.[a-z]+\d*@collexis\.example$/,
      ),
    ).toEqual([]);
    expect(
      misshapen(
        bankSync.customers.flatMap((row) => row.nationalId ?? []),
        /^\d{12}$/,
      ),
    ).toEqual([]);
    expect(
      misshapen(
        bankSync.customers.flatMap((row) => row.taxId ?? []),
        /^\d{10}$/,
      ),
    ).toEqual([]);
  });

  it('give every row a distinct id', () => {
    const ids = [
      ...Object.values(bankSync).flatMap((rows: readonly { id: string }[]) => rows.map((row) => row.id)),
      ...payment.payments.map((row) => row.id),
      ...Object.values(workflow).flatMap((rows: readonly { id: string }[]) => rows.map((row) => row.id)),
      ...agents.map((row) => row.id),
    ];
    expect(duplicates(ids)).toEqual([]);
  });
});

describe('unique constraints of seed 000', () => {
  it('hold', () => {
    expect(duplicates(bankSync.phones.map((row) => `${row.cif}|${row.type}`))).toEqual([]);
    expect(duplicates(bankSync.addresses.map((row) => `${row.cif}|${row.type}`))).toEqual([]);
    expect(duplicates(bankSync.emails.map((row) => `${row.cif}|${row.address}`))).toEqual([]);
    expect(
      duplicates(bankSync.dueSegmentations.map((row) => `${row.loanAccountNumber}|${row.dueDate}`)),
    ).toEqual([]);
    expect(
      duplicates(bankSync.loanCollaterals.map((row) => `${row.loanAccountNumber}|${row.collateralNumber}`)),
    ).toEqual([]);
    expect(duplicates(workflow.customerCases.map((row) => row.cif))).toEqual([]);
    expect(duplicates(workflow.customerAgents.filter((row) => row.isCurrent).map((row) => row.cif))).toEqual(
      [],
    );
  });

  it('leave exactly one primary phone, address and e-mail where there are any', () => {
    for (const rows of [bankSync.phones, bankSync.addresses, bankSync.emails]) {
      const primaries = new Map<string, number>();
      for (const row of rows) primaries.set(row.cif, (primaries.get(row.cif) ?? 0) + (row.isPrimary ? 1 : 0));
      expect([...primaries.values()].every((count) => count === 1)).toBe(true);
    }
    const withPhone = new Set(bankSync.phones.map((row) => row.cif));
    const withAddress = new Set(bankSync.addresses.map((row) => row.cif));
    for (const cif of customers) {
      expect(withPhone.has(cif)).toBe(true);
      expect(withAddress.has(cif)).toBe(true);
    }
  });
});

describe('references', () => {
  it('point at customers of the same universe', () => {
    const cifs = [
      ...bankSync.phones.map((row) => row.cif),
      ...bankSync.addresses.map((row) => row.cif),
      ...bankSync.emails.map((row) => row.cif),
      ...bankSync.loans.map((row) => row.cif),
      ...bankSync.collaterals.map((row) => row.cif),
      ...bankSync.referenceCustomers.map((row) => row.primaryCif),
      ...payment.payments.map((row) => row.cif),
      ...workflow.actionRecords.map((row) => row.cif),
      ...workflow.customerAgents.map((row) => row.cif),
      ...workflow.customerCases.map((row) => row.cif),
      ...workflow.customerCaseActions.map((row) => row.cif),
    ];
    expect(cifs.filter((cif) => !customers.has(cif))).toEqual([]);
  });

  it('point at loans and collaterals of the same customer', () => {
    expect(bankSync.dueSegmentations.filter((row) => !loans.has(row.loanAccountNumber))).toEqual([]);
    const mislinked = bankSync.loanCollaterals.filter((row) => {
      const owner = loans.get(row.loanAccountNumber)?.cif;
      return owner === undefined || collaterals.get(row.collateralNumber)?.cif !== owner;
    });
    expect(mislinked).toEqual([]);
    const misbooked = payment.payments.filter((row) => {
      const loan = loans.get(row.loanAccountNumber);
      return loan?.cif !== row.cif || loan.currency !== row.currency;
    });
    expect(misbooked).toEqual([]);
    expect(workflow.actionRecords.filter((row) => loans.get(row.loanAccountNumber)?.cif !== row.cif)).toEqual(
      [],
    );
  });

  it('link every collateral to at least one loan', () => {
    const linked = new Set(bankSync.loanCollaterals.map((row) => row.collateralNumber));
    expect(bankSync.collaterals.filter((row) => !linked.has(row.collateralNumber))).toEqual([]);
  });

  it('point at generated agents', () => {
    const ids = new Set(agents.map((agent) => agent.id));
    const referenced = [
      ...workflow.actionRecords.map((row) => row.agentId),
      ...workflow.customerCaseActions.map((row) => row.agentId),
      ...[...workflow.customerAgents, ...workflow.customerCases].flatMap((row) => [
        row.assignedCallAgentId,
        row.assignedFieldAgentId,
      ]),
    ];
    expect(referenced.filter((id) => id !== null && !ids.has(id))).toEqual([]);
  });
});

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
