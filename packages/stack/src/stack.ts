import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoOptions } from '@collexis/demo-data';
import { type GatewayOptions, type RunningGateway, startGateway } from '@collexis/gateway';
import type { PaymentServer } from '@collexis/payment';
import { type GraphQLResponse, postGraphQL, type RunningServer } from '@collexis/platform/http';
import { type DomainName, domains, migrateAll, seedAll } from './domains';

export interface StatementLog {
  /** SQL statements sent since the last reset, by subgraph. */
  bySubgraph(): Record<DomainName, number>;
  total(): number;
  reset(): void;
}

export interface Stack {
  gateway: RunningGateway;
  /** The payment subgraph, which also tells how many live event subscribers it feeds. */
  payment: PaymentServer;
  gatewayUrl: string;
  subgraphUrls: Record<DomainName, string>;
  statements: StatementLog;
  /** Where bank-sync picks up export files. */
  syncInboxDir: string;
  /** Stops one subgraph now, leaving the rest running (what the gateway does with one subgraph down). */
  stopSubgraph(name: DomainName): Promise<void>;
  /** POSTs one GraphQL operation to the gateway and returns the parsed response body. */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

export interface StackOptions {
  databaseUrl: string;
  /** Loads the demo universe of this size; false leaves the tables empty. @default false */
  demo?: Partial<DemoOptions> | false;
  /** Run bank-sync's and workflow's payment-event consumers. @default true */
  consumers?: boolean;
  /** Gateway settings beyond ports and subgraphs. */
  gateway?: Pick<GatewayOptions, 'subscriptionQueueLimit' | 'executor'>;
  /** Folder bank-sync imports core-banking exports from. @default a temporary folder removed on stop */
  syncInboxDir?: string;
}

function createStatementLog(): StatementLog & { record(name: DomainName): void } {
  const counts: Record<DomainName, number> = { 'bank-sync': 0, payment: 0, workflow: 0 };
  return {
    record: (name) => {
      counts[name] += 1;
    },
    bySubgraph: () => ({ ...counts }),
    total: () => counts['bank-sync'] + counts.payment + counts.workflow,
    reset: () => {
      counts['bank-sync'] = 0;
      counts.payment = 0;
      counts.workflow = 0;
    },
  };
}

/**
 * The real system in-process: the three subgraphs and the gateway on ephemeral ports over one database,
 * every SQL statement counted per subgraph.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  await migrateAll(options.databaseUrl);
  if (options.demo) await seedAll({ url: options.databaseUrl, statementTimeoutMs: 0 }, options.demo);
  const statements = createStatementLog();
  const started: RunningServer[] = [];
  const database = (name: DomainName) => ({
    url: options.databaseUrl,
    onQuery: () => statements.record(name),
  });
  const track = <T extends RunningServer>(server: T): T => {
    started.push(server);
    return server;
  };
  const consumers = options.consumers ?? true;
  const ownInbox = options.syncInboxDir ? null : await mkdtemp(join(tmpdir(), 'collexis-inbox-'));
  const syncInboxDir = options.syncInboxDir ?? ownInbox ?? '';
  const stopAll = async () => {
    for (const server of started.reverse()) await server.stop();
    if (ownInbox) await rm(ownInbox, { recursive: true, force: true });
  };
  try {
    // Payment first: the other domains consume its events; workflow asks bank-sync about customers and loans.
    const payment = track(await domains.payment.start({ port: 0, database: database('payment') }));
    const paymentUrl = consumers ? payment.url : undefined;
    const bankSync = track(
      await domains['bank-sync'].start({
        port: 0,
        database: database('bank-sync'),
        paymentUrl,
        syncInboxDir,
      }),
    );
    const workflow = track(
      await domains.workflow.start({
        port: 0,
        database: database('workflow'),
        bankSyncUrl: bankSync.url,
        paymentUrl,
      }),
    );
    const subgraphUrls = { 'bank-sync': bankSync.url, payment: payment.url, workflow: workflow.url };
    const supergraphSdl = await readFile(
      new URL('../../../schema/supergraph.graphql', import.meta.url),
      'utf8',
    );
    const gateway = track(
      await startGateway({ ...options.gateway, port: 0, supergraphSdl, subgraphs: subgraphUrls }),
    );
    return {
      gateway,
      payment,
      gatewayUrl: gateway.url,
      subgraphUrls,
      statements,
      query: (query, variables) => postGraphQL(gateway.url, query, variables),
      syncInboxDir,
      stopSubgraph: async (name) => {
        const server = { 'bank-sync': bankSync, payment, workflow }[name];
        const index = started.indexOf(server);
        if (index === -1) return;
        started.splice(index, 1);
        await server.stop();
      },
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
