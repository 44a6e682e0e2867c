/**
 * The sync-ingest floor: the export's records written by one raw `COPY` into a table made `LIKE` bank-sync's
 * customers table `INCLUDING ALL` (its columns, defaults, NOT NULL and CHECK constraints, primary key, unique
 * key and indexes), in a scratch schema of the ingest database. The COPY text is encoded before the clock
 * starts, so the floor is PostgreSQL's cost of writing the rows and their index entries, nothing else.
 */
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { sampleProcess } from './proc';

const SCHEMA = 'ingest_floor';
const TABLE = `${SCHEMA}.customers`;
/** The export's fields, as bank-sync's customers table names them. */
const RECORD_COLUMNS = [
  'cif',
  'type',
  'name',
  'date_of_birth',
  'national_id',
  'gender',
  'company_name',
  'registration_number',
  'tax_id',
  'segment',
  'status',
] as const;
/** What bank-sync's upsert writes beside the record (upsertRecords); id, created_at, updated_at take defaults. */
const MANAGED_COLUMNS = ['source_system', 'created_by', 'updated_by', 'is_editable', 'last_synced_at'];
const BLOCK_CHARS = 1 << 16;

export interface FloorPass {
  records: number;
  /** From starting the COPY to its completion. */
  seconds: number;
  recordsPerSecond: number;
  /** CPU of PostgreSQL over the COPY, in ms; null on DATABASE_URL. */
  postgresCpuMs: number | null;
}

const SPECIAL = /[\\\t\n\r]/g;
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  return String(value).replace(SPECIAL, (character) => ESCAPES[character] ?? character);
}

/** The export file as COPY text blocks, with the values a T24 run would write in the managed columns. */
async function encodeExport(path: string): Promise<{ blocks: string[]; records: number }> {
  const managed = ['T24', 'T24_SYNC', 'T24_SYNC', 'f', new Date().toISOString()].join('\t');
  const blocks: string[] = [];
  let block = '';
  let records = 0;
  for (const line of (await readFile(path, 'utf8')).split('\n')) {
    if (line === '') continue;
    const record: Record<string, unknown> = JSON.parse(line);
    block += `${RECORD_COLUMNS.map((column) => copyText(record[column])).join('\t')}\t${managed}\n`;
    records += 1;
    if (block.length >= BLOCK_CHARS) {
      blocks.push(block);
      block = '';
    }
  }
  if (block !== '') blocks.push(block);
  return { blocks, records };
}

/** COPYs the export into a fresh copy of bank-sync's customers table and times it; the table is dropped after. */
export async function copyFloor(
  url: string,
  exportPath: string,
  postgresPid: number | null,
): Promise<FloorPass> {
  const { blocks, records } = await encodeExport(exportPath);
  const client = new pg.Client(url);
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${SCHEMA}`);
    await client.query(`DROP TABLE IF EXISTS ${TABLE}`);
    await client.query(`CREATE TABLE ${TABLE} (LIKE bank_sync_service.customers INCLUDING ALL)`);
    const columns = [...RECORD_COLUMNS, ...MANAGED_COLUMNS].join(', ');
    const cpuBefore = postgresPid === null ? null : (await sampleProcess(postgresPid)).cpuMs;
    const started = performance.now();
    await pipeline(Readable.from(blocks), client.query(copyFrom(`COPY ${TABLE} (${columns}) FROM STDIN`)));
    const seconds = (performance.now() - started) / 1000;
    const cpuAfter = postgresPid === null ? null : (await sampleProcess(postgresPid)).cpuMs;
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM ${TABLE}`);
    if (Number(rows[0]?.count) !== records) {
      throw new Error(`the floor's COPY wrote ${rows[0]?.count} rows of ${records}`);
    }
    await client.query(`DROP SCHEMA ${SCHEMA} CASCADE`);
    return {
      records,
      seconds,
      recordsPerSecond: records / seconds,
      postgresCpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
    };
  } finally {
    await client.end();
  }
}
