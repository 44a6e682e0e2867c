/**
 * payment's tables (seed 000). Property names are the camelCase of the seed's column names; types,
 * nullability and indexes follow the seed.
 */
import { outboxColumns } from '@collexis/events/publish';
import { auditLogTable, synchronizedEntityColumns } from '@collexis/platform/db';
import {
  foreignKey,
  index,
  numeric,
  pgSchema,
  text,
  timestamp,
  unique,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';

// Deliberately not exported. An exported pgSchema makes drizzle-kit emit `CREATE SCHEMA "payment_service"`,
// which fails under migrateDomain: drizzle's migrator has already run `CREATE SCHEMA IF NOT EXISTS` for the
// domain schema, because the migrations table lives in it. Unexported, the migrator creates the schema.
const paymentService = pgSchema('payment_service');

export const payments = paymentService.table(
  'payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    referenceNumber: varchar('reference_number', { length: 20 }).notNull(),
    // No foreign key to bank_sync_service.loans: each domain schema can move to its own database.
    loanAccountNumber: varchar('loan_account_number', { length: 20 }).notNull(),
    // No foreign key to bank_sync_service.customers: each domain schema can move to its own database.
    cif: varchar('cif', { length: 20 }).notNull(),
    amount: numeric('amount', { precision: 18, scale: 2 }).notNull(),
    currency: varchar('currency', { length: 3 }).notNull(),
    paymentDate: timestamp('payment_date', { mode: 'date', precision: 3 }).notNull(),
    paymentMethod: varchar('payment_method', { length: 20 }).notNull(),
    status: varchar('status', { length: 20 }).notNull(),
    statusReason: text('status_reason'),
    ...synchronizedEntityColumns(),
  },
  (t) => [
    // A UNIQUE constraint, backed by a unique index of the same name; the natural key retried writes rely on.
    unique('uq_payments_reference_number').on(t.referenceNumber),
    index('idx_payments_loan_account_number').on(t.loanAccountNumber),
    index('idx_payments_cif').on(t.cif),
    index('idx_payments_payment_date').on(t.paymentDate),
    index('idx_payments_status').on(t.status),
    index('idx_payments_loan_account_number_payment_date').on(t.loanAccountNumber, t.paymentDate),
    index('idx_payments_cif_payment_date').on(t.cif, t.paymentDate),
  ],
);

/**
 * The transactional outbox: one row per payment event, written in the same transaction as the payment change
 * it records, through @collexis/events (`sequence` grows strictly in commit order without gaps, decisions 0010
 * and 0027); consumers read "after N".
 */
export const paymentEvents = paymentService.table(
  'payment_events',
  {
    ...outboxColumns(),
    paymentReferenceNumber: varchar('payment_reference_number', { length: 20 }).notNull(),
    loanAccountNumber: varchar('loan_account_number', { length: 20 }).notNull(),
    cif: varchar('cif', { length: 20 }).notNull(),
    amount: numeric('amount', { precision: 18, scale: 2 }).notNull(),
    currency: varchar('currency', { length: 3 }).notNull(),
    status: varchar('status', { length: 20 }).notNull(),
  },
  (t) => [
    // In-domain: no event exists without its payment.
    foreignKey({
      name: 'fk_payment_events_payment_reference_number',
      columns: [t.paymentReferenceNumber],
      foreignColumns: [payments.referenceNumber],
    }),
    index('idx_payment_events_payment_reference_number').on(t.paymentReferenceNumber),
    // The subscription and query filters read "after N" per customer, loan or type.
    index('idx_payment_events_cif_sequence').on(t.cif, t.sequence),
    index('idx_payment_events_loan_account_number_sequence').on(t.loanAccountNumber, t.sequence),
    index('idx_payment_events_event_type_sequence').on(t.eventType, t.sequence),
  ],
);

/** Who changed which payment, when, and its state before and after (platform/audit.ts). */
export const auditLog = auditLogTable('payment_service');
