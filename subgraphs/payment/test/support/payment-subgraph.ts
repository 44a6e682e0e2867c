import { createDatabase, migrateDomain } from '@collexis/platform/db';
import { createTestDatabase } from '@collexis/platform/testing';
import { count } from 'drizzle-orm';
import { inject } from 'vitest';
import { auditLog, migrations, paymentEvents, payments, schema } from '../../src/db';
import type { NewPaymentRow, PaymentDatabase } from '../../src/db/database';
import { type PaymentServer, start } from '../../src/server';

export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Rows in each table of payment_service. */
export interface TableCounts {
  payments: number;
  paymentEvents: number;
  auditLog: number;
}

export interface PaymentSubgraph {
  url: string;
  /** The test database the subgraph serves. */
  databaseUrl: string;
  /** Direct access to the test database, for fixtures. */
  db: PaymentDatabase;
  /** SQL statements the subgraph sent since the last reset. */
  statements: { count(): number; reset(): void };
  query<T>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  insert(rows: NewPaymentRow[]): Promise<void>;
  counts(): Promise<TableCounts>;
  /** Subscribers receiving live events from the running server. */
  liveSubscriberCount(): number;
  /** Stops the server (the database stays); `startServer` starts it again on the same port. */
  stopServer(): Promise<void>;
  startServer(): Promise<void>;
  stop(): Promise<void>;
}

/** The viewer headers the gateway would forward for a payment processor. */
export const processor = { 'x-collexis-user': 'proc.t24', 'x-collexis-roles': 'PAYMENT_PROCESSOR' };
export const admin = { 'x-collexis-user': 'ops.admin', 'x-collexis-roles': 'ADMIN' };

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
    const serverOptions = (port: number) => ({
      port,
      database: {
        url: database.url,
        onQuery: () => {
          statements += 1;
        },
      },
    });
    let server: PaymentServer | null = await start(serverOptions(0));
    const { url, port } = server;
    teardown.push(async () => {
      await server?.stop();
    });
    const db = fixtures.db;
    const countOf = async (table: typeof payments | typeof paymentEvents | typeof auditLog) => {
      const [row] = await db.select({ rows: count() }).from(table);
      return row?.rows ?? 0;
    };
    return {
      url,
      databaseUrl: database.url,
      db,
      statements: {
        count: () => statements,
        reset: () => {
          statements = 0;
        },
      },
      query: async <T>(
        query: string,
        variables?: Record<string, unknown>,
        headers: Record<string, string> = {},
      ) => {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query, variables }),
        });
        const body: unknown = await response.json();
        if (!isGraphQLResponse<T>(body)) throw new Error(`not a GraphQL response: ${JSON.stringify(body)}`);
        return body;
      },
      insert: async (rows) => {
        await db.insert(payments).values(rows);
      },
      counts: async () => ({
        payments: await countOf(payments),
        paymentEvents: await countOf(paymentEvents),
        auditLog: await countOf(auditLog),
      }),
      liveSubscriberCount: () => server?.liveSubscriberCount() ?? 0,
      stopServer: async () => {
        await server?.stop();
        server = null;
      },
      startServer: async () => {
        server = await start(serverOptions(port));
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
