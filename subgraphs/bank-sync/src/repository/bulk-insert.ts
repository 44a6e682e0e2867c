import { sql } from 'drizzle-orm';
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import type { BankSyncQueryRunner } from '../db/database';

/**
 * Rows per INSERT: PostgreSQL caps a statement at 65,535 bind parameters, and the widest bank-sync table
 * (loans) has 30 columns.
 */
const ROWS_PER_STATEMENT = 1_000;

/** Inserts the rows with multi-row INSERTs of at most ROWS_PER_STATEMENT rows; returns how many it inserted. */
export async function insertInSlices<TTable extends PgTable>(
  db: BankSyncQueryRunner,
  table: TTable,
  rows: readonly PgInsertValue<TTable>[],
): Promise<number> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    await db.insert(table).values(rows.slice(start, start + ROWS_PER_STATEMENT));
  }
  return rows.length;
}

/** Whether the table holds at least one row. */
export async function hasRows(db: BankSyncQueryRunner, table: PgTable): Promise<boolean> {
  const rows = await db.select({ one: sql`1` }).from(table).limit(1);
  return rows.length > 0;
}
