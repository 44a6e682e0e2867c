import { describe, expect, it } from 'vitest';
import { collect } from './test-support';
import type { DelinquencyStatus } from './vocabulary';

const customers = 2000;
const data = collect({ customers });
const { bankSync, payment, workflow } = data;

const share = <T>(rows: readonly T[], test: (row: T) => boolean) => rows.filter(test).length / rows.length;

describe('the default demo looks like a real collection book', () => {
  const loans = bankSync.loans;
  const open = loans.filter((loan) => loan.status === 'OPEN');

  it('is mostly individuals, ~15% organisations', () => {
    expect(share(bankSync.customers, (row) => row.type === 'ORGANIZATION')).toBeGreaterThan(0.1);
    expect(share(bankSync.customers, (row) => row.type === 'ORGANIZATION')).toBeLessThan(0.2);
    expect(share(bankSync.customers, (row) => row.status === 'ACTIVE')).toBeGreaterThan(0.9);
    expect(share(bankSync.customers, (row) => row.sourceSystem === 'T24')).toBeGreaterThan(0.8);
    expect(bankSync.customers.some((row) => row.sourceSystem === 'W4')).toBe(true);
  });

  it('has ~2.5 loans per customer, ~10% of them closed', () => {
    expect(loans.length / customers).toBeGreaterThan(2.3);
    expect(loans.length / customers).toBeLessThan(2.7);
    expect(share(loans, (loan) => loan.status === 'CLOSED')).toBeGreaterThan(0.07);
    expect(share(loans, (loan) => loan.status === 'CLOSED')).toBeLessThan(0.13);
    expect(share(loans, (loan) => loan.currency === 'USD')).toBeLessThan(0.1);
    expect(new Set(loans.map((loan) => loan.productType)).size).toBe(6);
  });

  it('spreads open loans over the delinquency buckets, fewer the further behind', () => {
    const count = (status: DelinquencyStatus) =>
      open.filter((loan) => loan.delinquencyStatus === status).length;
    expect(count('CURRENT') / open.length).toBeGreaterThan(0.4);
    expect(count('CURRENT') / open.length).toBeLessThan(0.7);
    expect(count('BUCKET_1')).toBeGreaterThan(count('BUCKET_2'));
    expect(count('BUCKET_2')).toBeGreaterThan(count('BUCKET_3'));
    expect(count('BUCKET_3')).toBeGreaterThan(count('WRITE_OFF'));
    expect(count('WRITE_OFF')).toBeGreaterThan(0);
  });

  it('has ~8 payments per loan, mostly completed', () => {
    const payments = payment.payments;
    expect(payments.length / loans.length).toBeGreaterThan(7);
    expect(payments.length / loans.length).toBeLessThan(10);
    expect(share(payments, (row) => row.status === 'COMPLETED')).toBeGreaterThan(0.85);
    for (const status of ['PENDING', 'FAILED', 'REVERSED'])
      expect(payments.some((row) => row.status === status)).toBe(true);
  });

  it('secures a third of the customers with collateral', () => {
    const owners = new Set(bankSync.collaterals.map((row) => row.cif)).size / customers;
    expect(owners).toBeGreaterThan(0.25);
    expect(owners).toBeLessThan(0.45);
  });

  it('works ~5 actions per customer, on every customer in arrears', () => {
    const delinquent = new Set(open.filter((loan) => loan.dpd > 0).map((loan) => loan.cif));
    const worked = new Set(workflow.actionRecords.map((row) => row.cif));
    expect(workflow.actionRecords.length / customers).toBeGreaterThan(3.5);
    expect(workflow.actionRecords.length / customers).toBeLessThan(6.5);
    expect(share([...delinquent], (cif) => worked.has(cif))).toBeGreaterThan(0.95);
    expect(share(workflow.actionRecords, (row) => row.type === 'CALL')).toBeGreaterThan(0.4);
  });
});
