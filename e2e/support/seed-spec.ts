/**
 * Reads the physical schema of seed 000 (docs/spec/000-physical-schema.md) into plain data, so tests check
 * the database against the document itself rather than a hand-copied expectation.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export interface TableRef {
  schema: string;
  table: string;
}

export interface SpecColumn {
  name: string;
  /** As PostgreSQL spells it: `character varying(20)`, `numeric(18,2)`, `timestamp without time zone`. */
  type: string;
  /** NOT NULL, or part of the primary key. */
  notNull: boolean;
  /** UNIQUE in the column's constraints. */
  unique: boolean;
}

export interface SpecForeignKey {
  columns: string[];
  references: TableRef & { columns: string[] };
}

/** One `### schema.table` section: its column table and its **Indexes:** list. */
export interface SpecTable extends TableRef {
  columns: SpecColumn[];
  primaryKey: string[];
  /** `Unique Index` entries and UNIQUE columns, each a list of columns. */
  uniqueIndexes: string[][];
  /** Plain `Index` entries, each a list of columns. */
  indexes: string[][];
  foreignKeys: SpecForeignKey[];
}

/** A `CREATE [UNIQUE] INDEX name ON schema.table(columns)` statement of the document. */
export interface SpecIndexStatement extends TableRef {
  name: string;
  unique: boolean;
  columns: string[];
}

export interface PhysicalSchemaSpec {
  tables: SpecTable[];
  indexStatements: SpecIndexStatement[];
}

export const physicalSchemaSpecPath = fileURLToPath(
  new URL('../../docs/spec/000-physical-schema.md', import.meta.url),
);

export async function loadPhysicalSchemaSpec(path = physicalSchemaSpecPath): Promise<PhysicalSchemaSpec> {
  return parsePhysicalSchemaSpec(await readFile(path, 'utf8'));
}

export function parsePhysicalSchemaSpec(markdown: string): PhysicalSchemaSpec {
  return {
    tables: splitTableSections(markdown).map(parseTableSection),
    indexStatements: parseIndexStatements(markdown),
  };
}

/** `schema.table`, the way the document and failure messages name a table. */
export function qualifiedName(ref: TableRef): string {
  return `${ref.schema}.${ref.table}`;
}

const SIMPLE_TYPES: Record<string, string> = {
  UUID: 'uuid',
  DATE: 'date',
  TIMESTAMP: 'timestamp without time zone',
  BOOLEAN: 'boolean',
  INTEGER: 'integer',
  TEXT: 'text',
};

/** A seed data type (`VARCHAR(20)`, `DECIMAL(18,2)`, `TIMESTAMP`, ...) in PostgreSQL's spelling. */
export function toPostgresType(seedType: string): string {
  const compact = seedType.replace(/\s+/g, '').toUpperCase();
  const varchar = /^VARCHAR\((?<length>\d+)\)$/.exec(compact);
  if (varchar) return `character varying(${group(varchar, 'length')})`;
  const decimal = /^(?:DECIMAL|NUMERIC)\((?<precision>\d+),(?<scale>\d+)\)$/.exec(compact);
  if (decimal) return `numeric(${group(decimal, 'precision')},${group(decimal, 'scale')})`;
  const simple = SIMPLE_TYPES[compact];
  if (simple) return simple;
  throw new Error(`seed spec: unknown data type "${seedType}"`);
}

interface TableSection extends TableRef {
  lines: string[];
}

const TABLE_HEADING = /^### (?<schema>[a-z_]+)\.(?<table>[a-z_]+)\s*$/;

/** Cuts the document at its headings and keeps the `### schema.table` sections. */
function splitTableSections(markdown: string): TableSection[] {
  const sections: TableSection[] = [];
  let current: TableSection | undefined;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('#')) {
      const heading = TABLE_HEADING.exec(line);
      current = heading
        ? { schema: group(heading, 'schema'), table: group(heading, 'table'), lines: [] }
        : undefined;
      if (current) sections.push(current);
    } else {
      current?.lines.push(line);
    }
  }
  return sections;
}

