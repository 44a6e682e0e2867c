import type { InferInsertModel } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { DatabaseOptions } from './database';

/** Rows bound for one table, as `db.insert(table).values(rows)` takes them. */
export interface TableRows {
  table: PgTable;
  rows: readonly object[];
}

/** Pairs rows with their table, checked against the table's insert type. */
export function tableRows<TTable extends PgTable>(
  table: TTable,
  rows: readonly InferInsertModel<TTable>[],
): TableRows {
  return { table, rows };
}

/**
 * How a domain lays the demo universe into its own tables, so that a loader other than the domain's seed
 * (the benchmark's bulk COPY) writes exactly the rows the seed inserts without knowing the domain's tables.
 */
export interface DemoTables<TOptions, TChunk> {
  /** Rows written once, before any chunk. */
  once(options: TOptions): TableRows[];
  /** One chunk's share, parents before children: foreign keys are checked row by row. */
  chunk(chunk: TChunk): TableRows[];
  /** Derives what the domain keeps from its rows (a rollup), once every chunk is committed. */
  afterLoad?(database: DatabaseOptions): Promise<void>;
}
