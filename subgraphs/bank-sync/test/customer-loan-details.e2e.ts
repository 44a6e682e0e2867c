import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loanCollaterals } from '../src/db';
import { type BankSyncHarness, startBankSync } from './support/harness';
import { accountNumberOf, cifOf, collateralNumberOf, insertPortfolio } from './support/portfolio';

const LOAN_DETAILS =
  'accountNumber dueSegmentations { dueDate principalAmount } collaterals { collateralNumber value }';

const BY_CIF = /* GraphQL */ `
  query Customer($cif: String!) { customer(cif: $cif) { cif loans { ${LOAN_DETAILS} } } }
`;

// An entity reference does not start the customer's lists: each loan's own loaders read its details.
const BY_REFERENCE = /* GraphQL */ `
  query Customer($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Customer { cif loans { ${LOAN_DETAILS} } } }
  }
`;

const PER_LOAN = /"loan_account_number" = any\(/;

interface Loan {
  accountNumber: string;
  dueSegmentations: { dueDate: string }[];
  collaterals: { collateralNumber: string }[];
}

describe("a customer's loans with their due segments and collaterals, by CIF", () => {
  let bankSync: BankSyncHarness;

  beforeAll(async () => {
    bankSync = await startBankSync();
    await insertPortfolio(bankSync.db, 3);
    // A collateral of another customer also secures customer 1's second loan.
    await bankSync.db.insert(loanCollaterals).values({
      loanAccountNumber: accountNumberOf(1, 2),
      collateralNumber: collateralNumberOf(3),
      createdAt: new Date('2024-01-15T03:00:00.000Z'),
      updatedAt: new Date('2024-01-15T03:00:00.000Z'),
      sourceSystem: 'W4',
    });
  });
  afterAll(() => bankSync?.stop());

  it("reads them in the customer's batch: customer, loans, due segments and collaterals, none per loan", async () => {
    for (const index of [1, 2]) {
      bankSync.statements.reset();
      const response = await bankSync.query<{ customer: { loans: Loan[] } }>(BY_CIF, { cif: cifOf(index) });

      expect(response.errors).toBeUndefined();
      expect(response.data?.customer.loans).toHaveLength(2);
      expect(bankSync.statements.count()).toBe(4);
      // Read per loan, they would have waited for the loans: a second round.
      expect(bankSync.statements.texts().filter((text) => PER_LOAN.test(text))).toEqual([]);
    }
  });

  it('reads only the details the loans are asked for', async () => {
    bankSync.statements.reset();
    const response = await bankSync.query(
      'query($cif: String!) { customer(cif: $cif) { loans { dueSegmentations { dueDate } } } }',
      { cif: cifOf(1) },
    );

    expect(response.errors).toBeUndefined();
    expect(bankSync.statements.count()).toBe(3);
  });

  it("answers as each loan's own lookups do, a collateral of another customer included", async () => {
    for (const index of [1, 2, 3]) {
      const cif = cifOf(index);
      const byCif = await bankSync.query<{ customer: { loans: Loan[] } }>(BY_CIF, { cif });
      const byReference = await bankSync.query<{ _entities: { loans: Loan[] }[] }>(BY_REFERENCE, {
        representations: [{ __typename: 'Customer', cif }],
      });

      expect(byCif.errors).toBeUndefined();
      expect(byReference.errors).toBeUndefined();
      expect(byCif.data?.customer).toEqual(byReference.data?._entities[0]);
    }
    const [first, second] =
      (await bankSync.query<{ customer: { loans: Loan[] } }>(BY_CIF, { cif: cifOf(1) })).data?.customer
        .loans ?? [];
    expect(first?.dueSegmentations.map((segment) => segment.dueDate)).toEqual(['2026-01-31', '2026-02-28']);
    expect(first?.collaterals.map((collateral) => collateral.collateralNumber)).toEqual([
      collateralNumberOf(1),
    ]);
    expect(second?.collaterals.map((collateral) => collateral.collateralNumber)).toEqual([
      collateralNumberOf(3),
    ]);
    const ofCustomer2 = await bankSync.query<{ customer: { loans: Loan[] } }>(BY_CIF, { cif: cifOf(2) });
    expect(ofCustomer2.data?.customer.loans[1]?.collaterals).toEqual([]);
  });
});