function parseTableSection(section: TableSection): SpecTable {
  const columns = section.lines.flatMap((line) => parseColumnRow(line) ?? []);
  const table: SpecTable = {
    schema: section.schema,
    table: section.table,
    columns,
    primaryKey: [],
    uniqueIndexes: columns.filter((column) => column.unique).map((column) => [column.name]),
    indexes: [],
    foreignKeys: [],
  };
  for (const line of section.lines) {
    if (line.startsWith('- ')) addIndexEntry(table, line);
  }
  table.uniqueIndexes = distinctColumnLists(table.uniqueIndexes);
  return table;
}

const COLUMN_ROW = /^\|\s*(?<name>[a-z][a-z0-9_]*)\s*\|(?<type>[^|]+)\|(?<constraints>[^|]*)\|/;

/** `| cif | VARCHAR(20) | FK, NOT NULL | ... |`; undefined for any other line (headers, prose). */
function parseColumnRow(line: string): SpecColumn | undefined {
  const row = COLUMN_ROW.exec(line);
  if (!row) return undefined;
  const constraints = group(row, 'constraints')
    .split(',')
    .map((constraint) => constraint.trim().toUpperCase());
  return {
    name: group(row, 'name'),
    type: toPostgresType(group(row, 'type')),
    notNull: constraints.includes('NOT NULL') || constraints.includes('PK'),
    unique: constraints.includes('UNIQUE'),
  };
}

const INDEX_ENTRY = /^- (?<kind>Primary Key|Unique Index|Index|Foreign Key): (?<target>.+)$/;
const FOREIGN_KEY_TARGET =
  /^`(?<columns>[^`]+)` references `(?<schema>[a-z_]+)\.(?<table>[a-z_]+)\((?<refColumns>[^)]+)\)`$/;

/** One bullet of a table's **Indexes:** list. */
function addIndexEntry(table: SpecTable, line: string): void {
  const entry = INDEX_ENTRY.exec(line.trim());
  if (!entry) throw new Error(`seed spec: ${qualifiedName(table)}: unrecognised index entry "${line}"`);
  const target = group(entry, 'target');
  switch (group(entry, 'kind')) {
    case 'Primary Key':
      table.primaryKey = parseColumnList(target);
      break;
    case 'Unique Index':
      table.uniqueIndexes.push(parseColumnList(target));
      break;
    case 'Index':
      table.indexes.push(parseColumnList(target));
      break;
    case 'Foreign Key':
      table.foreignKeys.push(parseForeignKey(table, target));
  }
}

function parseForeignKey(table: TableRef, target: string): SpecForeignKey {
  const foreignKey = FOREIGN_KEY_TARGET.exec(target);
  if (!foreignKey) {
    throw new Error(`seed spec: ${qualifiedName(table)}: unrecognised foreign key "${target}"`);
  }
  return {
    columns: parseColumnList(group(foreignKey, 'columns')),
    references: {
      schema: group(foreignKey, 'schema'),
      table: group(foreignKey, 'table'),
      columns: parseColumnList(group(foreignKey, 'refColumns')),
    },
  };
}

const INDEX_STATEMENT =
  /CREATE (?<unique>UNIQUE )?INDEX (?<name>\w+) ON (?<schema>\w+)\.(?<table>\w+)\s*\((?<columns>[^)]+)\)/g;

function parseIndexStatements(markdown: string): SpecIndexStatement[] {
  return [...markdown.matchAll(INDEX_STATEMENT)].map((statement) => ({
    name: group(statement, 'name'),
    unique: statement.groups?.unique !== undefined,
    schema: group(statement, 'schema'),
    table: group(statement, 'table'),
    columns: parseColumnList(group(statement, 'columns')),
  }));
}

/** `` `cif` ``, `` `(cif, type)` `` or `cif, type` into `['cif', 'type']`. */
function parseColumnList(text: string): string[] {
  return text
    .replace(/[`()]/g, '')
    .split(',')
    .map((column) => column.trim())
    .filter((column) => column.length > 0);
}

function distinctColumnLists(lists: string[][]): string[][] {
  const byKey = new Map(lists.map((columns) => [columns.join(','), columns]));
  return [...byKey.values()];
}

function group(match: RegExpMatchArray, name: string): string {
  const value = match.groups?.[name];
  if (value === undefined) throw new Error(`seed spec: no "${name}" in "${match[0]}"`);
  return value.trim();
}
