import { eventCheckpointsTable } from '@collexis/events/consume';
import { outboxColumns } from '@collexis/events/publish';
/**
 * bank-sync's tables: customers and loans synchronized from the core banking systems (seed 000).
 * Property names are the camelCase of the seed's column names; types, nullability and indexes follow
 * the seed.
 */
import { auditLogTable, synchronizedEntityColumns } from '@collexis/platform/db';
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgSchema,
  primaryKey,
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

// ---- Synchronisation bookkeeping (not in seed 000: the sync pipeline's own records) ----

/** One synchronisation run: a file import (`runSync`) or a pushed batch (`pushSyncBatch`), with its totals. */
export const syncRuns = bankSyncService.table(
  'sync_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sourceSystem: varchar('source_system', { length: 10 }).notNull(),
    /** Entity types the run covers, as file names spell them (`customers`, `loan_collaterals`, ...). */
    entityTypes: varchar('entity_types', { length: 30 }).array().notNull(),
    /** FILE (inbox files), PUSH (records sent in the request) or API (pulled from a core system). */
    trigger: varchar('trigger', { length: 10 }).notNull(),
    triggeredBy: varchar('triggered_by', { length: 50 }).notNull(),
    /** RUNNING, SUCCEEDED, PARTIAL (some records rejected) or FAILED (stopped by an error). */
    status: varchar('status', { length: 10 }).notNull(),
    startedAt: timestamp('started_at', { mode: 'date', precision: 3 }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { mode: 'date', precision: 3 }),
    insertedCount: integer('inserted_count').notNull().default(0),
    updatedCount: integer('updated_count').notNull().default(0),
    unchangedCount: integer('unchanged_count').notNull().default(0),
    rejectedCount: integer('rejected_count').notNull().default(0),
    /** Names of the files the run read, in the order it read them. */
    files: text('files').array().notNull().default(sql`'{}'::text[]`),
    failureReason: text('failure_reason'),
  },
  (t) => [
    index('idx_sync_runs_started_at').on(t.startedAt, t.id),
    index('idx_sync_runs_source_system_started_at').on(t.sourceSystem, t.startedAt),
  ],
);

/** A run's totals for one entity type: what `syncStatus` reports per source system and entity type. */
export const syncRunEntities = bankSyncService.table(
  'sync_run_entities',
  {
    runId: uuid('run_id').notNull(),
    entityType: varchar('entity_type', { length: 30 }).notNull(),
    files: text('files').array().notNull().default(sql`'{}'::text[]`),
    insertedCount: integer('inserted_count').notNull().default(0),
    updatedCount: integer('updated_count').notNull().default(0),
    unchangedCount: integer('unchanged_count').notNull().default(0),
    rejectedCount: integer('rejected_count').notNull().default(0),
  },
  (t) => [
    primaryKey({ name: 'pk_sync_run_entities', columns: [t.runId, t.entityType] }),
    index('idx_sync_run_entities_entity_type').on(t.entityType),
    foreignKey({ name: 'fk_sync_run_entities_run_id', columns: [t.runId], foreignColumns: [syncRuns.id] }),
  ],
);

/** A record a run rejected: where it was, which field, why. */
export const syncRunErrors = bankSyncService.table(
  'sync_run_errors',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    runId: uuid('run_id').notNull(),
    entityType: varchar('entity_type', { length: 30 }).notNull(),
    /** BAD_USER_INPUT (invalid field), NOT_FOUND (unknown parent record) or CONFLICT (duplicate, wrong source). */
    code: varchar('code', { length: 20 }).notNull(),
    file: varchar('file', { length: 255 }),
    /** Line of the file where the record ends (1 is a CSV header). */
    line: integer('line'),
    /** Position of the record in a pushed batch, from 0. */
    batchIndex: integer('batch_index'),
    naturalKey: varchar('natural_key', { length: 100 }),
    field: varchar('field', { length: 100 }),
    reason: text('reason').notNull(),
  },
  (t) => [
    index('idx_sync_run_errors_run_id').on(t.runId, t.id),
    foreignKey({ name: 'fk_sync_run_errors_run_id', columns: [t.runId], foreignColumns: [syncRuns.id] }),
  ],
);

