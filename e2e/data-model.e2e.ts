/**
 * The three domains' migrations, applied to an empty database, give exactly the physical schema of seed 000
 * (docs/spec/000-physical-schema.md, parsed at test time), except that references across domain schemas are
 * indexed columns without a foreign key (ARCHITECTURE.md, "Domain ownership").
 */
import { readdir } from 'node:fs/promises';
import { createDatabase } from '@collexis/platform/db';
import { createTestDatabase, DisposalStack, type TestDatabase } from '@collexis/platform/testing';
import { domains as domainModules, domainNames, migrateAll } from '@collexis/stack';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Catalog, type CatalogIndex, readCatalog } from './support/database-catalog';
import {
  loadPhysicalSchemaSpec,
  type PhysicalSchemaSpec,
  qualifiedName,
  type SpecForeignKey,
  type SpecTable,
  type TableRef,
} from './support/seed-spec';

const domains = domainNames.map((name) => domainModules[name].migrations);
const domainSchemas = domains.map((domain) => domain.schema);
const MIGRATIONS_TABLE = '__drizzle_migrations';

/** Tables the project adds beyond seed 000 for behaviour seed 004 asks for; each domain owns its own. */
const OPERATIONAL_TABLES = [
  'bank_sync_service.audit_log',
  'bank_sync_service.payment_applications',
  'bank_sync_service.payment_event_checkpoints',
  'bank_sync_service.sync_run_entities',
  'bank_sync_service.sync_run_errors',
  'bank_sync_service.sync_events',
  'bank_sync_service.sync_runs',
  'bank_sync_service.sync_sightings',
  'payment_service.audit_log',
  'payment_service.collection_days',
  'payment_service.daily_collections',
  'payment_service.payment_events',
  'workflow_service.audit_log',
  'workflow_service.payment_event_checkpoints',
  'workflow_service.sync_event_checkpoints',
  'workflow_service.workflow_events',
  'workflow_service.payments_received',
];

function connect(url: string) {
  return createDatabase({}, { url });
}

type Connection = ReturnType<typeof connect>;

let testDatabase: TestDatabase | undefined;
let connection: Connection | undefined;
let spec: PhysicalSchemaSpec;
let catalog: Catalog;

function connected(): Connection {
  if (!connection) throw new Error('beforeAll did not connect to the test database');
  return connection;
}

const disposal = new DisposalStack();

beforeAll(async () => {
  spec = await loadPhysicalSchemaSpec();
  testDatabase = await createTestDatabase(inject('postgresAdminUrl'));
  disposal.defer(testDatabase.drop);
  connection = connect(testDatabase.url);
  disposal.defer(connection.close);
  await migrateAll(testDatabase.url);
  catalog = await readCatalog(connection.pool, domainSchemas);
});

afterAll(() => disposal.dispose());

// ---- comparisons: each returns what is wrong, as readable lines; empty when all is well ----

const sameColumns = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((column, i) => column === b[i]);

const startsWithColumns = (index: readonly string[], leading: readonly string[]) =>
  leading.every((column, i) => column === index[i]);

const onTable = (ref: TableRef) => (other: TableRef) =>
  other.schema === ref.schema && other.table === ref.table;

const describeColumns = (columns: readonly string[]) => `(${columns.join(', ')})`;

const nullability = (notNull: boolean) => (notNull ? 'NOT NULL' : 'nullable');

/** Indexes that cover every row of the table (not partial). */
function fullIndexesOf(table: TableRef): CatalogIndex[] {
  return catalog.indexes.filter((index) => onTable(table)(index) && !index.partial);
}

function isIndexedLeading(table: TableRef, columns: readonly string[]): boolean {
  return fullIndexesOf(table).some((index) => startsWithColumns(index.columns, columns));
}

