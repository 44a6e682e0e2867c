/**
 * payment's tables (seed 000). Property names are the camelCase of the seed's column names; types,
 * nullability and indexes follow the seed.
 */
import { outboxColumns } from '@collexis/events/publish';
import { auditLogTable, synchronizedEntityColumns } from '@collexis/platform/db';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgSchema,
  primaryKey,
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
    // Collections read from the rows (hours, days not closed yet) come from this index alone (decision 0029).
    index('idx_payments_completed_payment_date')
      .on(t.paymentDate, t.currency, t.amount)
      .where(sql`${t.status} = 'COMPLETED'`),
  ],
);

/**
 * Payments of each closed UTC day counted and summed per status, method, source system and currency: the daily
 * rollup of decision 0029, so a year of collections reads a few thousand rows instead of every payment. It holds
 * the days before `collectionDays.closedBefore`; later payments are read from `payments`. Kept exact by a
 * trigger on `payments` (migration 0003) that applies every change to a closed day's payment.
 */
export const dailyCollections = paymentService.table(
  'daily_collections',
  {
    day: date('day', { mode: 'string' }).notNull(),
    status: varchar('status', { length: 20 }).notNull(),
    paymentMethod: varchar('payment_method', { length: 20 }).notNull(),
    sourceSystem: varchar('source_system', { length: 10 }).notNull(),
    currency: varchar('currency', { length: 3 }).notNull(),
    paymentCount: integer('payment_count').notNull(),
    amount: numeric('amount').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'pk_daily_collections',
      columns: [t.day, t.status, t.paymentMethod, t.sourceSystem, t.currency],
    }),
  ],
);

/** The one row saying up to which day `dailyCollections` holds the payments: days before `closedBefore`. */
export const collectionDays = paymentService.table(
  'collection_days',
  {
    singleton: boolean('singleton').primaryKey().default(true),
    // Null until the first day is closed: every payment is read from `payments`.
    closedBefore: date('closed_before', { mode: 'string' }),
  },
  (t) => [check('ck_collection_days_singleton', sql`${t.singleton}`)],
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
