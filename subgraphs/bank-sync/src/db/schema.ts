/**
 * bank-sync's tables: customers and loans synchronized from the core banking systems (seed 000).
 * Property names are the camelCase of the seed's column names; types, nullability and indexes follow
 * the seed.
 */
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgSchema,
  text,
  timestamp,
  unique,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';

// Deliberately not exported. An exported pgSchema makes drizzle-kit emit `CREATE SCHEMA "bank_sync_service"`,
// which fails under migrateDomain: drizzle's migrator has already run `CREATE SCHEMA IF NOT EXISTS` for the
// domain schema, because the migrations table lives in it. Unexported, the migrator creates the schema.
const bankSyncService = pgSchema('bank_sync_service');

// The seed's unique indexes are declared as UNIQUE constraints (each is backed by a unique index of the same
// name): drizzle-kit adds foreign keys before it creates indexes, and a foreign key to customers.cif or
// loans.account_number needs the unique key to exist already; a constraint inside CREATE TABLE guarantees it.

/** The seed's "SynchronizedEntity Base Fields" (id aside): who and which system wrote a synchronized row. */
function synchronizedEntityColumns() {
  return {
    sourceSystem: varchar('source_system', { length: 10 }).notNull(),
    createdBy: varchar('created_by', { length: 50 }).notNull(),
    updatedBy: varchar('updated_by', { length: 50 }).notNull(),
    createdAt: timestamp('created_at', { mode: 'date', precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { mode: 'date', precision: 3 })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
    isEditable: boolean('is_editable').notNull().default(true),
    lastSyncedAt: timestamp('last_synced_at', { mode: 'date', precision: 3 }),
  };
}

export const customers = bankSyncService.table(
  'customers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Nullable as the seed writes it (UNIQUE without NOT NULL).
    cif: varchar('cif', { length: 20 }),
    type: varchar('type', { length: 20 }).notNull(),
    name: varchar('name', { length: 100 }),
    dateOfBirth: date('date_of_birth', { mode: 'string' }),
    nationalId: varchar('national_id', { length: 20 }),
    gender: varchar('gender', { length: 10 }),
    companyName: varchar('company_name', { length: 100 }),
    registrationNumber: varchar('registration_number', { length: 20 }),
    taxId: varchar('tax_id', { length: 20 }),
    segment: varchar('segment', { length: 50 }).notNull(),
    status: varchar('status', { length: 10 }).notNull(),
    ...synchronizedEntityColumns(),
  },
  (t) => [
    // Also serves the seed's plain idx_customers_cif: a second index on cif would only cost writes.
    unique('uq_customers_cif').on(t.cif),
    index('idx_customers_national_id').on(t.nationalId),
    index('idx_customers_registration_number').on(t.registrationNumber),
    index('idx_customers_segment').on(t.segment),
    index('idx_customers_status').on(t.status),
    index('idx_customers_type').on(t.type),
    index('idx_customers_name').on(t.name),
  ],
);

export const phones = bankSyncService.table(
  'phones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cif: varchar('cif', { length: 20 }).notNull(),
    type: varchar('type', { length: 20 }).notNull(),
    number: varchar('number', { length: 20 }).notNull(),
    isPrimary: boolean('is_primary').notNull().default(false),
    isVerified: boolean('is_verified').notNull().default(false),
    verificationDate: timestamp('verification_date', { mode: 'date', precision: 3 }),
    ...synchronizedEntityColumns(),
  },
  (t) => [
    unique('uq_phones_cif_type').on(t.cif, t.type),
    index('idx_phones_number').on(t.number),
    foreignKey({ name: 'fk_phones_cif', columns: [t.cif], foreignColumns: [customers.cif] }),
  ],
);

export const addresses = bankSyncService.table(
  'addresses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cif: varchar('cif', { length: 20 }).notNull(),
    type: varchar('type', { length: 20 }).notNull(),
    addressLine1: varchar('address_line1', { length: 100 }).notNull(),
    addressLine2: varchar('address_line2', { length: 100 }),
    city: varchar('city', { length: 50 }).notNull(),
    state: varchar('state', { length: 50 }).notNull(),
    district: varchar('district', { length: 50 }).notNull(),
    country: varchar('country', { length: 50 }).notNull(),
    isPrimary: boolean('is_primary').notNull().default(false),
    isVerified: boolean('is_verified').notNull().default(false),
    verificationDate: timestamp('verification_date', { mode: 'date', precision: 3 }),
    ...synchronizedEntityColumns(),
  },
  (t) => [
    unique('uq_addresses_cif_type').on(t.cif, t.type),
    index('idx_addresses_city').on(t.city),
    index('idx_addresses_state').on(t.state),
    index('idx_addresses_country').on(t.country),
    foreignKey({ name: 'fk_addresses_cif', columns: [t.cif], foreignColumns: [customers.cif] }),
  ],
);

