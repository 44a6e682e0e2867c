import { and, asc, getTableColumns, getTableName, gt, max, type SQL, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  getTableConfig,
  type PgDatabase,
  type PgQueryResultHKT,
  type PgTable,
  timestamp,
  varchar,
} from 'drizzle-orm/pg-core';

/**
 * The columns every outbox has, spread into a domain's own table beside its event's fields:
 * `sequence` (position in commit order), `eventType` and `occurredAt`.
 */
export function outboxColumns() {
  return {
    sequence: bigint('sequence', { mode: 'bigint' }).primaryKey(),
    eventType: varchar('event_type', { length: 20 }).notNull(),
    occurredAt: timestamp('occurred_at', { mode: 'date', precision: 3 }).notNull().defaultNow(),
  };
}

/** A domain's outbox table: any table with the outbox columns. */
export type OutboxTable = PgTable & { sequence: AnyPgColumn<{ data: bigint }> };

/** A row of an outbox as read. */
export type OutboxRow<T extends OutboxTable> = T['$inferSelect'] & { sequence: bigint };

/** An event to append: the table's columns but those the outbox fills itself. */
export type OutboxEntry<T extends OutboxTable> = Omit<T['$inferInsert'], 'sequence' | 'occurredAt'>;

/** A domain's outbox: its table, and the channel `pg_notify` wakes listeners on with the newest sequence. */
export interface Outbox<T extends OutboxTable> {
  table: T;
  channel: string;
}

/** Any drizzle database or transaction, whatever its schema type. */
export type OutboxRunner = PgDatabase<PgQueryResultHKT, Record<string, unknown>>;

/** Defines a domain's outbox; its channel is the table's name (`payment_events`, `sync_events`, ...). */
export function defineOutbox<T extends OutboxTable>(table: T): Outbox<T> {
  return { table, channel: getTableName(table) };
}

/** The sequence of the newest committed event; 0 when the outbox is empty. */
export async function headSequence<T extends OutboxTable>(
  db: OutboxRunner,
  outbox: Outbox<T>,
): Promise<bigint> {
  const [row] = await db.select({ head: max(outbox.table.sequence) }).from(outbox.table as PgTable);
  return typeof row?.head === 'bigint' ? row.head : 0n;
}

/** Events with a sequence above `after` that meet `where`, oldest first, at most `take`. */
export function findEventsAfter<T extends OutboxTable>(
  db: OutboxRunner,
  outbox: Outbox<T>,
  slice: { after: bigint; where: readonly (SQL | undefined)[]; take: number },
): Promise<OutboxRow<T>[]> {
  const { sequence } = outbox.table;
  return db
    .select()
    .from(outbox.table as PgTable)
    .where(and(gt(sequence, slice.after), ...slice.where))
    .orderBy(asc(sequence))
    .limit(slice.take)
    .then((rows) => rows as OutboxRow<T>[]);
}

/**
 * Takes the outbox's lock, held until the transaction ends: every writer of its events takes it (appendEvents),
 * so holding it holds them all back.
 */
export async function lockOutbox<T extends OutboxTable>(db: OutboxRunner, outbox: Outbox<T>): Promise<void> {
  const { schema = 'public', name } = getTableConfig(outbox.table as PgTable & OutboxTable);
  // Keyed on the outbox table's oid: unique in the database, and no other code uses it.
  await db.execute(sql`select pg_advisory_xact_lock(${`${schema}.${name}`}::regclass::oid::bigint)`);
}

/**
 * Appends events to the outbox and notifies listeners on commit. Call it last in the transaction that
 * writes the change: it takes a transaction-scoped advisory lock that is held until commit.
 *
 * Why the lock: a consumer reads "events after N". With a plain sequence (nextval), transaction A can draw
 * 7, transaction B draw 8 and commit first; a consumer that reads 8 and moves its cursor past it never sees
 * 7 when A commits. Holding one lock from drawing the number to commit makes writers of events take turns,
 * so sequences become visible in increasing order and `max + 1` under the lock is gap-free as well
 * (docs/decisions/0010-outbox-commit-order.md). Under the lock there is one statement (head, insert and
 * notify together) and the commit: every round trip under it is one every other writer waits for
 * (docs/decisions/0033-outbox-one-statement-under-the-lock.md).
 */
export async function appendEvents<T extends OutboxTable>(
  db: OutboxRunner,
  outbox: Outbox<T>,
  events: readonly OutboxEntry<T>[],
): Promise<OutboxRow<T>[]> {
  if (events.length === 0) return [];
  const table = outbox.table as PgTable & OutboxTable;
  await lockOutbox(db, outbox);
  // A statement of its own, after the lock: its snapshot then includes the previous holder's commit. Each
  // `head` is a subquery of this one statement, so all read the same snapshot, without this statement's rows.
  const head = sql`(select coalesce(max(${table.sequence}), 0) from ${table})`;
  const newest = sql`${head} + ${events.length}`;
  const rows = await db
    .insert(table)
    .values(events.map((event, index) => ({ ...event, sequence: sql`${head} + ${index + 1}` })))
    .returning({
      ...getTableColumns(table),
      // Once per statement, by the newest row: NOTIFY is delivered on commit.
      notified: sql`case when ${table.sequence} = ${newest} then pg_notify(${outbox.channel}, ${table.sequence}::text) end`,
    });
  return rows.map(({ notified: _, ...row }) => row) as OutboxRow<T>[];
}
