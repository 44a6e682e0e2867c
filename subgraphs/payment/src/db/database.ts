import type { DomainDatabase, QueryRunner } from '@collexis/platform/db';
import type * as schema from './schema';
import type { auditLog, paymentEvents, payments } from './schema';

/** The payment schema's drizzle handle, created per server by `createDatabase` and injected, never global. */
export type PaymentDatabase = DomainDatabase<typeof schema>;

/** The database or a transaction on it: what every repository function runs its statements on. */
export type PaymentQueryRunner = QueryRunner<typeof schema>;

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
