import { createDatabase, migrateDomain } from '@collexis/platform';
import { createTestDatabase } from '@collexis/platform/testing';
import { inject } from 'vitest';
import { migrations, payments, schema } from '../../src/db';
import type { NewPaymentRow, PaymentDatabase } from '../../src/models';
import { start } from '../../src/server';

export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface PaymentSubgraph {
  url: string;
  /** The test database the subgraph serves. */
  databaseUrl: string;
  /** Direct access to the test database, for fixtures. */
  db: PaymentDatabase;
  /** SQL statements the subgraph sent since the last reset. */
  statements: { count(): number; reset(): void };
  query<T>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  insert(rows: NewPaymentRow[]): Promise<void>;
  stop(): Promise<void>;
}

/** The data's shape is the query's: the caller names it, as a typed GraphQL client would. */
function isGraphQLResponse<T>(body: unknown): body is GraphQLResponse<T> {
  return typeof body === 'object' && body !== null && ('data' in body || 'errors' in body);
}

/**
 * A database of its own with the payment migrations applied, and the payment subgraph serving it on a free
 * port. `stop` undoes everything that was started, in reverse order, even after a failed start.
 */
export async function startPaymentSubgraph(): Promise<PaymentSubgraph> {
  const teardown: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const step of teardown.reverse()) await step();
  };
  try {
    const database = await createTestDatabase(inject('postgresAdminUrl'));
    teardown.push(database.drop);
    const fixtures = createDatabase(schema, { url: database.url });
    teardown.push(fixtures.close);
    await migrateDomain(fixtures.db, migrations);
    let statements = 0;
    const server = await start({
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
      url: server.url,
      databaseUrl: database.url,
      db: fixtures.db,
      statements: {
        count: () => statements,
        reset: () => {
          statements = 0;
        },
      },
      query: async <T>(query: string, variables?: Record<string, unknown>) => {
        const response = await fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables }),
        });
        const body: unknown = await response.json();
        if (!isGraphQLResponse<T>(body)) throw new Error(`not a GraphQL response: ${JSON.stringify(body)}`);
        return body;
      },
      insert: async (rows) => {
        await fixtures.db.insert(payments).values(rows);
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
