import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoOptions } from '@collexis/demo-data';
import { type GatewayOptions, type RunningGateway, startGateway } from '@collexis/gateway';
import type { DevKeys } from '@collexis/identity';
import { type GraphQLResponse, postGraphQL } from '@collexis/platform/http';
import type { Logger } from '@collexis/platform/observability';
import {
  accessTokenHeaders,
  type Caller,
  credentialHeaders,
  DisposalStack,
  readerCaller,
} from '@collexis/platform/testing';
import { domainDatabaseUrls, grantDomainRoles, type PerDomain } from './domain-roles';
import { type DomainName, domainNames, domains, migrateAll, seedAll } from './domains';
import { stackIdentity } from './identity';
import { createStatementLog, type StatementLog } from './statements';

/** The checked-in supergraph (schema/supergraph.graphql), which `pnpm compose` writes and a test keeps fresh. */
export function readSupergraphSdl(): Promise<string> {
  return readFile(new URL('../../../schema/supergraph.graphql', import.meta.url), 'utf8');
}

/** Each domain's running subgraph, as its `start` returns it. */
export interface SubgraphServers {
  'bank-sync': Awaited<ReturnType<(typeof domains)['bank-sync']['start']>>;
  payment: Awaited<ReturnType<(typeof domains)['payment']['start']>>;
  workflow: Awaited<ReturnType<(typeof domains)['workflow']['start']>>;
}

/** The domains that consume the payment subgraph's events. */
export type ConsumingDomain = Exclude<DomainName, 'payment'>;

/** Gateway settings a stack passes on; ports and subgraph URLs are the stack's. */
export type GatewaySettings = Pick<
  GatewayOptions,
  'subscriptionQueueLimit' | 'subscriptionLimits' | 'executor'
>;

export interface StackOptions {
  /** The database, as the owner of the domains' schemas: it migrates, seeds and grants the domain roles. */
  databaseUrl: string;
  /**
   * The password of each domain's role, which the subgraphs connect as. A missing role is created with it; an
   * existing one keeps its own, since other databases of the server may be using it.
   */
  rolePasswords: PerDomain<string>;
  /** The keys every part of the stack knows its callers by (ensureDevKeys), and the gateway signs with. */
  keys: DevKeys;
  /** Loads the demo universe of this size; false leaves the tables as they are. @default false */
  demo?: Partial<DemoOptions> | false;
  /** The domains whose subgraphs run. @default every domain */
  subgraphs?: readonly DomainName[];
  /**
   * Which domains consume other domains' events (bank-sync: payment's; workflow: payment's and bank-sync's),
   * when the payment subgraph runs: true for every consumer, false for none, or a list. @default true
   */
  consumers?: boolean | readonly ConsumingDomain[];
  /**
   * The gateway's settings, or false for no gateway. The gateway needs every subgraph.
   * @default a gateway with default settings when every subgraph runs, none otherwise
   */
  gateway?: GatewaySettings | false;
  /**
   * How the gateway is started; the test kit passes one that checks its executors.
   * @default @collexis/gateway's startGateway
   */
  startGateway?: (options: GatewayOptions) => Promise<RunningGateway>;
  /** Where `query` sends operations: the gateway, or one subgraph directly. @default 'gateway' */
  endpoint?: 'gateway' | DomainName;
  /** Folder bank-sync imports core-banking exports from. @default a temporary folder removed on stop */
  syncInboxDir?: string;
  /** The logger of each service, by its name ('gateway' or a domain's). @default none: services log nothing */
  loggerFor?: (service: DomainName | 'gateway') => Logger;
}

export interface Stack {
  databaseUrl: string;
  /** What each domain's subgraph connects with: the database as the domain's role. */
  domainDatabaseUrls: PerDomain<string>;
  /** SQL statements each subgraph sent. */
  statements: StatementLog;
  /** Where bank-sync picks up export files. */
  syncInboxDir: string;
  /** The gateway; throws when the stack runs none. */
  gateway(): RunningGateway;
  /** A domain's running subgraph; throws when it does not run (never started, or stopped). */
  subgraph<N extends DomainName>(name: N): SubgraphServers[N];
  /** Where each subgraph answers, for a gateway of a test's own; throws unless every subgraph runs. */
  subgraphUrls(): Record<DomainName, string>;
  /**
   * POSTs one GraphQL operation to the endpoint as a caller (an access token to the gateway, the gateway's
   * credential to a subgraph) and returns the parsed body. @default caller: an AGENT, `readerCaller`
   */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    caller?: Caller,
  ): Promise<GraphQLResponse<T>>;
  /** The headers that make a request to the endpoint come from a caller. */
  headersOf(caller: Caller): Promise<Record<string, string>>;
  /** Stops one subgraph; the others and the gateway keep running. */
  stopSubgraph(name: DomainName): Promise<void>;
  /**
   * Stops a subgraph (if it runs) and starts it again on the same port, so the gateway and the other
   * subgraphs reach it as before. `consumer` overrides whether it consumes other domains' events.
   */
  restartSubgraph(name: DomainName, options?: { consumer?: boolean }): Promise<void>;
  /** Stops everything, newest first. */
  stop(): Promise<void>;
}

/** Payment first: the others consume its events. Then bank-sync, which workflow asks about customers and loans. */
const START_ORDER: readonly DomainName[] = ['payment', 'bank-sync', 'workflow'];