/**
 * When each record was last seen in an export. An identical record is not rewritten (its updated_at and
 * last_synced_at keep the time it last changed), so staleness ("not seen since") is read from here.
 * The natural key is one or two parts: `cif`, (`cif`, `type`), (`loan_account_number`, `due_date`), ...
 */
export const syncSightings = bankSyncService.table(
  'sync_sightings',
  {
    entityType: varchar('entity_type', { length: 30 }).notNull(),
    keyPart1: varchar('key_part1', { length: 20 }).notNull(),
    /** Second part of a two-part natural key; '' for one-part keys. */
    keyPart2: varchar('key_part2', { length: 100 }).notNull().default(''),
    sourceSystem: varchar('source_system', { length: 10 }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { mode: 'date', precision: 3 }).notNull(),
    lastSeenRunId: uuid('last_seen_run_id').notNull(),
  },
  (t) => [primaryKey({ name: 'pk_sync_sightings', columns: [t.entityType, t.keyPart1, t.keyPart2] })],
);

// ---- The payment-event consumer (loan balances) ----

/** How far each payment-event consumer of this domain has applied the payment outbox. */
export const paymentEventCheckpoints = eventCheckpointsTable(
  'bank_sync_service',
  'payment_event_checkpoints',
);

/**
 * What each payment did to its loan's balances, so that a reversal restores exactly what was taken: due_amount
 * never goes below 0, so its delta may be less than the payment.
 */
export const paymentApplications = bankSyncService.table(
  'payment_applications',
  {
    paymentReferenceNumber: varchar('payment_reference_number', { length: 20 }).primaryKey(),
    loanAccountNumber: varchar('loan_account_number', { length: 20 }).notNull(),
    amount: numeric('amount', { precision: 18, scale: 2 }).notNull(),
    currency: varchar('currency', { length: 3 }).notNull(),
    /** Sequence of the PAYMENT_RECEIVED event that applied the payment. */
    eventSequence: bigint('event_sequence', { mode: 'bigint' }).notNull(),
    outstandingDelta: numeric('outstanding_delta', { precision: 18, scale: 2 }).notNull(),
    remainingDelta: numeric('remaining_delta', { precision: 18, scale: 2 }).notNull(),
    dueDelta: numeric('due_delta', { precision: 18, scale: 2 }).notNull(),
    /** APPLIED, REVERSED, LOAN_NOT_FOUND or CURRENCY_MISMATCH (the last two changed nothing). */
    status: varchar('status', { length: 20 }).notNull(),
    appliedAt: timestamp('applied_at', { mode: 'date', precision: 3 }).notNull().defaultNow(),
    reversalSequence: bigint('reversal_sequence', { mode: 'bigint' }),
    reversedAt: timestamp('reversed_at', { mode: 'date', precision: 3 }),
  },
  (t) => [index('idx_payment_applications_loan_account_number').on(t.loanAccountNumber)],
);

/**
 * bank-sync's outbox (decision 0027): ENTITY_UPDATED with the natural keys a batch changed, SYNC_COMPLETED and
 * SYNC_FAILED with a run's counts, each written in the transaction of the change it reports.
 */
export const syncEvents = bankSyncService.table(
  'sync_events',
  {
    ...outboxColumns(),
    /** Entity types the event concerns, as file names spell them: one for ENTITY_UPDATED, the run's for SYNC_*. */
    entityTypes: varchar('entity_types', { length: 30 }).array().notNull(),
    /** The run's source system; null for a change a payment made. */
    sourceSystem: varchar('source_system', { length: 10 }),
    /** The run that made the change; null for a change a payment made. */
    runId: uuid('run_id'),
    /** ENTITY_UPDATED: the natural keys that changed, parts joined by `/` (at most 1,000 per event). */
    affectedKeys: text('affected_keys').array().notNull(),
    /** SYNC_*: the run's status, counts and failure; ENTITY_UPDATED of loans: each loan's state before and after. */
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index('idx_sync_events_run_id').on(t.runId)],
);

/** Who changed what in bank_sync_service, and when (`@collexis/platform` audit). */
export const auditLog = auditLogTable('bank_sync_service');
