import { ApolloGateway, IntrospectAndCompose, type ServiceMap } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  type AccessTokenVerifierOptions,
  createAccessTokenVerifier,
  createCredentialSigner,
  credentialIssuers,
  type SigningKey,
} from '@collexis/identity';
import { authenticate, bearerToken } from '@collexis/platform/graphql';
import {
  createServer,
  graphqlRequestHandler,
  Health,
  listen,
  type RunningServer,
} from '@collexis/platform/http';
import {
  createServiceObservability,
  type Logger,
  observeRequests,
  requestRecordPlugin,
} from '@collexis/platform/observability';
import { webAssets } from '@collexis/web';
import { stockLoadableManager, stockLoadableSupergraph } from './authorization/stock-supergraph';
import type { ExecutorMismatch } from './execution/differential-executor';
import { ExecutionGateway, type ExecutorName } from './execution/execution-gateway';
import { clientFacingError } from './execution/subgraph-errors';
import { type RequestLimits, requestLimits, subscribeLimits } from './limits';
import { GatewayMetrics } from './observability/metrics';
import { gatewayReadiness } from './readiness';
import {
  createSubgraphClient,
  createSubgraphDataSource,
  createSubgraphIdentity,
  type GatewayContext,
  type SubgraphClient,
  type SubgraphTransport,
} from './subgraph-client';
import { resolveSubgraphEndpoints, type SubgraphUrls } from './subgraph-endpoints';
import type { SubscriptionLimits } from './subscriptions/limits';
import { SubscriptionPlanner } from './subscriptions/plan';
import { attachSubscriptionServer, type SubscriptionServer } from './subscriptions/subscription-server';
import { withWebPages } from './web/web-routes';

export interface GatewayOptions {
  /** 0 picks a free port. */
  port: number;
  /** @default '127.0.0.1' */
  host?: string;
  /**
   * Where subgraphs answer, by subgraph name (as in the supergraph's `join__graph(name:)`), replacing the
   * URLs written in the supergraph; a name the supergraph does not have is refused. Without `supergraphSdl`
   * it is the whole list of subgraphs to compose from. @default {} (the supergraph's URLs)
   */
  subgraphs?: SubgraphUrls;
  /**
   * The composed supergraph (schema/supergraph.graphql, or any other). When absent the gateway composes from
   * the running subgraphs named in `subgraphs`, which is for development only.
   */
  supergraphSdl?: string;
  /**
   * Milliseconds a subgraph may take to connect, to start its answer, or between two parts of its body; past
   * it the fields it was asked for are null with a SUBGRAPH_TIMEOUT error. @default 30000
   */
  subgraphTimeoutMs?: number;
  /** Events one subscription client may fall behind before it is disconnected (close code 4429). @default 1000 */
  subscriptionQueueLimit?: number;
  /**
   * What one graphql-ws client may hold: subscriptions per socket, sockets per caller, and how far behind the
   * newest event a cursor may replay from (docs/subscriptions.md). @default defaultSubscriptionLimits
   */
  subscriptionLimits?: Partial<SubscriptionLimits>;
  /**
   * The query-plan executor (decision 0016): ours, @apollo/gateway's, or ours checked against the stock one
   * on every request, which the test suite runs. @default 'collexis'
   */
  executor?: ExecutorName;
  /** With our executor, identical query fetches in flight share one subgraph exchange. @default true */
  shareInflightFetches?: boolean;
  /** What one request may ask: body size, tokens, depth, cost by role, ... (decision 0020). @default defaultRequestLimits */
  limits?: Partial<RequestLimits>;
  /**
   * Who may call (decision 0019): the access tokens it accepts (`Authorization: Bearer` over HTTP, `authorization`
   * in graphql-ws's connection_init), and the key it signs each subgraph's credential with.
   */
  auth: GatewayAuth;
  /**
   * Bundles the IDE's and the board's assets right after start rather than on the first page request, which
   * then waits for the build (seconds, once per version of their sources on this disk). @default false
   */
  buildWebPagesAtStart?: boolean;
  /** Where it logs (JSON lines: one access line per request, errors without data). @default nowhere */
  logger?: Logger;
}

export interface GatewayAuth {
  /** Where the verification keys come from, and the issuer and audience a token must name. */
  tokens: AccessTokenVerifierOptions;
  /** The gateway's private key: only it can produce the credentials subgraphs accept from it. */
  credentialKey: SigningKey;
}

