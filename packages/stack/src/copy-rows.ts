/**
 * Writes rows into a Drizzle table with `COPY ... FROM STDIN` (text format), converting each value the way
 * `db.insert(table).values(rows)` does (the column's own mapToDriverValue), so both write the same rows.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { TableRows } from '@collexis/platform/db';
import { getTableColumns } from 'drizzle-orm';
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** Text handed to the COPY stream per write: large enough to amortise the stream's overhead. */
const BLOCK_CHARS = 1 << 16;

const SPECIAL = /[\\\t\n\r]/g;
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

interface CopiedColumn {
  key: string;
  column: PgColumn;
  /** The column's value in COPY text. */
  encode(value: unknown): string;
}

function quoted(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

export function qualifiedName(table: PgTable): string {
  const { schema, name } = getTableConfig(table);
  return schema === undefined ? quoted(name) : `${quoted(schema)}.${quoted(name)}`;
}

/**
 * The columns the rows give a value; the others take their database default, as an INSERT leaves them. A
 * default computed in JavaScript ($defaultFn) would be skipped by COPY, so such a column must be given.
 */
function copiedColumns(table: PgTable, first: object): CopiedColumn[] {
  const columns: CopiedColumn[] = [];
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    if (Reflect.get(first, key) !== undefined) {
      columns.push({ key, column, encode: columnEncoder(column) });
      continue;
    }
    const computedOnInsert =
      column.defaultFn !== undefined || (column.onUpdateFn !== undefined && column.default === undefined);
    if (computedOnInsert) {
      throw new Error(
        `${qualifiedName(table)}.${column.name} is computed in JavaScript on insert; give it a value`,
      );
    }
  }
  return columns;
}

/**
 * The column's mapping to the driver, then to COPY text. The last value is remembered: rows of one customer
 * come together and share values (the same sync instant in every row), and Date#toISOString is costly.
 */
function columnEncoder(column: PgColumn): (value: unknown) => string {
  let lastValue: unknown;
  let lastText = '';
  return (value) => {
    if (value !== lastValue) {
      lastText = encodeValue(value === null ? null : column.mapToDriverValue(value), column);
      lastValue = value;
    }
    return lastText;
  };
}

function encodeValue(value: unknown, column: PgColumn): string {
  switch (typeof value) {
    case 'string':
      return value.replace(SPECIAL, (character) => ESCAPES[character] ?? character);
    case 'number':
      if (Number.isFinite(value)) return String(value);
      break;
    case 'bigint':
      return value.toString();
    case 'boolean':
      return value ? 't' : 'f';
    case 'object':
      if (value === null) return '\\N';
      break;
  }
  throw new TypeError(`cannot COPY ${String(value)} into ${column.name}: no text encoding for it`);
}

function encodeRow(row: object, columns: readonly CopiedColumn[], table: PgTable): string {
  const fields: string[] = [];
  for (const { key, column, encode } of columns) {
    const value: unknown = Reflect.get(row, key);
    if (value === undefined) {
      throw new Error(`a row for ${qualifiedName(table)} leaves ${column.name} out while others give it`);
    }
    fields.push(encode(value));
  }
  return `${fields.join('\t')}\n`;
}

function* encodedBlocks(
  rows: readonly object[],
  columns: readonly CopiedColumn[],
  table: PgTable,
): Generator<string> {
  let block = '';
  for (const row of rows) {
    block += encodeRow(row, columns, table);
    if (block.length >= BLOCK_CHARS) {
      yield block;
      block = '';
    }
  }
  if (block !== '') yield block;
}

/** Streams the rows into their table on `client` with one COPY; returns how many rows it wrote. */
export async function copyRows(client: pg.ClientBase, { table, rows }: TableRows): Promise<number> {
  const [first] = rows;
  if (first === undefined) return 0;
  const columns = copiedColumns(table, first);
  const columnList = columns.map(({ column }) => quoted(column.name)).join(', ');
  const stream = client.query(copyFrom(`COPY ${qualifiedName(table)} (${columnList}) FROM STDIN`));
  await pipeline(Readable.from(encodedBlocks(rows, columns, table)), stream);
  return rows.length;
}
