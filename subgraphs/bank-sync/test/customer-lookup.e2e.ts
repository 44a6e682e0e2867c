import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BankSyncHarness, startBankSync } from './support/harness';
import { insertPortfolio } from './support/portfolio';

const CUSTOMER = /* GraphQL */ `
  query Customer($cif: String!) {
    customer(cif: $cif) {
      id cif type name dateOfBirth nationalId gender companyName registrationNumber taxId segment status
      sourceSystem createdBy updatedBy createdAt updatedAt isEditable lastSyncedAt
      phones { cif type number isPrimary isVerified verificationDate sourceSystem }
      addresses { cif type addressLine1 addressLine2 city state district country isPrimary verificationDate }
      emails { cif address isPrimary isVerified }
      loans { accountNumber }
      collaterals { collateralNumber }
      referenceCustomers { refCif primaryCif relationshipType type name dateOfBirth createdAt }
    }
  }
`;

describe('customer lookup by CIF', () => {
  let bankSync: BankSyncHarness;

  beforeAll(async () => {
    bankSync = await startBankSync();
    await insertPortfolio(bankSync.db, 4);
  });
  afterAll(() => bankSync?.stop());

  it('returns every column with exact dates and timestamps, and the customer’s child lists', async () => {
    const response = await bankSync.query(CUSTOMER, { cif: 'CIF000001' });

    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      customer: {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        cif: 'CIF000001',
        type: 'INDIVIDUAL',
        name: 'Customer Number 1',
        dateOfBirth: '1985-03-14',
        nationalId: '079085000001',
        gender: 'MALE',
        companyName: null,
        registrationNumber: null,
        taxId: null,
        segment: 'PRIORITY',
        status: 'ACTIVE',
        sourceSystem: 'T24',
        createdBy: 'T24-SYNC',
        updatedBy: 'T24-SYNC',
        createdAt: '2026-01-31T09:30:00.000Z',
        updatedAt: '2026-02-01T17:45:12.345Z',
        isEditable: false,
        lastSyncedAt: '2026-02-01T17:45:12.345Z',
        phones: [
          {
            cif: 'CIF000001',
            type: 'MOBILE',
            number: '09030',
            isPrimary: true,
            isVerified: true,
            verificationDate: null,
            sourceSystem: 'T24',
          },
          {
            cif: 'CIF000001',
            type: 'WORK',
            number: '02830',
            isPrimary: false,
            isVerified: false,
            verificationDate: null,
            sourceSystem: 'T24',
          },
        ],
        addresses: [
          {
            cif: 'CIF000001',
            type: 'HOME',
            addressLine1: '12 Nguyen Hue',
            addressLine2: null,
            city: 'Ho Chi Minh City',
            state: 'Ho Chi Minh',
            district: 'District 1',
            country: 'Vietnam',
            isPrimary: true,
            verificationDate: '2025-05-05T05:05:05.000Z',
          },
        ],
        emails: [{ cif: 'CIF000001', address: 'cif000001@example.com', isPrimary: true, isVerified: false }],
        loans: [{ accountNumber: 'LN00000101' }, { accountNumber: 'LN00000102' }],
        collaterals: [{ collateralNumber: 'COL000001' }],
        referenceCustomers: [
          {
            refCif: 'REFCIF000001',
            primaryCif: 'CIF000001',
            relationshipType: 'GUARANTOR',
            type: 'INDIVIDUAL',
            name: 'Guarantor of CIF000001',
            dateOfBirth: null,
            createdAt: '2026-01-31T09:30:00.000Z',
          },
        ],
      },
    });
  });

  it('returns the organization fields of a company', async () => {
    const response = await bankSync.query<{ customer: Record<string, unknown> }>(
      `query { customer(cif: "CIF000004") { type name companyName registrationNumber taxId } }`,
    );

    expect(response.data?.customer).toEqual({
      type: 'ORGANIZATION',
      name: null,
      companyName: 'Company 4 Trading Ltd',
      registrationNumber: '0301000004',
      taxId: 'TAX4',
    });
  });

  it('reads the customer and each list it selects once, the lists started with the customer', async () => {
    bankSync.statements.reset();
    const response = await bankSync.query<{ customer: { loans: unknown[] } }>(
      `query { customer(cif: "CIF000002") { cif phones { number } ... on Customer { loans { dpd } } } }`,
    );

    expect(response.errors).toBeUndefined();
    expect(response.data?.customer.loans.length).toBeGreaterThan(0);
    expect(bankSync.statements.count()).toBe(3);
  });

  it('returns null, not an error, for an unknown CIF', async () => {
    const response = await bankSync.query(CUSTOMER, { cif: 'CIF999999' });

    expect(response).toEqual({ data: { customer: null } });
  });
});
