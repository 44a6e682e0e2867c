import { sql } from 'drizzle-orm';
import { bigint, pgTable, uuid, varchar } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing';
import { createDatabase, type Database } from './database';
import { equalsAny, oncePerDatabase } from './prepared';

const keyed = pgTable('keyed', {
  code: varchar('code', { length: 5 }).notNull(),
  id: uuid('id').notNull(),
  sequence: bigint('sequence', { mode: 'bigint' }).notNull(),
});
const schema = { keyed };
type KeyedDatabase = Database<typeof schema>['db'];

const codes = ['a"b', 'c,d', '{e}', 'f\\g', 'NULL', 'ABCDE'];
const ids = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'];
const sequences = [1n, 9_007_199_254_740_993n];

let builds = 0;
const byKeys = oncePerDatabase((db: KeyedDatabase) => {
  builds += 1;
  return {
    codes: db.select().from(keyed).where(equalsAny(keyed.code, 'codes')).prepare('test_keyed_by_codes'),
    ids: db.select().from(keyed).where(equalsAny(keyed.id, 'ids')).prepare('test_keyed_by_ids'),
    sequences: db
      .select()
      .from(keyed)
      .where(equalsAny(keyed.sequence, 'sequences'))
      .prepare('test_keyed_by_sequences'),
  };
});

describe('prepared key lists: one array parameter per batch, typed by its column', () => {
  let testDatabase: TestDatabase;
  let database: Database<typeof schema>;
  const statements: string[] = [];

  beforeAll(async () => {
    testDatabase = await createTestDatabase(inject('postgresAdminUrl'));
    // One connection: pg_prepared_statements shows the session's own statements.
    database = createDatabase(schema, {
      url: testDatabase.url,
      maxConnections: 1,
      onQuery: (text) => statements.push(text),
    });
    await database.pool.query(
      'create table keyed (code varchar(5) not null, id uuid not null, sequence bigint not null)',
    );
    await database.db.insert(keyed).values(
      codes.map((code, index) => ({
        code,
        id: ids[index % ids.length] ?? '',
        sequence: sequences[index % sequences.length] ?? 0n,
      })),
    );
  });
  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  it('prepares once per database handle and sends one statement text whatever the number of keys', async () => {
    statements.length = 0;
    await byKeys(database.db).codes.execute({ codes: ['ABCDE'] });
    await byKeys(database.db).codes.execute({ codes });
    expect(builds).toBe(1);
    expect(new Set(statements).size).toBe(1);
    expect(statements[0]).toContain('"keyed"."code" = any($1)');
  });

  it('matches text keys exactly, whatever they hold, and never a longer key cut to the column length', async () => {
    const rows = await byKeys(database.db).codes.execute({ codes: [...codes, 'ABCDEF', 'abcde'] });
    expect(rows.map((row) => row.code).sort()).toEqual([...codes].sort());
  });

  it('matches uuid and bigint keys, past the exact range of a JavaScript number', async () => {
    const byId = await byKeys(database.db).ids.execute({ ids: [ids[1]] });
    expect(byId.map((row) => row.code).sort()).toEqual(['ABCDE', 'c,d', 'f\\g'].sort());
    const bySequence = await byKeys(database.db).sequences.execute({ sequences: ['9007199254740993'] });
    expect(bySequence.map((row) => row.sequence)).toEqual([
      9_007_199_254_740_993n,
      9_007_199_254_740_993n,
      9_007_199_254_740_993n,
    ]);
  });

  it('leaves PostgreSQL a named statement whose parameter is an array of the column type', async () => {
    const result = await database.db.execute<{ name: string; parameter_types: string }>(
      sql`select name, parameter_types::text from pg_prepared_statements where name like 'test_keyed_%' order by name`,
    );
    expect(result.rows).toEqual([
      { name: 'test_keyed_by_codes', parameter_types: '{text[]}' },
      { name: 'test_keyed_by_ids', parameter_types: '{uuid[]}' },
      { name: 'test_keyed_by_sequences', parameter_types: '{bigint[]}' },
    ]);
  });
});
