import type { NodePgDatabase, NodePgQueryResultHKT } from 'drizzle-orm/node-postgres';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import type { auditLog, paymentEvents, payments, schema } from './db';

/** The payment domain's drizzle database, as createDatabase builds it from the domain's tables. */
export type PaymentDatabase = NodePgDatabase<typeof schema>;

/** The database or a transaction on it: what every repository function runs its statements on. */
export type PaymentQueryRunner = PgDatabase<NodePgQueryResultHKT, typeof schema>;

/** A row of payment_service.payments: what every Payment resolver receives as its parent. */
export type PaymentRow = typeof payments.$inferSelect;

/** A payment to insert; columns with defaults may be left out. */
export type NewPaymentRow = typeof payments.$inferInsert;

/** A row of payment_service.payment_events (the outbox): what every PaymentEvent resolver receives. */
export type PaymentEventRow = typeof paymentEvents.$inferSelect;

/** An event to append to the outbox; the sequence is allocated on append. */
export type NewPaymentEvent = Omit<typeof paymentEvents.$inferInsert, 'sequence' | 'occurredAt'>;

/** A row of payment_service.audit_log. */
export type AuditEntryRow = typeof auditLog.$inferSelect;

/** A receipt: the payment it is for, issued at a moment. */
export interface PaymentReceiptModel {
  payment: PaymentRow;
  issuedAt: Date;
}

/** Key stub of bank-sync's Customer: all this subgraph knows of a customer. */
export interface CustomerKey {
  cif: string;
}

/** Key stub of bank-sync's Loan: all this subgraph knows of a loan. */
export interface LoanKey {
  accountNumber: string;
}
