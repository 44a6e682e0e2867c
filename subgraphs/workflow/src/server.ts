import { readFile } from 'node:fs/promises';
import type { EventConsumer } from '@collexis/events/consume';
import {
  createDomainDatabases,
  type DatabaseOptions,
  databaseReadiness,
  requireDomainRole,
} from '@collexis/platform/db';
import type { RunningServer } from '@collexis/platform/http';
import { createServiceObservability, type Logger } from '@collexis/platform/observability';
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
import { startSyncReactionsConsumer } from './events/sync-reactions';
import { createWorkflowEventFeed } from './events/workflow-event-stream';
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
  /** Whether cases react to bank-sync's events (read from `bankSyncUrl`, when given). @default true */
  syncConsumer?: boolean;
  /** The payment subgraph's /graphql URL; when given, cases react to payment events. @default none */
  paymentUrl?: string;
  /** Where it logs (JSON lines). @default nowhere */
  logger?: Logger;
}

export interface WorkflowServer extends RunningServer {
  /** The consumer that lets cases react to payment events; null without a `paymentUrl`. */
  paymentConsumer: EventConsumer | null;
  /** The consumer that lets cases react to bank-sync's events; null without a `bankSyncUrl` or when turned off. */
  syncConsumer: EventConsumer | null;
}

/**
 * Starts the workflow subgraph and, given a `paymentUrl` / `bankSyncUrl`, its payment-event and sync-event
 * consumers; `stop` stops the consumers after the event each is applying, drains requests, then closes the pools.
 */
export async function start(options: WorkflowServerOptions): Promise<WorkflowServer> {
  const typeDefs = parse(await readFile(new URL('../schema.graphql', import.meta.url), 'utf8'));
  const observability = createServiceObservability('workflow', { logger: options.logger });
  const databases = createDomainDatabases(schema, {
    ...options.database,
    applicationName: 'collexis-workflow',
    observability,
  });
  const { main: database, live, lookups } = databases;
  const feed = createWorkflowEventFeed({ db: live.db, url: options.database.url });
  const identity = createSubgraphIdentity('workflow', options.identity);
  const customers = createCustomerDirectory({
    bankSyncUrl: options.bankSyncUrl,
    headers: () => identity.serviceHeaders('bank-sync'),
  });
  try {
    await requireDomainRole(database.pool, migrations.schema);
    await feed.start();
    const server = await startSubgraphServer({
      typeDefs,
      resolvers,
      context: async (viewer) =>
        createContext({ db: database.db, lookups: lookups.db, viewer, customers, feed }),
      credentials: identity.verifier,
      subscriptions: {
        context: async (viewer) =>
          createContext({ db: live.db, lookups: live.db, viewer, customers, feed }, { subscription: true }),
      },
      readiness: databaseReadiness(database.pool, migrations),
      port: options.port,
      host: options.host,
      observability,
    });
    const paymentConsumer = options.paymentUrl
      ? startCaseUpdatesConsumer(
          database.db,
          options.paymentUrl,
          () => identity.serviceHeaders('payment'),
          observability,
        )
      : null;
    const syncConsumer =
      options.bankSyncUrl && (options.syncConsumer ?? true)
        ? startSyncReactionsConsumer(
            database.db,
            options.bankSyncUrl,
            () => identity.serviceHeaders('bank-sync'),
            observability,
          )
        : null;
    return {
      url: server.url,
      port: server.port,
      paymentConsumer,
      syncConsumer,
      stop: async () => {
        await Promise.all([paymentConsumer?.stop(), syncConsumer?.stop()]);
        await server.stop();
        await feed.stop();
        await databases.close();
      },
    };
  } catch (error) {
    await feed.stop();
    await databases.close();
    throw error;
  }
}
