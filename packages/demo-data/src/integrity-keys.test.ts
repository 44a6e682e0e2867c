/** Integrity of the demo universe across rows: keys unique and well formed, references that resolve. */
import { describe, expect, it } from 'vitest';
import { demoAgents } from './agents';
import { collect } from './test-support';

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
