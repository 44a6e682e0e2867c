import { sql } from 'drizzle-orm';
import { pgTable, varchar } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing';
import { createDomainDatabases, type Database, type DomainDatabases } from './database';
import { equalsAny, oncePerDatabase } from './prepared';

const owners = pgTable('owners', { cif: varchar('cif', { length: 20 }).notNull() });
const schema = { owners };
type OwnersDatabase = Database<typeof schema>['db'];

const byCifs = oncePerDatabase((db: OwnersDatabase) =>
  db.select().from(owners).where(equalsAny(owners.cif, 'cifs')).prepare('test_owners_by_cifs'),
);

const EXECUTIONS = 8;

/** How the session's one prepared statement was planned: pg_prepared_statements of its own connection. */
async function plansOf(database: Database<typeof schema>) {
  for (let index = 0; index < EXECUTIONS; index += 1) {
    await byCifs(database.db).execute({ cifs: [`CIF${index}`] });
  }
  const result = await database.db.execute<{ generic: number; custom: number }>(
    sql`select generic_plans::int as generic, custom_plans::int as custom
          from pg_prepared_statements where name = 'test_owners_by_cifs'`,
  );
  return result.rows;
}

describe('lookups pool: a prepared key batch is planned once per connection (decision 0043)', () => {
  let testDatabase: TestDatabase;
  let databases: DomainDatabases<typeof schema>;
  let main: Database<typeof schema>;
  let lookups: Database<typeof schema>;

  beforeAll(async () => {
    testDatabase = await createTestDatabase(inject('postgresAdminUrl'));
    // One connection each: pg_prepared_statements shows the session's own statements.
    databases = createDomainDatabases(schema, {
      url: testDatabase.url,
      maxConnections: 1,
      applicationName: 'test',
    });
    ({ main, lookups } = databases);
    await main.pool.query('create table owners (cif varchar(20) not null)');
    await main.pool.query('create index owners_cif on owners (cif)');
    await main.pool.query(`insert into owners select 'CIF' || n from generate_series(1, 2000) n`);
    await main.pool.query('analyze owners');
  });
  afterAll(async () => {
    await databases?.close();
    await testDatabase?.drop();
  });

  it('plans a key batch again at every execution on the main pool: PostgreSQL never prefers the generic plan of `= any($1)`', async () => {
    expect(await plansOf(main)).toEqual([{ generic: 0, custom: EXECUTIONS }]);
  });

  it('reuses one generic plan for every execution on the lookups pool, with the same answers', async () => {
    expect(await plansOf(lookups)).toEqual([{ generic: EXECUTIONS, custom: 0 }]);
    const rows = await byCifs(lookups.db).execute({ cifs: ['CIF7', 'CIF1999', 'CIF1999 '] });
    expect(rows.map((row) => row.cif).sort()).toEqual(['CIF1999', 'CIF7']);
  });

  it('names its connections <name>-lookups in pg_stat_activity', async () => {
    const result = await lookups.db.execute<{ name: string }>(
      sql`select application_name as name from pg_stat_activity where pid = pg_backend_pid()`,
    );
    expect(result.rows).toEqual([{ name: 'test-lookups' }]);
  });
});
