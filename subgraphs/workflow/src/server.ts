import { readFile } from 'node:fs/promises';
import type { PaymentEventConsumer } from '@collexis/payment-events';
import { createDatabase, type DatabaseOptions, databaseReadiness } from '@collexis/platform/db';
import type { RunningServer } from '@collexis/platform/http';
import {
  createSubgraphIdentity,
  type SubgraphIdentityOptions,
  startSubgraphServer,
} from '@collexis/platform/subgraph';
import { parse } from 'graphql';
import { createCustomerDirectory } from './commands/customer-directory';
import { createContext } from './context';
import { migrations, schema } from './db';
import { startCaseUpdatesConsumer } from './events/case-updates';
import { resolvers } from './resolvers';

export interface WorkflowServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** @default '127.0.0.1' */
  host?: string;
  database: DatabaseOptions;
  /** Whose credentials this subgraph accepts, and its own key for calling other subgraphs as SYSTEM. */
  identity: SubgraphIdentityOptions;
  /**
   * The bank-sync subgraph's /graphql URL, asked whether the customers and loans a write names exist. Without
   * it, writes that name customers fail with SERVICE_UNAVAILABLE. @default none
   */
  bankSyncUrl?: string;
  /** The payment subgraph's /graphql URL; when given, cases react to payment events. @default none */
  paymentUrl?: string;
}

export interface WorkflowServer extends RunningServer {
  /** The consumer that lets cases react to payment events; null without a `paymentUrl`. */
  paymentConsumer: PaymentEventConsumer | null;
}

/**
 * Starts the workflow subgraph and, given a `paymentUrl`, its payment-event consumer; `stop` stops the consumer
 * after the event it is applying, drains requests, then closes the database pool.
 */
export async function start(options: WorkflowServerOptions): Promise<WorkflowServer> {
  const typeDefs = parse(await readFile(new URL('../schema.graphql', import.meta.url), 'utf8'));
  const database = createDatabase(schema, { applicationName: 'collexis-workflow', ...options.database });
  const identity = createSubgraphIdentity('workflow', options.identity);
  const customers = createCustomerDirectory({
    bankSyncUrl: options.bankSyncUrl,
    headers: () => identity.serviceHeaders('bank-sync'),
  });
  try {
    const server = await startSubgraphServer({
      typeDefs,
      resolvers,
      context: async (viewer) => createContext(database.db, viewer, customers),
      credentials: identity.verifier,
      readiness: databaseReadiness(database.pool, migrations),
      port: options.port,
      host: options.host,
    });
    const paymentConsumer = options.paymentUrl
      ? startCaseUpdatesConsumer(database.db, options.paymentUrl, () => identity.serviceHeaders('payment'))
      : null;
    return {
      url: server.url,
      port: server.port,
      paymentConsumer,
      stop: async () => {
        await paymentConsumer?.stop();
        await server.stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
