import { readFile } from 'node:fs/promises';
import {
  createDomainDatabases,
  createWriteDatabase,
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
import { type CollectionDaysSchedule, scheduleClosingCollectionDays } from './commands/close-collection-days';
import { createPaymentRecorder } from './commands/record-payments';
import { createContext } from './context';
import { migrations, schema } from './db';
import { createPaymentEventFeed } from './events/payment-events';
import { resolvers } from './resolvers';

export interface PaymentServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** @default '127.0.0.1' */
  host?: string;
  database: DatabaseOptions;
  /** Whose credentials this subgraph accepts. */
  identity: SubgraphIdentityOptions;
  /** Where it logs (JSON lines). @default nowhere */
  logger?: Logger;
}

export interface PaymentServer extends RunningServer {
  /** Subscribers currently receiving live payment events from this process. */
  liveSubscriberCount(): number;
}

/**
 * Starts the payment subgraph: GraphQL over HTTP and graphql-ws subscriptions on the same /graphql, and the
 * process's one live event feed. `stop` drains requests and sockets, stops the feed, then closes the pool.
 */
export async function start(options: PaymentServerOptions): Promise<PaymentServer> {
  const typeDefs = parse(await readFile(new URL('../schema.graphql', import.meta.url), 'utf8'));
  const observability = createServiceObservability('payment', { logger: options.logger });
  const identity = createSubgraphIdentity('payment', options.identity);
  const databases = createDomainDatabases(schema, {
    ...options.database,
    applicationName: 'payment',
    observability,
  });
  const { main: database, live, lookups } = databases;
  const writes = createWriteDatabase(schema, {
    ...options.database,
    applicationName: 'payment',
    observability,
  });
  const { db } = database;
  const writer = writes.db;
  const recorder = createPaymentRecorder(writer);
  const feed = createPaymentEventFeed({ db: live.db, url: options.database.url });
  let closing: CollectionDaysSchedule | undefined;
  try {
    await requireDomainRole(database.pool, migrations.schema);
    await feed.start();
    closing = await scheduleClosingCollectionDays(db, observability.logger);
    const server = await startSubgraphServer({
      typeDefs,
      resolvers,
      context: async (viewer) => createContext({ db, lookups: lookups.db, writer, recorder, feed, viewer }),
      credentials: identity.verifier,
      readiness: databaseReadiness(database.pool, migrations),
      subscriptions: {
        context: async (viewer) =>
          createContext(
            { db: live.db, lookups: live.db, writer, recorder, feed, viewer },
            { subscription: true },
          ),
      },
      port: options.port,
      host: options.host,
      observability,
    });
    const schedule = closing;
    return {
      url: server.url,
      port: server.port,
      liveSubscriberCount: () => feed.subscriberCount,
      stop: async () => {
        await server.stop();
        await schedule.stop();
        await feed.stop();
        await writes.close();
        await databases.close();
      },
    };
  } catch (error) {
    await closing?.stop();
    await feed.stop();
    await writes.close();
    await databases.close();
    throw error;
  }
}
