import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loanCollaterals } from '../src/db';
import { type BankSyncHarness, startBankSync } from './support/harness';
import { insertPortfolio } from './support/portfolio';

const LOAN = /* GraphQL */ `
  query Loan($accountNumber: String!) {
    loan(accountNumber: $accountNumber) {
      id accountNumber cif productType originalAmount currency disbursementDate maturityDate interestRate term
      paymentFrequency limit outstanding remainingAmount dueAmount minPay nextPaymentDate dpd delinquencyStatus
      status closeDate resolutionCode resolutionNotes sourceSystem createdBy updatedBy createdAt updatedAt
      isEditable lastSyncedAt
      customer { cif }
      collaterals { collateralNumber }
      collateralLinks {
        id loanAccountNumber collateralNumber createdAt updatedAt sourceSystem
        loan { accountNumber }
        collateral { collateralNumber }
      }
      dueSegmentations {
        id loanAccountNumber dueDate principalAmount interestAmount feesAmount penaltyAmount sourceSystem
        createdBy updatedBy createdAt updatedAt isEditable lastSyncedAt
      }
    }
  }
`;

const COLLATERAL = /* GraphQL */ `
  query Collateral($collateralNumber: String!) {
    collateral(collateralNumber: $collateralNumber) {
      id collateralNumber cif type description value valuationDate make model year vin licensePlate propertyType
      address size titleNumber sourceSystem createdBy updatedBy createdAt updatedAt isEditable lastSyncedAt
      loans { accountNumber }
      customer { cif }
    }
  }
`;

const synced = {
  sourceSystem: 'T24',
  createdBy: 'T24-SYNC',
  updatedBy: 'T24-SYNC',
  createdAt: '2026-01-31T09:30:00.000Z',
  updatedAt: '2026-02-01T17:45:12.345Z',
  isEditable: false,
  lastSyncedAt: '2026-02-01T17:45:12.345Z',
};

describe('loan and collateral lookup', () => {
  let bankSync: BankSyncHarness;

  beforeAll(async () => {
    bankSync = await startBankSync();
    await insertPortfolio(bankSync.db, 3);
    // One collateral securing two loans of its owner.
    await bankSync.db.insert(loanCollaterals).values({
      loanAccountNumber: 'LN00000302',
      collateralNumber: 'COL000003',
      createdAt: new Date('2024-06-01T00:00:00.000Z'),
      updatedAt: new Date('2024-06-01T00:00:00.000Z'),
      sourceSystem: 'T24',
    });
  });
  afterAll(() => bankSync?.stop());

  it('returns a loan with exact Decimal, Date and DateTime values, its customer, collaterals and due segments', async () => {
    const response = await bankSync.query(LOAN, { accountNumber: 'LN00000101' });

    expect(response.errors).toBeUndefined();
    const segment = (dueDate: string) => ({
      id: expect.any(String),
      loanAccountNumber: 'LN00000101',
      dueDate,
      principalAmount: '1000000.00',
      interestAmount: '123456.78',
      feesAmount: '0.00',
      penaltyAmount: '5000.05',
      ...synced,
    });
    expect(response.data).toEqual({
      loan: {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        accountNumber: 'LN00000101',
        cif: 'CIF000001',
        productType: 'MORTGAGE',
        originalAmount: '1001.50',
        currency: 'VND',
        disbursementDate: '2024-01-15',
        maturityDate: '2029-01-15',
        interestRate: '12.3456',
        term: 60,
        paymentFrequency: 'MONTHLY',
        limit: null,
        outstanding: '98765432109876.54',
        remainingAmount: '1234.50',
        dueAmount: '0.01',
        minPay: null,
        nextPaymentDate: '2026-01-31',
        dpd: 0,
        delinquencyStatus: 'CURRENT',
        status: 'OPEN',
        closeDate: null,
        resolutionCode: null,
        resolutionNotes: null,
        ...synced,
        customer: { cif: 'CIF000001' },
        collaterals: [{ collateralNumber: 'COL000001' }],
        collateralLinks: [
          {
            id: expect.any(String),
            loanAccountNumber: 'LN00000101',
            collateralNumber: 'COL000001',
            createdAt: '2024-01-15T03:00:00.000Z',
            updatedAt: '2024-01-15T03:00:00.000Z',
            sourceSystem: 'W4',
            loan: { accountNumber: 'LN00000101' },
            collateral: { collateralNumber: 'COL000001' },
          },
        ],
        dueSegmentations: [segment('2026-01-31'), segment('2026-02-28')],
      },
    });
  });

  it('returns the resolution of a closed loan', async () => {
    const response = await bankSync.query<{ loan: Record<string, unknown> }>(LOAN, {
      accountNumber: 'LN00000302',
    });

    expect(response.data?.loan).toMatchObject({
      status: 'CLOSED',
      closeDate: '2025-12-31',
      resolutionCode: 'PAID_OFF',
      resolutionNotes: 'Paid in full',
      collaterals: [{ collateralNumber: 'COL000003' }],
    });
  });

  it('returns a collateral with every column, the loans it secures and its owner', async () => {
    const response = await bankSync.query(COLLATERAL, { collateralNumber: 'COL000003' });

    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      collateral: {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        collateralNumber: 'COL000003',
        cif: 'CIF000003',
        type: 'VEHICLE',
        description: 'Vehicle of customer 3',
        value: '450000000.00',
        valuationDate: '2025-06-30',
        make: 'Toyota',
        model: 'Vios',
        year: 2022,
        vin: 'VIN3',
        licensePlate: '51A-3',
        propertyType: null,
        address: null,
        size: null,
        titleNumber: null,
        ...synced,
        loans: [{ accountNumber: 'LN00000301' }, { accountNumber: 'LN00000302' }],
        customer: { cif: 'CIF000003' },
      },
    });
  });

  it('returns null, not an error, for unknown account and collateral numbers', async () => {
    expect(await bankSync.query(LOAN, { accountNumber: 'LN99999999' })).toEqual({ data: { loan: null } });
    expect(await bankSync.query(COLLATERAL, { collateralNumber: 'COL999999' })).toEqual({
      data: { collateral: null },
    });
  });
});
