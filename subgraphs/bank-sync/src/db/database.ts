import type { DomainDatabase, QueryRunner } from '@collexis/platform/db';
import type * as schema from './schema';
import type {
  addresses,
  auditLog,
  collaterals,
  customers,
  dueSegmentations,
  emails,
  loanCollaterals,
  loans,
  phones,
  referenceCustomers,
  syncEvents,
  syncRunEntities,
  syncRunErrors,
  syncRuns,
} from './schema';

/** The bank-sync schema's drizzle handle, created per server by `createDatabase` and injected, never global. */
export type BankSyncDatabase = DomainDatabase<typeof schema>;

/** The database or a transaction on it: what every repository function runs its statements on. */
export type BankSyncQueryRunner = QueryRunner<typeof schema>;

/** A customers row as stored: the seed leaves `cif` nullable. */
export type CustomerRecord = typeof customers.$inferSelect;
/** A customer the API can serve: its key, `cif`, is present. */
export type CustomerRow = CustomerRecord & { cif: string };
export type PhoneRow = typeof phones.$inferSelect;
export type AddressRow = typeof addresses.$inferSelect;
export type EmailRow = typeof emails.$inferSelect;
export type LoanRow = typeof loans.$inferSelect;
export type CollateralRow = typeof collaterals.$inferSelect;
export type LoanCollateralRow = typeof loanCollaterals.$inferSelect;
export type DueSegmentationRow = typeof dueSegmentations.$inferSelect;
export type ReferenceCustomerRow = typeof referenceCustomers.$inferSelect;

export type SyncRunRow = typeof syncRuns.$inferSelect;
export type SyncRunEntityRow = typeof syncRunEntities.$inferSelect;
export type SyncRunErrorRow = typeof syncRunErrors.$inferSelect;
export type SyncEventRow = typeof syncEvents.$inferSelect;
/** An event to append: the outbox numbers and dates it. */
export type NewSyncEvent = Omit<typeof syncEvents.$inferInsert, 'sequence' | 'occurredAt'>;
export type AuditEntryRow = typeof auditLog.$inferSelect;

/** The latest run of one source system for one entity type, with that entity type's totals in it. */
export interface SyncStatusRow extends Omit<SyncRunEntityRow, 'runId' | 'files'> {
  sourceSystem: string;
  status: string;
  startedAt: Date;
  finishedAt: Date | null;
  run: SyncRunRow;
}

/** A record not seen in any export since a date, by its natural key. */
export interface StaleRecordRow {
  entityType: string;
  /** Record fields of the natural key and their values. */
  key: Record<string, string>;
  /** The natural key's one or two parts ('' for a one-part key): the page cursor. */
  keyParts: [string, string];
  sourceSystem: string;
  lastSyncedAt: Date | null;
  lastSeenAt: Date | null;
}

/** How far the loan-balance consumer has applied the payment outbox. */
export interface PaymentConsumerStatusRow {
  consumer: string;
  lastSequence: string | null;
  updatedAt: Date | null;
}