function createApolloGateway(
  options: GatewayOptions,
  client: SubgraphClient,
  serviceMap: ServiceMap,
): ApolloGateway {
  const buildService = ({ name }: { name: string }) => {
    const dataSource = serviceMap[name];
    if (!dataSource) throw new Error(`the supergraph has no subgraph named ${name}`);
    return dataSource;
  };
  if (options.supergraphSdl) {
    return new ApolloGateway({ supergraphSdl: stockLoadableSupergraph(options.supergraphSdl), buildService });
  }
  return new ApolloGateway({
    supergraphSdl: stockLoadableManager(
      new IntrospectAndCompose({ subgraphs: [...client.endpoints].map(([name, url]) => ({ name, url })) }),
    ),
    buildService,
  });
}

export interface RunningGateway extends RunningServer {
  subscriptions: SubscriptionServer;
  /** Differences the differential executor found, oldest first (always empty with the other executors). */
  executorMismatches: readonly ExecutorMismatch[];
}

/**
 * Starts the federated gateway over any supergraph: queries and mutations over HTTP and subscriptions over
 * graphql-ws, both on /graphql; every subgraph fetch goes through one subgraph client. `stop` turns
 * readiness red, closes subscriptions with 1012, lets in-flight requests finish, stops the gateway and closes
 * the client's sockets.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  // A bank's network is closed and its data must not leave it: the gateway never reports usage.
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  const endpoints = resolveSubgraphEndpoints(options.supergraphSdl, options.subgraphs);
  const tokens = createAccessTokenVerifier(options.auth.tokens);
  const identity = createSubgraphIdentity(
    createCredentialSigner({ key: options.auth.credentialKey, issuer: credentialIssuers.gateway }),
  );
  const observability = createServiceObservability('gateway', { logger: options.logger });
  const { logger } = observability;
  const metrics = new GatewayMetrics(observability.metrics.registry);
  const client = createSubgraphClient({
    endpoints,
    identity,
    timeoutMs: options.subgraphTimeoutMs,
    onFetch: (subgraph, outcome, seconds) => metrics.fetched(subgraph, outcome, seconds),
  });
  const dataSource = (subgraph: string, send: SubgraphTransport) => {
    const url = endpoints.get(subgraph);
    if (!url) throw new Error(`the supergraph has no subgraph named ${subgraph}`);
    return createSubgraphDataSource(send, identity, subgraph, url);
  };
  const serviceMap: ServiceMap = Object.fromEntries(
    [...endpoints.keys()].map((name) => [name, dataSource(name, client.send)]),
  );
  const httpServer = createServer();
  const executorMismatches: ExecutorMismatch[] = [];
  let planner: SubscriptionPlanner | null = null;
  const gateway = new ExecutionGateway(createApolloGateway(options, client, serviceMap), {
    onPlanning: (planning) => {
      planner = new SubscriptionPlanner(planning);
    },
    executor: options.executor ?? 'collexis',
    shareInflight: options.shareInflightFetches ?? true,
    transport: client.send,
    identity,
    subgraphNames: [...endpoints.keys()],
    dataSource,
    onMismatch: (mismatch) => {
      executorMismatches.push(mismatch);
      // The answers themselves hold customer data: the client (a test) gets them in the EXECUTOR_MISMATCH error.
      logger.error({ operation: mismatch.operationName }, 'executor mismatch');
    },
  });
  const subscriptions = attachSubscriptionServer({
    httpServer,
    queueLimit: options.subscriptionQueueLimit,
    limits: options.subscriptionLimits,
    requestLimits: subscribeLimits(options.limits),
    planner: () => {
      if (!planner) throw new Error('the supergraph is not loaded yet');
      return planner;
    },
    client,
    serviceMap,
    tokens,
    metrics,
  });
  metrics.observeSubscriptions(subscriptions.stats, subscriptions.connections);
  const limits = requestLimits(options.limits);
  const health = new Health(gatewayReadiness(() => planner !== null, endpoints));
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      { serverWillStart: async () => ({ drainServer: () => subscriptions.dispose() }) },
      limits.plugin,
      requestRecordPlugin(),
    ],
    ...limits.apolloOptions,
    // runService owns the signals: readiness red first, then this server's stop (Apollo's own handler races it).
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: clientFacingError(endpoints, logger),
  });
  await apollo.start();
  httpServer.on(
    'request',
    observeRequests(
      observability,
      withWebPages(
        graphqlRequestHandler({
          apollo,
          health,
          maxBodyBytes: limits.maxBodyBytes,
          context: async (req) => ({ viewer: await authenticate(tokens, bearerToken(req)) }),
        }),
      ),
    ),
  );
  if (options.buildWebPagesAtStart) {
    webAssets().catch((error: unknown) => logger.error({ err: error }, 'the web pages could not be built'));
  }
  const { url, port } = await listen(httpServer, options.port, options.host);
  return {
    url,
    port,
    subscriptions,
    executorMismatches,
    stop: async () => {
      health.drain();
      await apollo.stop();
      await client.close();
    },
  };
}