function columnProblems(table: SpecTable): string[] {
  const actual = catalog.columns.filter(onTable(table));
  return table.columns.flatMap((column) => {
    const found = actual.find((candidate) => candidate.name === column.name);
    const where = `${qualifiedName(table)}.${column.name}`;
    if (!found) return [`${where}: missing`];
    const problems: string[] = [];
    if (found.type !== column.type) problems.push(`${where}: type ${found.type}, seed says ${column.type}`);
    if (found.notNull !== column.notNull) {
      problems.push(`${where}: ${nullability(found.notNull)}, seed says ${nullability(column.notNull)}`);
    }
    return problems;
  });
}

function primaryKeyProblems(table: SpecTable): string[] {
  const primary = fullIndexesOf(table).find((index) => index.primary);
  if (primary && sameColumns(primary.columns, table.primaryKey)) return [];
  const actual = primary ? describeColumns(primary.columns) : 'none';
  return [
    `${qualifiedName(table)}: primary key ${describeColumns(table.primaryKey)} missing (has ${actual})`,
  ];
}

function uniqueIndexProblems(table: SpecTable): string[] {
  return table.uniqueIndexes
    .filter(
      (columns) => !fullIndexesOf(table).some((index) => index.unique && sameColumns(index.columns, columns)),
    )
    .map((columns) => `${qualifiedName(table)}: no unique index on ${describeColumns(columns)}`);
}

function plainIndexProblems(table: SpecTable): string[] {
  return table.indexes
    .filter((columns) => !isIndexedLeading(table, columns))
    .map((columns) => `${qualifiedName(table)}: no index leading with ${describeColumns(columns)}`);
}

function indexStatementProblems(): string[] {
  return spec.indexStatements
    .filter(
      (statement) =>
        !fullIndexesOf(statement).some(
          (index) => sameColumns(index.columns, statement.columns) && (index.unique || !statement.unique),
        ),
    )
    .map(
      (statement) =>
        `${statement.name}: no ${statement.unique ? 'unique ' : ''}index on ` +
        `${qualifiedName(statement)}${describeColumns(statement.columns)}`,
    );
}

interface SeedForeignKey {
  table: SpecTable;
  foreignKey: SpecForeignKey;
}

function seedForeignKeys(): SeedForeignKey[] {
  return spec.tables.flatMap((table) => table.foreignKeys.map((foreignKey) => ({ table, foreignKey })));
}

const crossesSchemas = ({ table, foreignKey }: SeedForeignKey) =>
  table.schema !== foreignKey.references.schema;

const describeForeignKey = ({ table, foreignKey }: SeedForeignKey) =>
  `${qualifiedName(table)}${describeColumns(foreignKey.columns)} -> ` +
  `${qualifiedName(foreignKey.references)}${describeColumns(foreignKey.references.columns)}`;

function hasForeignKey({ table, foreignKey }: SeedForeignKey): boolean {
  return catalog.foreignKeys.some(
    (actual) =>
      onTable(table)(actual) &&
      sameColumns(actual.columns, foreignKey.columns) &&
      onTable(foreignKey.references)(actual.references) &&
      sameColumns(actual.references.columns, foreignKey.references.columns),
  );
}

function hasAnyForeignKeyOn({ table, foreignKey }: SeedForeignKey): boolean {
  return catalog.foreignKeys.some(
    (actual) => onTable(table)(actual) && sameColumns(actual.columns, foreignKey.columns),
  );
}

