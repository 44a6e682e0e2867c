import { createDatabase, migrateDomain } from '@collexis/platform/db';
import type { RunningServer } from '@collexis/platform/http';
import { createTestDatabase, type TestDatabase } from '@collexis/platform/testing';
import { inject } from 'vitest';
import { migrations, schema } from '../../src/db';
import type { WorkflowDatabase } from '../../src/db/database';
import { start } from '../../src/server';

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string };
}

export interface GraphQLResponse<TData> {
  data?: TData;
  errors?: GraphQLError[];
}

export interface Harness {
  /** A drizzle handle on the test database, for fixtures and expectations. */
  db: WorkflowDatabase;
  databaseUrl: string;
  /** SQL statements the subgraph sent since the last reset. */
  statements: { count(): number; reset(): void };
  /** POSTs one operation to the subgraph over HTTP and returns the parsed body. */
  query<TData>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<TData>>;
  stop(): Promise<void>;
}

/**
 * A database of its own with the workflow migrations applied, filled by `fill`, and the workflow subgraph
 * serving it on a free port. `stop` undoes everything that was set up, newest first, even after a failure.
 */
export async function startHarness(fill: (db: WorkflowDatabase) => Promise<void>): Promise<Harness> {
  const teardown: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const undo of teardown.reverse()) await undo();
  };
  try {
    const database: TestDatabase = await createTestDatabase(inject('postgresAdminUrl'));
    teardown.push(database.drop);
    const fixtures = createDatabase(schema, { url: database.url });
    teardown.push(fixtures.close);
    await migrateDomain(fixtures.db, migrations);
    await fill(fixtures.db);
    let statements = 0;
    const server: RunningServer = await start({
      port: 0,
      database: {
        url: database.url,
        onQuery: () => {
          statements += 1;
        },
      },
    });
    teardown.push(server.stop);
    return {
      db: fixtures.db,
      databaseUrl: database.url,
      statements: {
        count: () => statements,
        reset: () => {
          statements = 0;
        },
      },
      query: async <TData>(query: string, variables?: Record<string, unknown>) => {
        const response = await fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables }),
        });
        // The body is what the test checks: its shape is taken on trust here and asserted there.
        const body: GraphQLResponse<TData> = JSON.parse(await response.text());
        return body;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
