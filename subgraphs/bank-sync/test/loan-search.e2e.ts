import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loans } from '../src/db';
import { type BankSyncHarness, startBankSync } from './support/harness';
import { readAllPages } from './support/pages';
import { insertPortfolio, type Portfolio } from './support/portfolio';

const LOANS = /* GraphQL */ `
  query Loans($filter: LoanFilter, $first: Int, $after: String, $orderBy: LoanOrder) {
    loans(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      edges { cursor node { accountNumber dpd } }
      nodes { accountNumber dpd }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

type NewLoan = Portfolio['loans'][number];

const byAccountNumber = (a: NewLoan, b: NewLoan) => (a.accountNumber < b.accountNumber ? -1 : 1);
const byDpdDescending = (a: NewLoan, b: NewLoan) => (b.dpd ?? 0) - (a.dpd ?? 0) || byAccountNumber(a, b);

describe('loan search', () => {
  let bankSync: BankSyncHarness;
  let portfolio: Portfolio;

  const search = async (filter: Record<string, unknown>) => {
    const response = await bankSync.query<{ loans: { nodes: { accountNumber: string }[] } }>(LOANS, {
      filter,
      first: 100,
    });
    expect(response.errors).toBeUndefined();
    return response.data?.loans.nodes.map((node) => node.accountNumber);
  };
  const accountNumbersWhere = (keep: (loan: NewLoan) => boolean) =>
    portfolio.loans
      .filter(keep)
      .sort(byAccountNumber)
      .map((loan) => loan.accountNumber);

  beforeAll(async () => {
    bankSync = await startBankSync();
    portfolio = await insertPortfolio(bankSync.db, 45);
  });
  afterAll(() => bankSync?.stop());

  it('pages through every loan by account number without duplicates or gaps', async () => {
    const { nodes, pages } = await readAllPages<{ accountNumber: string }>(bankSync, 'loans', LOANS, {
      first: 25,
    });

    expect(pages).toBe(4);
    expect(nodes.map((node) => node.accountNumber)).toEqual(accountNumbersWhere(() => true));
  });

  it('orders by days past due, most first, breaking ties by account number across pages', async () => {
    const { nodes } = await readAllPages<{ accountNumber: string; dpd: number }>(bankSync, 'loans', LOANS, {
      first: 7,
      orderBy: 'DPD_DESC',
    });

    const expected = [...portfolio.loans].sort(byDpdDescending);
    expect(new Set(expected.map((loan) => loan.dpd)).size).toBeLessThan(expected.length / 5);
    expect(nodes).toEqual(expected.map(({ accountNumber, dpd }) => ({ accountNumber, dpd })));
  });

  it('filters by an inclusive range of days past due', async () => {
    expect(await search({ dpdMin: 40, dpdMax: 100 })).toEqual(
      accountNumbersWhere((loan) => (loan.dpd ?? 0) >= 40 && (loan.dpd ?? 0) <= 100),
    );
    expect(await search({ dpdMin: 160 })).toEqual(accountNumbersWhere((loan) => (loan.dpd ?? 0) >= 160));
    expect(await search({ dpdMax: 0 })).toEqual(accountNumbersWhere((loan) => loan.dpd === 0));
  });

  it('filters by delinquency statuses, product types, status and CIF, combined', async () => {
    expect(await search({ delinquencyStatus: ['BUCKET_1', 'BUCKET_3'] })).toEqual(
      accountNumbersWhere((loan) => ['BUCKET_1', 'BUCKET_3'].includes(loan.delinquencyStatus)),
    );
    expect(await search({ productType: ['MORTGAGE', 'CREDIT_CARD'] })).toEqual(
      accountNumbersWhere((loan) => ['MORTGAGE', 'CREDIT_CARD'].includes(loan.productType)),
    );
    expect(await search({ status: 'CLOSED' })).toEqual(
      accountNumbersWhere((loan) => loan.status === 'CLOSED'),
    );
    expect(await search({ cif: 'CIF000012' })).toEqual(['LN00001201', 'LN00001202']);
    expect(await search({ delinquencyStatus: [] })).toEqual([]);
    expect(await search({ status: 'OPEN', dpdMin: 1, productType: ['AUTO_LOAN'] })).toEqual(
      accountNumbersWhere(
        (loan) => loan.status === 'OPEN' && (loan.dpd ?? 0) >= 1 && loan.productType === 'AUTO_LOAN',
      ),
    );
  });

  it('filters by the system the loan came from (findBySourceSystem)', async () => {
    await bankSync.db.update(loans).set({ sourceSystem: 'W4' }).where(eq(loans.cif, 'CIF000003'));

    expect(await search({ sourceSystem: 'W4' })).toEqual(
      accountNumbersWhere((loan) => loan.cif === 'CIF000003'),
    );
    expect(await search({ sourceSystem: 'T24', cif: 'CIF000003' })).toEqual([]);
  });

  it('continues a filtered search ordered by days past due from its cursor', async () => {
    const filter = { status: 'OPEN', dpdMin: 20 };
    const { nodes } = await readAllPages<{ accountNumber: string }>(bankSync, 'loans', LOANS, {
      filter,
      first: 4,
      orderBy: 'DPD_DESC',
    });

    const expected = portfolio.loans.filter((loan) => loan.status === 'OPEN' && (loan.dpd ?? 0) >= 20);
    expect(nodes.map((node) => node.accountNumber)).toEqual(
      expected.sort(byDpdDescending).map((loan) => loan.accountNumber),
    );
  });

  it('rejects a negative or inverted days-past-due range with BAD_USER_INPUT naming the field, without querying', async () => {
    bankSync.statements.reset();
    const cases = [
      { filter: { dpdMin: -1 }, field: 'dpdMin' },
      { filter: { dpdMax: -5 }, field: 'dpdMax' },
      { filter: { dpdMin: 90, dpdMax: 30 }, field: 'dpdMin' },
    ];
    for (const { filter, field } of cases) {
      const response = await bankSync.query(LOANS, { filter });
      expect(response.data).toBeNull();
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(bankSync.statements.count()).toBe(0);
  });

  it('rejects a page larger than 100 with BAD_USER_INPUT on first', async () => {
    const response = await bankSync.query(LOANS, { first: 101, orderBy: 'DPD_DESC' });

    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('rejects a cursor handed out for another order with BAD_USER_INPUT on after', async () => {
    const first = await bankSync.query<{ loans: { pageInfo: { endCursor: string } } }>(LOANS, { first: 2 });
    const endCursor = first.data?.loans.pageInfo.endCursor;

    const response = await bankSync.query(LOANS, { first: 2, after: endCursor, orderBy: 'DPD_DESC' });

    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
