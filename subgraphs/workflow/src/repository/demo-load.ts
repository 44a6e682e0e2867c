import { sql } from 'drizzle-orm';
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import { actionRecords, agents, customerAgents, customerCaseActions, customerCases } from '../db';
import type { WorkflowQueryRunner } from '../db/database';

/** The database or a transaction on it: what loading the demo needs to read and write. */
export type DemoWriter = Pick<WorkflowQueryRunner, 'select' | 'insert' | 'execute'>;

/** Rows a statement inserts at most: 1,000 rows of the widest table (17 columns) stay far below 65,535 parameters. */
const ROWS_PER_INSERT = 1_000;

/** Makes concurrent demo loads (several processes starting at once) wait for each other until commit. */
export async function lockDemoLoad(writer: DemoWriter): Promise<void> {
  await writer.execute(sql`select pg_advisory_xact_lock(hashtext('workflow_service.demo'))`);
}

/** Whether any table of the domain already holds a row. */
export async function holdsAnyRow(writer: DemoWriter): Promise<boolean> {
  for (const table of [agents, customerAgents, customerCases, customerCaseActions, actionRecords]) {
    const [row] = await writer.select({ id: table.id }).from(table).limit(1);
    if (row) return true;
  }
  return false;
}

/** Inserts rows with multi-row statements; returns how many rows it inserted. */
export async function insertInSlices<TTable extends PgTable>(
  writer: DemoWriter,
  table: TTable,
  rows: readonly PgInsertValue<TTable>[],
): Promise<number> {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    await writer.insert(table).values(rows.slice(start, start + ROWS_PER_INSERT));
  }
  return rows.length;
}
