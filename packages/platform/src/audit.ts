import { bigserial, index, jsonb, pgSchema, timestamp, varchar } from 'drizzle-orm/pg-core';
import type { Viewer } from './viewer';

/**
 * The audit log table of one domain, in that domain's own schema: who changed which entity, when, and
 * its state before and after. Each domain declares it in its db/schema.ts with its schema name.
 */
export function auditLogTable(schemaName: string) {
  return pgSchema(schemaName).table(
    'audit_log',
    {
      id: bigserial('id', { mode: 'number' }).primaryKey(),
      occurredAt: timestamp('occurred_at', { mode: 'date', precision: 3 }).notNull().defaultNow(),
      actor: varchar('actor', { length: 50 }).notNull(),
      operation: varchar('operation', { length: 50 }).notNull(),
      entityType: varchar('entity_type', { length: 50 }).notNull(),
      entityKey: varchar('entity_key', { length: 100 }).notNull(),
      before: jsonb('before'),
      after: jsonb('after'),
    },
    (t) => [
      index('idx_audit_log_entity').on(t.entityType, t.entityKey, t.occurredAt),
      index('idx_audit_log_occurred_at').on(t.occurredAt),
      index('idx_audit_log_actor').on(t.actor),
    ],
  );
}

export type AuditLogTable = ReturnType<typeof auditLogTable>;

type AuditRow = AuditLogTable['$inferInsert'];

/** What recording needs of a database or transaction, whatever its schema type. */
export interface AuditWriter {
  insert(table: AuditLogTable): { values(rows: AuditRow[]): PromiseLike<unknown> };
}

export interface AuditEntry {
  /** The mutation that made the change, e.g. `recordPayment`. */
  operation: string;
  entityType: string;
  entityKey: string;
  before: unknown;
  after: unknown;
}

/**
 * Records changes in the same transaction as the change itself, so no write exists without its audit row.
 * Pass the transaction, never the pool.
 */
export async function recordAudit(
  tx: AuditWriter,
  table: AuditLogTable,
  viewer: Viewer,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await tx.insert(table).values(
    entries.map((entry) => ({
      actor: viewer.id,
      operation: entry.operation,
      entityType: entry.entityType,
      entityKey: entry.entityKey,
      before: entry.before ?? null,
      after: entry.after ?? null,
    })),
  );
}