export const emails = bankSyncService.table(
  'emails',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cif: varchar('cif', { length: 20 }).notNull(),
    address: varchar('address', { length: 100 }).notNull(),
    isPrimary: boolean('is_primary').notNull().default(false),
    isVerified: boolean('is_verified').notNull().default(false),
    verificationDate: timestamp('verification_date', { mode: 'date', precision: 3 }),
    ...synchronizedEntityColumns(),
  },
  (t) => [
    unique('uq_emails_cif_address').on(t.cif, t.address),
    index('idx_emails_address').on(t.address),
    foreignKey({ name: 'fk_emails_cif', columns: [t.cif], foreignColumns: [customers.cif] }),
  ],
);

export const loans = bankSyncService.table(
  'loans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountNumber: varchar('account_number', { length: 20 }).notNull(),
    cif: varchar('cif', { length: 20 }).notNull(),
    productType: varchar('product_type', { length: 20 }).notNull(),
    originalAmount: numeric('original_amount', { precision: 18, scale: 2 }).notNull(),
    currency: varchar('currency', { length: 3 }).notNull(),
    disbursementDate: date('disbursement_date', { mode: 'string' }).notNull(),
    maturityDate: date('maturity_date', { mode: 'string' }).notNull(),
    interestRate: numeric('interest_rate', { precision: 8, scale: 4 }).notNull(),
    term: integer('term').notNull(),
    paymentFrequency: varchar('payment_frequency', { length: 20 }).notNull(),
    // A reserved word in SQL: drizzle quotes every identifier it writes, so "limit" is safe here.
    limit: numeric('limit', { precision: 18, scale: 2 }),
    outstanding: numeric('outstanding', { precision: 18, scale: 2 }).notNull(),
    remainingAmount: numeric('remaining_amount', { precision: 18, scale: 2 }).notNull(),
    dueAmount: numeric('due_amount', { precision: 18, scale: 2 }).notNull(),
    minPay: numeric('min_pay', { precision: 18, scale: 2 }),
    nextPaymentDate: date('next_payment_date', { mode: 'string' }).notNull(),
    dpd: integer('dpd').notNull(),
    delinquencyStatus: varchar('delinquency_status', { length: 20 }).notNull(),
    status: varchar('status', { length: 10 }).notNull(),
    closeDate: date('close_date', { mode: 'string' }),
    resolutionCode: varchar('resolution_code', { length: 20 }),
    resolutionNotes: text('resolution_notes'),
    ...synchronizedEntityColumns(),
  },
  (t) => [
    // Also serves the seed's plain idx_loans_account_number: a second index on it would only cost writes.
    unique('uq_loans_account_number').on(t.accountNumber),
    index('idx_loans_cif').on(t.cif),
    index('idx_loans_product_type').on(t.productType),
    index('idx_loans_status').on(t.status),
    index('idx_loans_dpd').on(t.dpd),
    index('idx_loans_delinquency_status').on(t.delinquencyStatus),
    index('idx_loans_next_payment_date').on(t.nextPaymentDate),
    foreignKey({ name: 'fk_loans_cif', columns: [t.cif], foreignColumns: [customers.cif] }),
  ],
);

