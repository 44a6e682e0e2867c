import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BankSyncHarness, startBankSync } from './support/harness';
import { insertPortfolio } from './support/portfolio';

const ENTITIES = /* GraphQL */ `
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Customer { cif name }
      ... on Loan { accountNumber originalAmount nextPaymentDate }
      ... on Collateral { collateralNumber value valuationDate }
    }
  }
`;

describe('entity references from the gateway', () => {
  let bankSync: BankSyncHarness;

  const resolve = (representations: Record<string, string>[]) =>
    bankSync.query<{ _entities: unknown[] }>(ENTITIES, { representations });

  beforeAll(async () => {
    bankSync = await startBankSync();
    await insertPortfolio(bankSync.db, 5);
  });
  afterAll(() => bankSync?.stop());

  it('resolves Customer references in the order given, null for unknown CIFs, in one statement', async () => {
    bankSync.statements.reset();
    const response = await resolve([
      { __typename: 'Customer', cif: 'CIF000003' },
      { __typename: 'Customer', cif: 'CIF404' },
      { __typename: 'Customer', cif: 'CIF000001' },
      { __typename: 'Customer', cif: 'CIF000003' },
    ]);

    expect(response).toEqual({
      data: {
        _entities: [
          { __typename: 'Customer', cif: 'CIF000003', name: 'Customer Number 3' },
          null,
          { __typename: 'Customer', cif: 'CIF000001', name: 'Customer Number 1' },
          { __typename: 'Customer', cif: 'CIF000003', name: 'Customer Number 3' },
        ],
      },
    });
    expect(bankSync.statements.count()).toBe(1);
  });

  it('resolves Loan references in the order given, null for unknown account numbers, in one statement', async () => {
    bankSync.statements.reset();
    const response = await resolve([
      { __typename: 'Loan', accountNumber: 'LN00000202' },
      { __typename: 'Loan', accountNumber: 'LN00000101' },
      { __typename: 'Loan', accountNumber: 'LN404' },
    ]);

    expect(response).toEqual({
      data: {
        _entities: [
          {
            __typename: 'Loan',
            accountNumber: 'LN00000202',
            originalAmount: '2002.50',
            nextPaymentDate: '2026-01-31',
          },
          {
            __typename: 'Loan',
            accountNumber: 'LN00000101',
            originalAmount: '1001.50',
            nextPaymentDate: '2026-01-31',
          },
          null,
        ],
      },
    });
    expect(bankSync.statements.count()).toBe(1);
  });

  it('resolves Collateral references in the order given, null for unknown numbers, in one statement', async () => {
    bankSync.statements.reset();
    const response = await resolve([
      { __typename: 'Collateral', collateralNumber: 'COL404' },
      { __typename: 'Collateral', collateralNumber: 'COL000005' },
      { __typename: 'Collateral', collateralNumber: 'COL000002' },
    ]);

    expect(response).toEqual({
      data: {
        _entities: [
          null,
          {
            __typename: 'Collateral',
            collateralNumber: 'COL000005',
            value: '450000000.00',
            valuationDate: '2025-06-30',
          },
          {
            __typename: 'Collateral',
            collateralNumber: 'COL000002',
            value: '450000000.00',
            valuationDate: '2025-06-30',
          },
        ],
      },
    });
    expect(bankSync.statements.count()).toBe(1);
  });

  it('resolves a mixed batch of the three entities, each in its place', async () => {
    const response = await resolve([
      { __typename: 'Loan', accountNumber: 'LN00000401' },
      { __typename: 'Collateral', collateralNumber: 'COL000004' },
      { __typename: 'Customer', cif: 'CIF000004' },
      { __typename: 'Customer', cif: 'CIF404' },
    ]);

    expect(response.errors).toBeUndefined();
    expect(response.data?._entities).toMatchObject([
      { __typename: 'Loan', accountNumber: 'LN00000401' },
      { __typename: 'Collateral', collateralNumber: 'COL000004' },
      { __typename: 'Customer', cif: 'CIF000004', name: null },
      null,
    ]);
  });
});
