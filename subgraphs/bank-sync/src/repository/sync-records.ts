import { type SQL, type SQLChunk, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { collaterals, customers, loans, syncSightings } from '../db';
import type { BankSyncQueryRunner } from '../db/database';
import type { SyncRecord } from '../inputs/records';
import { type ParentName, recordColumns, type SyncEntity } from '../inputs/sync-entities';

/** A transaction or the database: every statement here runs inside the caller's batch transaction. */
/** The natural key of a valid record as its one or two parts. */
export function keyParts(entity: SyncEntity, record: SyncRecord): [string, string] {
  const [first, second] = entity.key;
  return [String(record[first]), second === undefined ? '' : String(record[second])];
}

/** The natural key as one string, as errors and the audit log show it: `CIF001`, `CIF001/MOBILE`. */
export function keyString(entity: SyncEntity, record: SyncRecord): string {
  return entity.key.map((field) => String(record[field])).join('/');
}

const parents = {
  customers: { table: customers, key: customers.cif },
  loans: { table: loans, key: loans.accountNumber },
  collaterals: { table: collaterals, key: collaterals.collateralNumber },
} as const;

/** Which of the keys exist as parents of that type: one statement whatever the number of keys. */
export async function existingParents(
  db: BankSyncQueryRunner,
  parent: ParentName,
  keys: readonly string[],
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const { table, key } = parents[parent];
  const rows = await db
    .select({ key })
    .from(table)
    .where(sql`${key} = ANY(${sql.param([...keys])}::text[])`);
  return new Set(rows.flatMap((row) => (row.key === null ? [] : [row.key])));
}

/**
 * Marks the records as seen by this run and returns the keys seen for the first time in it; a key the run
 * has already seen (a duplicate in the export) is not returned.
 */
export async function recordSightings(
  db: BankSyncQueryRunner,
  entity: SyncEntity,
  records: readonly SyncRecord[],
  sighting: { sourceSystem: string; runId: string },
): Promise<Set<string>> {
  if (records.length === 0) return new Set();
  const parts = records.map((record) => keyParts(entity, record));
  const result = await db.execute(sql`
    INSERT INTO ${syncSightings} AS seen (entity_type, key_part1, key_part2, source_system, last_seen_at, last_seen_run_id)
    SELECT ${entity.name}, k.part1, k.part2, ${sighting.sourceSystem}, now(), ${sighting.runId}::uuid
      FROM unnest(${sql.param(parts.map(([part1]) => part1))}::text[], ${sql.param(parts.map(([, part2]) => part2))}::text[])
        AS k(part1, part2)
    ON CONFLICT (entity_type, key_part1, key_part2) DO UPDATE
       SET source_system = excluded.source_system, last_seen_at = excluded.last_seen_at,
           last_seen_run_id = excluded.last_seen_run_id
     WHERE seen.last_seen_run_id <> excluded.last_seen_run_id
    RETURNING key_part1, key_part2`);
  return new Set(result.rows.map((row) => JSON.stringify([String(row.key_part1), String(row.key_part2)])));
}

export interface UpsertOutcome {
  /** Natural keys of the rows the statement created. */
  inserted: string[];
  /** Natural keys of existing rows whose content changed. */
  updated: string[];
  /** The entity's state columns (`stateColumns`) of each changed row, before (null when inserted) and after. */
  states: KeyState[];
}

/** A changed row's state columns: what ENTITY_UPDATED carries per key. */
export interface KeyState {
  key: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
}

const column = (name: string) => sql.identifier(name);
const excluded = (name: string) => sql`excluded.${column(name)}`;
const target = (name: string) => sql`target.${column(name)}`;
const list = (items: SQLChunk[]) => sql.join(items, sql`, `);

/** A column's values as one array parameter, cast to the column's type, for `unnest`. */
function columnArray(name: string, columnType: PgColumn, records: readonly SyncRecord[]): SQL {
  const values = records.map((record) => {
    const value = record[name] ?? null;
    return value instanceof Date ? value.toISOString() : value;
  });
  return sql`${sql.param(values)}::${sql.raw(columnType.getSQLType())}[]`;
}

/**
 * One bulk upsert by natural key: each column travels as one array parameter and `unnest` turns the arrays
 * back into rows, so a batch of 1,000 records is a short statement with a handful of parameters. An existing
 * row is rewritten only when a value differs (`WHERE (row) IS DISTINCT FROM (excluded)`), so an identical
 * record leaves the row untouched, updated_at and last_synced_at included. Identical records are dropped
 * before the insert by a plain index read (`NOT EXISTS`): through ON CONFLICT every one of them would lock its
 * row, which writes the page and the WAL although nothing changes; ON CONFLICT still settles the rows a
 * concurrent writer inserts or changes meanwhile. `OFFSET 0` keeps that read a lookup by key per record: as an
 * anti-join the planner may hash the whole table for every batch. `xmax = 0` in RETURNING tells a
 * freshly inserted row from an updated one; unchanged rows are not returned. Callers pass records sorted by
 * key (`compareKeys`), so concurrent batches lock rows in one order.
 */
export async function upsertRecords(
  db: BankSyncQueryRunner,
  entity: SyncEntity,
  records: readonly SyncRecord[],
  writer: string,
): Promise<UpsertOutcome> {
  if (records.length === 0) return { inserted: [], updated: [], states: [] };
  const columns = [...recordColumns(entity)];
  const names = columns.map(([name]) => name);
  const keyNames: readonly string[] = entity.key;
  // is_editable: a record owned by a core system is not edited in the CRM.
  const managedNames = entity.synchronized
    ? ['is_editable', 'created_by', 'updated_by', 'last_synced_at']
    : [];
  const managedValues = entity.synchronized ? [sql`false`, sql`${writer}`, sql`${writer}`, sql`now()`] : [];
  const dataNames = [
    ...names.filter((name) => !keyNames.includes(name)),
    ...(entity.synchronized ? ['is_editable'] : []),
  ];
  const updates = [
    ...dataNames.map((name) => sql`${column(name)} = ${excluded(name)}`),
    sql`updated_at = now()`,
    ...(entity.synchronized ? [sql`updated_by = excluded.updated_by`, sql`last_synced_at = now()`] : []),
  ];
  // A subquery of the statement reads its snapshot, taken before the statement wrote: the row as it was.
  const states = entity.stateColumns.flatMap((name) => [
    sql`target.${column(name)} AS ${column(`after_${name}`)}`,
    sql`(SELECT before.${column(name)} FROM ${entity.table} AS before
          WHERE ${sql.join(
            keyNames.map((key) => sql`before.${column(key)} = target.${column(key)}`),
            sql` AND `,
          )}) AS ${column(`before_${name}`)}`,
  ]);
  const incoming = (name: string) => (name === 'is_editable' ? sql`false` : sql`v.${column(name)}`);
  const result = await db.execute(sql`
    INSERT INTO ${entity.table} AS target (${list([...names, ...managedNames].map(column))})
    SELECT ${list([...names.map((name) => sql`v.${column(name)}`), ...managedValues])}
      FROM unnest(${list(columns.map(([name, col]) => columnArray(name, col, records)))}) AS v(${list(names.map(column))})
     WHERE NOT EXISTS (
       SELECT FROM ${entity.table} AS stored
        WHERE ${sql.join(
          keyNames.map((name) => sql`stored.${column(name)} = v.${column(name)}`),
          sql` AND `,
        )}
          AND (${list(dataNames.map((name) => sql`stored.${column(name)}`))})
              IS NOT DISTINCT FROM (${list(dataNames.map(incoming))})
       OFFSET 0)
    ON CONFLICT (${list(keyNames.map(column))}) DO UPDATE SET ${list(updates)}
    WHERE (${list(dataNames.map(target))}) IS DISTINCT FROM (${list(dataNames.map(excluded))})
    RETURNING ${list([...keyNames.map(column), sql`(xmax = 0) AS inserted`, ...states])}`);
  const outcome: UpsertOutcome = { inserted: [], updated: [], states: [] };
  const stateOf = (row: Record<string, unknown>, prefix: string) =>
    Object.fromEntries(entity.stateColumns.map((name) => [name, row[`${prefix}${name}`] ?? null]));
  for (const row of result.rows) {
    const key = keyNames.map((name) => String(row[name])).join('/');
    const inserted = row.inserted === true;
    (inserted ? outcome.inserted : outcome.updated).push(key);
    if (entity.stateColumns.length > 0) {
      outcome.states.push({
        key,
        before: inserted ? null : stateOf(row, 'before_'),
        after: stateOf(row, 'after_'),
      });
    }
  }
  return outcome;
}

/** Orders natural keys part by part; every write of a batch follows it, so batches cannot deadlock. */
export function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const order = (a[i] ?? '') < (b[i] ?? '') ? -1 : (a[i] ?? '') > (b[i] ?? '') ? 1 : 0;
    if (order !== 0) return order;
  }
  return 0;
}
