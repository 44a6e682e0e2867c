import { createDatabase, migrateDomain } from '@collexis/platform/db';
import { createTestDatabase } from '@collexis/platform/testing';
import { inject } from 'vitest';
import { migrations, schema } from '../../src/db';
import type { BankSyncDatabase } from '../../src/db/database';
import { start } from '../../src/server';

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLError[];
}

export interface BankSyncHarness {
  /** Direct access to the test database, for fixtures. */
  db: BankSyncDatabase;
  /** Its connection URL, for clients of their own (locks, sessions). */
  databaseUrl: string;
  /** The subgraph's GraphQL endpoint, for clients that need it. */
  url: string;
  /** POSTs one operation to the subgraph over HTTP, as the gateway does, with the caller's headers. */
  query<T>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** SQL statements the subgraph sent since the last reset. */
  statements(): number;
  resetStatements(): void;
  /** Stops the subgraph and drops the database. */
  stop(): Promise<void>;
}

function isGraphQLResponse<T>(body: unknown): body is GraphQLResponse<T> {
  return typeof body === 'object' && body !== null && ('data' in body || 'errors' in body);
}

/** A caller with the ADMIN role, as the gateway forwards it. */
export const adminHeaders = { 'x-collexis-user': 'ops.admin', 'x-collexis-roles': 'ADMIN' };

export interface HarnessOptions {
  /** The sync inbox folder. */
  syncInboxDir?: string;
}

/** A database of its own with bank-sync's migrations applied, and the subgraph serving it on a free port. */
export async function startBankSync(options: HarnessOptions = {}): Promise<BankSyncHarness> {
  const cleanups: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    const database = await createTestDatabase(inject('postgresAdminUrl'));
    cleanups.push(() => database.drop());
    const fixtures = createDatabase(schema, { url: database.url });
    cleanups.push(() => fixtures.close());
    await migrateDomain(fixtures.db, migrations);
    let statements = 0;
    const server = await start({
      port: 0,
      syncInboxDir: options.syncInboxDir,
      database: {
        url: database.url,
        onQuery: () => {
          statements += 1;
        },
      },
    });
    cleanups.push(() => server.stop());
    return {
      db: fixtures.db,
      databaseUrl: database.url,
      url: server.url,
      query: async <T>(
        query: string,
        variables?: Record<string, unknown>,
        headers: Record<string, string> = {},
      ): Promise<GraphQLResponse<T>> => {
        const response = await fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query, variables }),
        });
        const body: unknown = await response.json();
        if (!isGraphQLResponse<T>(body)) throw new Error(`not a GraphQL response: ${JSON.stringify(body)}`);
        return body;
      },
      statements: () => statements,
      resetStatements: () => {
        statements = 0;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