async function countAppliedMigrations(connection: Connection): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const schema of domainSchemas) {
    const { rows } = await connection.pool.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM "${schema}"."${MIGRATIONS_TABLE}"`,
    );
    counts[schema] = rows[0]?.count ?? 0;
  }
  return counts;
}

async function countGeneratedMigrations(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const domain of domains) {
    const files = await readdir(domain.folder);
    counts[domain.schema] = files.filter((file) => file.endsWith('.sql')).length;
  }
  return counts;
}

// ---- the tests ----

describe('data model (seed 000)', () => {
  it('reads tables, columns and indexes from the spec', () => {
    expect(spec.tables.length, 'no "### schema.table" section parsed').toBeGreaterThan(0);
    expect(spec.indexStatements.length, 'no CREATE INDEX statement parsed').toBeGreaterThan(0);
    const empty = spec.tables.filter((table) => table.columns.length === 0 || table.primaryKey.length === 0);
    expect(empty.map(qualifiedName), 'sections without columns or primary key').toEqual([]);
    const schemas = [...new Set(spec.tables.map((table) => table.schema))].sort();
    expect(schemas, 'schemas of the seed tables vs. the domains').toEqual([...domainSchemas].sort());
  });

  it('records every generated migration once, and applying them all again changes nothing', async () => {
    const db = connected();
    const applied = await countAppliedMigrations(db);
    expect(applied, 'applied vs. generated migrations').toEqual(await countGeneratedMigrations());

    if (!testDatabase) throw new Error('beforeAll did not create the test database');
    await migrateAll(testDatabase.url);

    expect(await countAppliedMigrations(db), 'migrations recorded after a second run').toEqual(applied);
    expect(await readCatalog(db.pool, domainSchemas), 'database after a second run').toEqual(catalog);
  });

  it("has exactly the seed's tables in the domain schemas, plus migrations, outbox, checkpoints and audit tables", () => {
    const expected = [
      ...spec.tables.map(qualifiedName),
      ...domainSchemas.map((schema) => `${schema}.${MIGRATIONS_TABLE}`),
      ...OPERATIONAL_TABLES,
    ].sort();
    expect(catalog.tables.map(qualifiedName).sort()).toEqual(expected);
  });

  it('has every column with the seed type, length, precision, scale and nullability', () => {
    expect(spec.tables.flatMap(columnProblems)).toEqual([]);
  });

  it('has the primary key and every unique index of the seed, on exactly its columns', () => {
    expect(
      spec.tables.flatMap((table) => [...primaryKeyProblems(table), ...uniqueIndexProblems(table)]),
    ).toEqual([]);
  });

  it("has an index leading with the columns of every plain index in the tables' lists", () => {
    expect(spec.tables.flatMap(plainIndexProblems)).toEqual([]);
  });

  it('has an index on exactly the columns of every CREATE INDEX statement of the spec', () => {
    expect(indexStatementProblems()).toEqual([]);
  });

  it('has every foreign key of the seed whose two ends are in one schema', () => {
    const missing = seedForeignKeys()
      .filter((seedKey) => !crossesSchemas(seedKey) && !hasForeignKey(seedKey))
      .map(describeForeignKey);
    expect(missing, 'missing foreign keys').toEqual([]);
  });

  it('has no foreign key across schemas, but indexes the columns of those the seed lists', () => {
    const crossing = seedForeignKeys().filter(crossesSchemas);
    expect(crossing.filter(hasAnyForeignKeyOn).map(describeForeignKey), 'cross-schema foreign keys').toEqual(
      [],
    );
    const unindexed = crossing.filter(
      ({ table, foreignKey }) => !isIndexedLeading(table, foreignKey.columns),
    );
    expect(unindexed.map(describeForeignKey), 'cross-schema references without an index').toEqual([]);
    const anyCrossing = catalog.foreignKeys.filter((actual) => actual.schema !== actual.references.schema);
    expect(anyCrossing.map((actual) => `${qualifiedName(actual)}: ${actual.name}`)).toEqual([]);
  });

  it('keeps at most one current agent assignment per customer, and any number of past ones', async () => {
    const { pool } = connected();
    const insert = (isCurrent: boolean) =>
      pool.query(
        `INSERT INTO workflow_service.customer_agents (cif, start_date, is_current)
         VALUES ('CIF-SCD2', '2024-01-01', $1)`,
        [isCurrent],
      );
    await insert(false);
    await insert(false);
    await insert(true);
    await expect(insert(true)).rejects.toMatchObject({
      code: '23505',
      constraint: 'uq_customer_agents_cif_current',
    });
  });
});
