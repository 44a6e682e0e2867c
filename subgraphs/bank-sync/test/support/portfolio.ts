import {
  addresses,
  collaterals,
  customers,
  dueSegmentations,
  emails,
  loanCollaterals,
  loans,
  phones,
  referenceCustomers,
} from '../../src/db';
import type { BankSyncDatabase } from '../../src/db/database';

type NewCustomer = typeof customers.$inferInsert & { cif: string };
type NewLoan = typeof loans.$inferInsert;

/** A deterministic book of customers, each with contact details, two loans, a collateral and a related party. */
export interface Portfolio {
  customers: NewCustomer[];
  loans: NewLoan[];
  collaterals: (typeof collaterals.$inferInsert)[];
}

const syncedFromT24 = {
  sourceSystem: 'T24',
  createdBy: 'T24-SYNC',
  updatedBy: 'T24-SYNC',
  createdAt: new Date('2026-01-31T09:30:00.000Z'),
  updatedAt: new Date('2026-02-01T17:45:12.345Z'),
  isEditable: false,
  lastSyncedAt: new Date('2026-02-01T17:45:12.345Z'),
};

const SEGMENTS = ['RETAIL', 'PRIORITY', 'SME', 'CORPORATE'];
const PRODUCTS = ['PERSONAL_LOAN', 'AUTO_LOAN', 'MORTGAGE', 'CREDIT_CARD', 'OVERDRAFT', 'BUSINESS_LOAN'];

export const cifOf = (index: number) => `CIF${String(index).padStart(6, '0')}`;
export const accountNumberOf = (index: number, loan: 1 | 2) => `LN${String(index).padStart(6, '0')}0${loan}`;
export const collateralNumberOf = (index: number) => `COL${String(index).padStart(6, '0')}`;

export function delinquencyStatusOf(dpd: number): string {
  if (dpd === 0) return 'CURRENT';
  if (dpd <= 30) return 'BUCKET_1';
  if (dpd <= 60) return 'BUCKET_2';
  if (dpd <= 90) return 'BUCKET_3';
  if (dpd <= 180) return 'BUCKET_4';
  return 'WRITE_OFF';
}

function customerOf(index: number): NewCustomer {
  const organization = index % 4 === 0;
  return {
    cif: cifOf(index),
    type: organization ? 'ORGANIZATION' : 'INDIVIDUAL',
    name: organization ? null : `Customer Number ${index}`,
    dateOfBirth: organization ? null : '1985-03-14',
    nationalId: organization ? null : `0790850${String(index).padStart(5, '0')}`,
    gender: organization ? null : index % 2 === 0 ? 'FEMALE' : 'MALE',
    companyName: organization ? `Company ${index} Trading Ltd` : null,
    registrationNumber: organization ? `03010${String(index).padStart(5, '0')}` : null,
    taxId: organization ? `TAX${index}` : null,
    segment: SEGMENTS[index % SEGMENTS.length] ?? 'RETAIL',
    status: index % 5 === 0 ? 'INACTIVE' : 'ACTIVE',
    ...syncedFromT24,
  };
}

function loanOf(index: number, loan: 1 | 2): NewLoan {
  // Many loans share a dpd, so ordering by it has ties for the account number to break.
  const dpd = (index * 7 + loan * 13) % 40 === 0 ? 0 : ((index * 7 + loan * 13) % 10) * 20;
  const closed = loan === 2 && index % 3 === 0;
  return {
    accountNumber: accountNumberOf(index, loan),
    cif: cifOf(index),
    productType: PRODUCTS[(index + loan) % PRODUCTS.length] ?? 'PERSONAL_LOAN',
    originalAmount: `${index * 1000 + loan}.50`,
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
    dpd,
    delinquencyStatus: delinquencyStatusOf(dpd),
    status: closed ? 'CLOSED' : 'OPEN',
    closeDate: closed ? '2025-12-31' : null,
    resolutionCode: closed ? 'PAID_OFF' : null,
    resolutionNotes: closed ? 'Paid in full' : null,
    ...syncedFromT24,
  };
}

export function portfolioOf(size: number): Portfolio {
  const indexes = Array.from({ length: size }, (_, i) => i + 1);
  return {
    customers: indexes.map(customerOf),
    loans: indexes.flatMap((index) => [loanOf(index, 1), loanOf(index, 2)]),
    collaterals: indexes.map((index) => ({
      collateralNumber: collateralNumberOf(index),
      cif: cifOf(index),
      type: 'VEHICLE',
      description: `Vehicle of customer ${index}`,
      value: '450000000.00',
      valuationDate: '2025-06-30',
      make: 'Toyota',
      model: 'Vios',
      year: 2022,
      vin: `VIN${index}`,
      licensePlate: `51A-${index}`,
      propertyType: null,
      address: null,
      size: null,
      titleNumber: null,
      ...syncedFromT24,
    })),
  };
}

/** Inserts the portfolio of `size` customers (CIF000001 ...) with every child row; returns what it inserted. */
export async function insertPortfolio(db: BankSyncDatabase, size: number): Promise<Portfolio> {
  const portfolio = portfolioOf(size);
  const cifs = portfolio.customers.map((customer) => customer.cif);
  await db.insert(customers).values(portfolio.customers);
  await db.insert(phones).values(
    cifs.flatMap((cif, i) => [
      { cif, type: 'WORK', number: `0283${i}`, isPrimary: false, isVerified: false, ...syncedFromT24 },
      { cif, type: 'MOBILE', number: `0903${i}`, isPrimary: true, isVerified: true, ...syncedFromT24 },
    ]),
  );
  await db.insert(addresses).values(
    cifs.map((cif) => ({
      cif,
      type: 'HOME',
      addressLine1: '12 Nguyen Hue',
      addressLine2: null,
      city: 'Ho Chi Minh City',
      state: 'Ho Chi Minh',
      district: 'District 1',
      country: 'Vietnam',
      isPrimary: true,
      isVerified: true,
      verificationDate: new Date('2025-05-05T05:05:05.000Z'),
      ...syncedFromT24,
    })),
  );
  await db.insert(emails).values(
    cifs.map((cif) => ({
      cif,
      address: `${cif.toLowerCase()}@example.com`,
      isPrimary: true,
      isVerified: false,
      ...syncedFromT24,
    })),
  );
  await db.insert(referenceCustomers).values(
    cifs.map((cif) => ({
      refCif: `REF${cif}`,
      primaryCif: cif,
      relationshipType: 'GUARANTOR',
      type: 'INDIVIDUAL',
      name: `Guarantor of ${cif}`,
      ...syncedFromT24,
    })),
  );
  await db.insert(loans).values(portfolio.loans);
  await db.insert(collaterals).values(portfolio.collaterals);
  await db.insert(loanCollaterals).values(
    portfolio.collaterals.map((collateral, i) => ({
      loanAccountNumber: accountNumberOf(i + 1, 1),
      collateralNumber: collateral.collateralNumber,
      createdAt: new Date('2024-01-15T03:00:00.000Z'),
      updatedAt: new Date('2024-01-15T03:00:00.000Z'),
      sourceSystem: 'W4',
    })),
  );
  await db.insert(dueSegmentations).values(
    portfolio.loans.flatMap(({ accountNumber }) =>
      ['2026-02-28', '2026-01-31'].map((dueDate) => ({
        loanAccountNumber: accountNumber,
        dueDate,
        principalAmount: '1000000.00',
        interestAmount: '123456.78',
        feesAmount: '0.00',
        penaltyAmount: '5000.05',
        ...syncedFromT24,
      })),
    ),
  );
  return portfolio;
}
