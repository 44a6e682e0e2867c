import { and, eq, sql } from 'drizzle-orm';
import {
  bigint,
  type PgDatabase,
  type PgQueryResultHKT,
  pgSchema,
  timestamp,
  varchar,
} from 'drizzle-orm/pg-core';

/**
 * How far each consumer of a domain has applied another domain's outbox, in the consuming domain's own
 * schema: one table per producer (`payment_event_checkpoints`, `sync_event_checkpoints`), one row per
 * consumer. Each consuming domain declares it in its db/schema.ts with its schema name.
 */
export function eventCheckpointsTable(schemaName: string, tableName: string) {
  return pgSchema(schemaName).table(tableName, {
    consumer: varchar('consumer', { length: 100 }).primaryKey(),
    lastSequence: bigint('last_sequence', { mode: 'bigint' }).notNull(),
    updatedAt: timestamp('updated_at', { mode: 'date', precision: 3 }).notNull().defaultNow(),
  });
}

export type CheckpointsTable = ReturnType<typeof eventCheckpointsTable>;

/** Any drizzle database or transaction, whatever its schema type. */
export type Executor = Pick<
  PgDatabase<PgQueryResultHKT, Record<string, unknown>>,
  'select' | 'insert' | 'update'
>;

/** The consumer's checkpoint: the sequence of the last event it applied, null before the first. */
export async function loadCheckpoint(
  db: Executor,
  table: CheckpointsTable,
  consumer: string,
): Promise<string | null> {
  const [row] = await db
    .select({ lastSequence: table.lastSequence })
    .from(table)
    .where(eq(table.consumer, consumer));
  return row ? row.lastSequence.toString() : null;
}

/**
 * Moves the checkpoint from `previous` to `next` only if it still is `previous` (compare-and-set), inside the
 * transaction that applies the event's effect. The row lock this takes serialises replicas: of two applying
 * the same event, one moves the checkpoint and the other gets false and must write nothing.
 */
export async function advanceCheckpoint(
  tx: Executor,
  table: CheckpointsTable,
  consumer: string,
  previous: string | null,
  next: string,
): Promise<boolean> {
  if (previous === null) {
    const inserted = await tx
      .insert(table)
      .values({ consumer, lastSequence: BigInt(next) })
      .onConflictDoNothing()
      .returning({ consumer: table.consumer });
    return inserted.length === 1;
  }
  const updated = await tx
    .update(table)
    .set({ lastSequence: BigInt(next), updatedAt: sql`now()` })
    .where(and(eq(table.consumer, consumer), eq(table.lastSequence, BigInt(previous))))
    .returning({ consumer: table.consumer });
  return updated.length === 1;
}

/** Sets the checkpoint, in a transaction that already holds its row lock (it moved it by advanceCheckpoint). */
export async function setCheckpoint(
  tx: Executor,
  table: CheckpointsTable,
  consumer: string,
  sequence: string,
): Promise<void> {
  await tx
    .update(table)
    .set({ lastSequence: BigInt(sequence), updatedAt: sql`now()` })
    .where(eq(table.consumer, consumer));
}