export const collaterals = bankSyncService.table(
  'collaterals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    collateralNumber: varchar('collateral_number', { length: 20 }).notNull(),
    cif: varchar('cif', { length: 20 }).notNull(),
    type: varchar('type', { length: 20 }).notNull(),
    description: text('description').notNull(),
    value: numeric('value', { precision: 18, scale: 2 }).notNull(),
    valuationDate: date('valuation_date', { mode: 'string' }).notNull(),
    make: varchar('make', { length: 50 }),
    model: varchar('model', { length: 50 }),
    year: integer('year'),
    vin: varchar('vin', { length: 20 }),
    licensePlate: varchar('license_plate', { length: 20 }),
    propertyType: varchar('property_type', { length: 20 }),
    address: text('address'),
    size: numeric('size', { precision: 10, scale: 2 }),
    titleNumber: varchar('title_number', { length: 20 }),
    ...synchronizedEntityColumns(),
  },
  (t) => [
    unique('uq_collaterals_collateral_number').on(t.collateralNumber),
    index('idx_collaterals_cif').on(t.cif),
    index('idx_collaterals_type').on(t.type),
    index('idx_collaterals_vin').on(t.vin),
    index('idx_collaterals_license_plate').on(t.licensePlate),
    index('idx_collaterals_title_number').on(t.titleNumber),
    foreignKey({ name: 'fk_collaterals_cif', columns: [t.cif], foreignColumns: [customers.cif] }),
  ],
);

export const loanCollaterals = bankSyncService.table(
  'loan_collaterals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    loanAccountNumber: varchar('loan_account_number', { length: 20 }).notNull(),
    collateralNumber: varchar('collateral_number', { length: 20 }).notNull(),
    createdAt: timestamp('created_at', { mode: 'date', precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { mode: 'date', precision: 3 })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
    sourceSystem: varchar('source_system', { length: 10 }).notNull(),
  },
  (t) => [
    unique('uq_loan_collaterals_loan_account_number_collateral_number').on(
      t.loanAccountNumber,
      t.collateralNumber,
    ),
    // Not in the seed's list for this table, but its strategy indexes every foreign key column: the unique
    // index above leads with the loan, this one finds the loans of a collateral.
    index('idx_loan_collaterals_collateral_number').on(t.collateralNumber),
    foreignKey({
      name: 'fk_loan_collaterals_loan_account_number',
      columns: [t.loanAccountNumber],
      foreignColumns: [loans.accountNumber],
    }),
    foreignKey({
      name: 'fk_loan_collaterals_collateral_number',
      columns: [t.collateralNumber],
      foreignColumns: [collaterals.collateralNumber],
    }),
  ],
);

export const dueSegmentations = bankSyncService.table(
  'due_segmentations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    loanAccountNumber: varchar('loan_account_number', { length: 20 }).notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    principalAmount: numeric('principal_amount', { precision: 18, scale: 2 }).notNull(),
    interestAmount: numeric('interest_amount', { precision: 18, scale: 2 }).notNull(),
    feesAmount: numeric('fees_amount', { precision: 18, scale: 2 }).notNull(),
    penaltyAmount: numeric('penalty_amount', { precision: 18, scale: 2 }).notNull(),
    ...synchronizedEntityColumns(),
  },
  (t) => [
    unique('uq_due_segmentations_loan_account_number_due_date').on(t.loanAccountNumber, t.dueDate),
    index('idx_due_segmentations_due_date').on(t.dueDate),
    foreignKey({
      name: 'fk_due_segmentations_loan_account_number',
      columns: [t.loanAccountNumber],
      foreignColumns: [loans.accountNumber],
    }),
  ],
);

export const referenceCustomers = bankSyncService.table(
  'reference_customers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    refCif: varchar('ref_cif', { length: 20 }).notNull(),
    primaryCif: varchar('primary_cif', { length: 20 }).notNull(),
    relationshipType: varchar('relationship_type', { length: 30 }).notNull(),
    type: varchar('type', { length: 20 }).notNull(),
    name: varchar('name', { length: 100 }),
    dateOfBirth: date('date_of_birth', { mode: 'string' }),
    nationalId: varchar('national_id', { length: 20 }),
    gender: varchar('gender', { length: 10 }),
    companyName: varchar('company_name', { length: 100 }),
    registrationNumber: varchar('registration_number', { length: 20 }),
    taxId: varchar('tax_id', { length: 20 }),
    ...synchronizedEntityColumns(),
  },
  (t) => [
    unique('uq_reference_customers_ref_cif').on(t.refCif),
    index('idx_reference_customers_primary_cif').on(t.primaryCif),
    index('idx_reference_customers_relationship_type').on(t.relationshipType),
    index('idx_reference_customers_national_id').on(t.nationalId),
    index('idx_reference_customers_registration_number').on(t.registrationNumber),
    foreignKey({
      name: 'fk_reference_customers_primary_cif',
      columns: [t.primaryCif],
      foreignColumns: [customers.cif],
    }),
  ],
);
