/**
 * What a PostgreSQL database holds in some schemas (tables, columns, indexes, foreign keys), read from
 * information_schema and pg_catalog, in the same terms as seed-spec.ts so the two can be compared.
 */
import type { Pool } from 'pg';
import type { TableRef } from './seed-spec';

export interface CatalogColumn extends TableRef {
  name: string;
  /** As PostgreSQL spells it: `character varying(20)`, `numeric(18,2)`, `timestamp without time zone`. */
  type: string;
  notNull: boolean;
}

export interface CatalogIndex extends TableRef {
  name: string;
  unique: boolean;
  primary: boolean;
  /** Has a WHERE clause: it does not cover every row. */
  partial: boolean;
  /** Key columns in index order (INCLUDE columns left out). */
  columns: string[];
}

export interface CatalogForeignKey extends TableRef {
  name: string;
  columns: string[];
  references: TableRef & { columns: string[] };
}

export interface Catalog {
  tables: TableRef[];
  columns: CatalogColumn[];
  indexes: CatalogIndex[];
  foreignKeys: CatalogForeignKey[];
}

export async function readCatalog(pool: Pool, schemas: readonly string[]): Promise<Catalog> {
  return {
    tables: await readTables(pool, schemas),
    columns: await readColumns(pool, schemas),
    indexes: await readIndexes(pool, schemas),
    foreignKeys: await readForeignKeys(pool, schemas),
  };
}

async function readTables(pool: Pool, schemas: readonly string[]): Promise<TableRef[]> {
  const { rows } = await pool.query<TableRef>(
    `SELECT table_schema::text AS schema, table_name::text AS table
       FROM information_schema.tables
      WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE'
      ORDER BY 1, 2`,
    [schemas],
  );
  return rows;
}

async function readColumns(pool: Pool, schemas: readonly string[]): Promise<CatalogColumn[]> {
  const { rows } = await pool.query<CatalogColumn>(
    `SELECT table_schema::text AS schema, table_name::text AS table, column_name::text AS name,
            CASE data_type
              WHEN 'character varying' THEN format('character varying(%s)', character_maximum_length)
              WHEN 'numeric' THEN format('numeric(%s,%s)', numeric_precision, numeric_scale)
              ELSE data_type::text
            END AS type,
            is_nullable = 'NO' AS "notNull"
       FROM information_schema.columns
      WHERE table_schema = ANY($1)
      ORDER BY 1, 2, ordinal_position`,
    [schemas],
  );
  return rows;
}

/** Key columns of a pg_index / pg_constraint attribute number array, in order. */
const attributeNames = (attnums: string, relation: string) =>
  `ARRAY(SELECT a.attname::text
           FROM unnest(${attnums}) WITH ORDINALITY AS k(attnum, position)
           JOIN pg_attribute a ON a.attrelid = ${relation} AND a.attnum = k.attnum
          ORDER BY k.position)`;

async function readIndexes(pool: Pool, schemas: readonly string[]): Promise<CatalogIndex[]> {
  const { rows } = await pool.query<CatalogIndex>(
    `SELECT n.nspname::text AS schema, t.relname::text AS table, i.relname::text AS name,
            x.indisunique AS unique, x.indisprimary AS primary, x.indpred IS NOT NULL AS partial,
            ${attributeNames('(x.indkey::int2[])[0:x.indnkeyatts - 1]', 'x.indrelid')} AS columns
       FROM pg_index x
       JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_class t ON t.oid = x.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = ANY($1)
      ORDER BY 1, 2, 3`,
    [schemas],
  );
  return rows;
}

/** Foreign keys whose table or referenced table is in one of the schemas. */
async function readForeignKeys(pool: Pool, schemas: readonly string[]): Promise<CatalogForeignKey[]> {
  const { rows } = await pool.query<CatalogForeignKey>(
    `SELECT n.nspname::text AS schema, t.relname::text AS table, c.conname::text AS name,
            ${attributeNames('c.conkey', 'c.conrelid')} AS columns,
            json_build_object(
              'schema', rn.nspname, 'table', rt.relname,
              'columns', ${attributeNames('c.confkey', 'c.confrelid')}
            ) AS "references"
       FROM pg_constraint c
       JOIN pg_class t ON t.oid = c.conrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       JOIN pg_class rt ON rt.oid = c.confrelid
       JOIN pg_namespace rn ON rn.oid = rt.relnamespace
      WHERE c.contype = 'f' AND (n.nspname = ANY($1) OR rn.nspname = ANY($1))
      ORDER BY 1, 2, 3`,
    [schemas],
  );
  return rows;
}
