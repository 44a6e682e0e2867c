import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
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
import { createSyncPipeline } from './commands/sync-pipeline';
import { createContext } from './context';
import { migrations, schema } from './db';
import { startLoanBalanceConsumer } from './events/loan-balances';
import { createSyncEventFeed } from './events/sync-event-stream';
import { resolvers } from './resolvers';

export interface BankSyncServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** The PostgreSQL holding the bank_sync_service schema. */
  database: DatabaseOptions;
  /** Whose credentials this subgraph accepts, and its own key for calling other subgraphs as SYSTEM. */
  identity: SubgraphIdentityOptions;
  /** The payment subgraph's /graphql URL; when given, the loan-balance consumer runs. @default none */
  paymentUrl?: string;
  /** Folder where core systems drop their exports for `runSync`. @default '.data/inbox' (of the working directory) */
  syncInboxDir?: string;
  /** Where it logs (JSON lines). @default nowhere */
  logger?: Logger;
}

export interface BankSyncServer extends RunningServer {
  /** The loan-balance consumer of payment events; null without a `paymentUrl`. */
  paymentConsumer: EventConsumer | null;
}

/**
 * Starts the bank-sync subgraph and, given a `paymentUrl`, its payment-event consumer; `stop` stops the
 * consumer after the event it is applying, drains requests, then closes the connection pool.
 */
export async function start(options: BankSyncServerOptions): Promise<BankSyncServer> {
  const typeDefs = parse(await readFile(new URL('../schema.graphql', import.meta.url), 'utf8'));
  const observability = createServiceObservability('bank-sync', { logger: options.logger });
  const identity = createSubgraphIdentity('bank-sync', options.identity);
  const databases = createDomainDatabases(schema, {
    ...options.database,
    applicationName: 'collexis-bank-sync',
    observability,
  });
  const { main: database, live, lookups } = databases;
  const feed = createSyncEventFeed({ db: live.db, url: options.database.url });
  const sync = createSyncPipeline({
    db: database.db,
    pool: database.pool,
    inboxDir: resolve(options.syncInboxDir ?? '.data/inbox'),
  });
  try {
    await requireDomainRole(database.pool, migrations.schema);
    await feed.start();
    const server = await startSubgraphServer({
      typeDefs,
      resolvers,
      context: async (viewer) => createContext({ db: database.db, lookups: lookups.db, viewer, sync, feed }),
      credentials: identity.verifier,
      readiness: databaseReadiness(database.pool, migrations),
      subscriptions: {
        context: async (viewer) =>
          createContext({ db: live.db, lookups: live.db, viewer, sync, feed }, { subscription: true }),
      },
      port: options.port,
      host: options.host,
      observability,
    });
    const paymentConsumer = options.paymentUrl
      ? startLoanBalanceConsumer(
          database.db,
          options.paymentUrl,
          () => identity.serviceHeaders('payment'),
          observability,
        )
      : null;
    return {
      url: server.url,
      port: server.port,
      paymentConsumer,
      stop: async () => {
        await paymentConsumer?.stop();
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
