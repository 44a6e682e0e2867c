import { and, desc, eq, lt } from 'drizzle-orm';
import {
  bigserial,
  index,
  jsonb,
  type PgDatabase,
  type PgQueryResultHKT,
  pgSchema,
  timestamp,
  varchar,
} from 'drizzle-orm/pg-core';
import {
  type Connection,
  decodeCursor,
  encodeCursor,
  type PageArgs,
  pageSize,
  toConnection,
} from '../graphql/connection';
import { BadUserInputError } from '../graphql/errors';
import type { Viewer } from '../graphql/viewer';

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
      // A bulk entry may name many keys; the column holds 100 characters.
      entityKey: entry.entityKey.slice(0, 100),
      before: entry.before ?? null,
      after: entry.after ?? null,
    })),
  );
}

/** Any drizzle database or transaction, whatever its schema type. */
type AuditReader = Pick<PgDatabase<PgQueryResultHKT, Record<string, unknown>>, 'select'>;

export interface AuditPageArgs extends PageArgs {
  entityType?: string | null;
  entityKey?: string | null;
}

function entryIdOf(after: string): number {
  const [id] = decodeCursor(after, 1);
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) {
    throw new BadUserInputError('after', 'after is not a cursor this field returned');
  }
  return id;
}

/** An entity key only means something within its entity type: asking for a key alone is refused. */
function checkAuditPageArgs(args: AuditPageArgs): void {
  if (args.entityKey != null && args.entityType == null) {
    throw new BadUserInputError(
      'entityType',
      'entityType is required with entityKey: keys are unique per entity type',
    );
  }
}

/** A row of a domain's audit log. */
export type AuditLogRow = AuditLogTable['$inferSelect'];

/**
 * A page of a domain's audit log, newest first (ids grow with every insert); the cursor is the last entry's id.
 * BAD_USER_INPUT for an `entityKey` without its `entityType`.
 */
export async function auditLogPage(
  db: AuditReader,
  table: AuditLogTable,
  args: AuditPageArgs,
): Promise<Connection<AuditLogRow>> {
  checkAuditPageArgs(args);
  const size = pageSize(args.first);
  const rows = await db
    .select()
    .from(table)
    .where(
      and(
        args.entityType == null ? undefined : eq(table.entityType, args.entityType),
        args.entityKey == null ? undefined : eq(table.entityKey, args.entityKey),
        args.after == null ? undefined : lt(table.id, entryIdOf(args.after)),
      ),
    )
    .orderBy(desc(table.id))
    .limit(size + 1);
  return toConnection(rows, size, (entry) => encodeCursor([entry.id]));
}
