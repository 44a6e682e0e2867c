import type pg from 'pg';

/** An index set aside while a table is bulk loaded, to be built again from its own definition. */
export interface DeferredIndex {
  name: string;
  definition: string;
}

/**
 * Drops the table's plain indexes (those backing no constraint: primary keys, unique constraints and the
 * foreign keys that rely on them stay) and returns their definitions. Building an index once over the loaded
 * rows is several times cheaper than maintaining it row by row. Call it inside the loading transaction, so
 * that a failed load restores the indexes with everything else.
 */
export async function dropPlainIndexes(client: pg.ClientBase, table: string): Promise<DeferredIndex[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT format('%I.%I', n.nspname, c.relname) AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
       JOIN pg_class c ON c.oid = i.indexrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE i.indrelid = $1::regclass
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
      ORDER BY c.relname`,
    [table],
  );
  for (const { name } of rows) await client.query(`DROP INDEX ${name}`);
  return rows;
}

/** Builds the indexes again, exactly as they were defined. */
export async function createIndexes(client: pg.ClientBase, indexes: readonly DeferredIndex[]): Promise<void> {
  for (const { definition } of indexes) await client.query(definition);
}