type Running = Partial<SubgraphServers>;
type Starters = { [N in DomainName]: (port: number, consumer: boolean) => Promise<SubgraphServers[N]> };

/**
 * The real system in-process over one database: migrated and seeded as its owner, the subgraphs asked for (in
 * START_ORDER) each connected as its domain's role, then the gateway, all on ephemeral ports, every SQL
 * statement counted per subgraph.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const disposal = new DisposalStack();
  return disposal.setUp(async () => {
    const { databaseUrl } = options;
    const identity = await stackIdentity(options.keys);
    await migrateAll(databaseUrl);
    await grantDomainRoles(databaseUrl, { passwords: options.rolePasswords, keepExistingPasswords: true });
    const roleUrls = domainDatabaseUrls(databaseUrl, options.rolePasswords);
    if (options.demo) await seedAll({ url: databaseUrl, statementTimeoutMs: 0 }, options.demo);
    const wanted = new Set(options.subgraphs ?? domainNames);
    const statements = createStatementLog();
    const syncInboxDir = options.syncInboxDir ?? (await mkdtemp(join(tmpdir(), 'collexis-inbox-')));
    if (!options.syncInboxDir) disposal.defer(() => rm(syncInboxDir, { recursive: true, force: true }));

    const urls: Partial<Record<DomainName, string>> = {};
    const ports: Partial<Record<DomainName, number>> = {};
    const running: Running = {};
    const database = (name: DomainName) => ({ url: roleUrls[name], onQuery: () => statements.record(name) });
    const logger = options.loggerFor;
    const paymentUrlFor = (consumer: boolean) => (consumer ? urls.payment : undefined);
    const starters: Starters = {
      payment: (port) =>
        domains.payment.start({
          port,
          database: database('payment'),
          identity: identity.subgraphs,
          logger: logger?.('payment'),
        }),
      'bank-sync': (port, consumer) =>
        domains['bank-sync'].start({
          port,
          database: database('bank-sync'),
          identity: identity.subgraphs,
          paymentUrl: paymentUrlFor(consumer),
          syncInboxDir,
          logger: logger?.('bank-sync'),
        }),
      workflow: (port, consumer) =>
        domains.workflow.start({
          port,
          database: database('workflow'),
          identity: identity.subgraphs,
          bankSyncUrl: urls['bank-sync'],
          paymentUrl: paymentUrlFor(consumer),
          syncConsumer: consumer,
          logger: logger?.('workflow'),
        }),
    };
    const consumes = (name: DomainName) => {
      if (name === 'payment' || !wanted.has('payment')) return false;
      const consumers = options.consumers ?? true;
      return typeof consumers === 'boolean' ? consumers : consumers.includes(name);
    };
    const startSubgraph = async <N extends DomainName>(name: N, consumer = consumes(name)) => {
      const server = await starters[name](ports[name] ?? 0, consumer);
      running[name] = server;
      ports[name] = server.port;
      urls[name] = server.url;
    };
    const stopSubgraph = async (name: DomainName) => {
      const server = running[name];
      delete running[name];
      await server?.stop();
    };

    for (const name of START_ORDER) {
      if (!wanted.has(name)) continue;
      // Whichever server runs under this name when the stack stops: restarts replace it.
      disposal.defer(() => stopSubgraph(name));
      await startSubgraph(name);
    }

    let gateway: RunningGateway | null = null;
    const gatewaySettings = options.gateway ?? (wanted.size === domainNames.length ? {} : false);
    if (gatewaySettings) {
      const { 'bank-sync': bankSync, payment, workflow } = urls;
      if (!bankSync || !payment || !workflow) throw new Error('the gateway needs every subgraph running');
      const supergraphSdl = await readSupergraphSdl();
      const start = options.startGateway ?? startGateway;
      gateway = disposal.use(
        await start({
          ...gatewaySettings,
          port: 0,
          supergraphSdl,
          subgraphs: { 'bank-sync': bankSync, payment, workflow },
          auth: identity.gateway,
          logger: logger?.('gateway'),
        }),
      );
    }

    const gatewayOf = () => {
      if (!gateway) throw new Error('this stack runs no gateway');
      return gateway;
    };
    const subgraph = <N extends DomainName>(name: N): SubgraphServers[N] => {
      const server = running[name];
      if (!server) throw new Error(`the ${name} subgraph is not running`);
      return server;
    };
    const endpoint = options.endpoint ?? 'gateway';
    const headersOf = (caller: Caller) =>
      endpoint === 'gateway'
        ? accessTokenHeaders(options.keys, caller)
        : credentialHeaders(options.keys, caller, endpoint);
    return {
      databaseUrl,
      domainDatabaseUrls: roleUrls,
      statements,
      syncInboxDir,
      gateway: gatewayOf,
      subgraph,
      subgraphUrls: () => ({
        'bank-sync': subgraph('bank-sync').url,
        payment: subgraph('payment').url,
        workflow: subgraph('workflow').url,
      }),
      headersOf,
      query: async (query, variables, caller = readerCaller) =>
        postGraphQL(
          endpoint === 'gateway' ? gatewayOf().url : subgraph(endpoint).url,
          query,
          variables,
          await headersOf(caller),
        ),
      stopSubgraph,
      restartSubgraph: async (name, restart = {}) => {
        await stopSubgraph(name);
        await startSubgraph(name, restart.consumer);
      },
      stop: () => disposal.dispose(),
    };
  });
}
