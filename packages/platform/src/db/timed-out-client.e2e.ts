import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, eventually, type TestDatabase } from '../testing';
import { createDatabase, type Database } from './database';
import { isDatabaseUnavailable } from './unavailable';

/** The server's statement timeout; the client gives a statement up 1 s after it. */
const STATEMENT_TIMEOUT_MS = 300;
/** Far past the client's deadline: a connection still running it would hold the next statement this long. */
const SLEEP_SECONDS = 60;
/** The next statement must not wait behind the abandoned one; anything near SLEEP_SECONDS means it did. */
const NEXT_STATEMENT_BOUND_MS = 5_000;
const APPLICATION = 'timed-out-client-test';

describe('a statement the client gives up (query_timeout) does not stay on a pooled connection', () => {
  let testDatabase: TestDatabase;
  let database: Database<Record<string, never>>;
  let observer: pg.Pool;

  beforeAll(async () => {
    testDatabase = await createTestDatabase(inject('postgresAdminUrl'));
    // One connection: whatever the pool lends next is the abandoned statement's, unless it was discarded.
    database = createDatabase(
      {},
      {
        url: testDatabase.url,
        statementTimeoutMs: STATEMENT_TIMEOUT_MS,
        maxConnections: 1,
        applicationName: APPLICATION,
      },
    );
    observer = new pg.Pool({ connectionString: testDatabase.url, max: 1 });
  });
  afterAll(async () => {
    await database?.close();
    await observer?.end();
    await testDatabase?.drop();
  });

  const backendAlive = async (pid: number) =>
    (await observer.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid])).rowCount === 1;

  const expectNextStatementImmediate = async () => {
    const sentAt = Date.now();
    const { rows } = await database.db.execute<{ answer: number }>(sql`SELECT 1 AS answer`);
    expect(rows).toEqual([{ answer: 1 }]);
    expect(Date.now() - sentAt).toBeLessThan(NEXT_STATEMENT_BOUND_MS);
  };

  it('inside a transaction: fails as unavailable, the backend ends, the next statement gets a fresh connection', async () => {
    let backend = 0;
    const failure = await database.db
      .transaction(async (tx) => {
        const { rows } = await tx.execute<{ pid: number }>(sql`SELECT pg_backend_pid() AS pid`);
        backend = rows[0]?.pid ?? 0;
        // The server would cancel it at its own timeout; switched off, only the client's deadline is left.
        await tx.execute(sql`SET LOCAL statement_timeout = 0`);
        await tx.execute(sql`SELECT pg_sleep(${SLEEP_SECONDS})`);
      })
      .catch((error: unknown) => error);
    expect(isDatabaseUnavailable(failure)).toBe(true);
    expect(backend).toBeGreaterThan(0);

    await expectNextStatementImmediate();
    await eventually(async () => !(await backendAlive(backend)), 'the abandoned backend has ended');
  });

  it('through pool.query: the same', async () => {
    const { rows } = await database.pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    const backend = rows[0]?.pid ?? 0;
    const failure = await database.pool
      .query(`SET statement_timeout = 0; SELECT pg_sleep(${SLEEP_SECONDS})`)
      .catch((error: unknown) => error);
    expect(isDatabaseUnavailable(failure)).toBe(true);

    await expectNextStatementImmediate();
    await eventually(async () => !(await backendAlive(backend)), 'the abandoned backend has ended');
  });
});
