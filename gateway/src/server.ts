import {
  ApolloGateway,
  type GraphQLDataSource,
  type GraphQLDataSourceProcessOptions,
  IntrospectAndCompose,
  RemoteGraphQLDataSource,
} from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { type Viewer, ViewerHeader, viewerFromRequest } from '@collexis/platform/graphql';
import { createServer, graphqlRequestHandler, listen, type RunningServer } from '@collexis/platform/http';
import type { ExecutorMismatch } from './execution/differential-executor';
import { ExecutionGateway, type ExecutorName } from './execution/execution-gateway';
import { clientFacingError } from './execution/subgraph-errors';
import { type RequestLimits, requestLimits } from './limits';
import { isSubgraphName, type SubgraphEndpoints, subgraphNames } from './subgraph-endpoints';
import { passingGraphQL400, subgraphFetcher } from './subgraph-fetcher';
import { SubscriptionPlanner } from './subscriptions/plan';
import { attachSubscriptionServer, type SubscriptionServer } from './subscriptions/subscription-server';

// A bank's network is closed and its data must not leave it: the gateway never reports usage.
process.env.APOLLO_TELEMETRY_DISABLED = '1';

export interface GatewayOptions {
  /** 0 picks a free port. */
  port: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** Where the subgraphs answer; overrides the URLs written in the supergraph. */
  subgraphs: SubgraphEndpoints;
  /**
   * The composed supergraph (schema/supergraph.graphql). When absent the gateway composes from the
   * running subgraphs' SDL, which is for development only.
   */
  supergraphSdl?: string;
  /** Events one subscription client may fall behind before it is disconnected (close code 4429). @default 1000 */
  subscriptionQueueLimit?: number;
  /**
   * The query-plan executor (decision 0016): ours, @apollo/gateway's, or ours checked against the stock one
   * on every request, which the test suite runs. @default 'collexis'
   */
  executor?: ExecutorName;
  /** With our executor, identical query fetches in flight share one subgraph exchange. @default true */
  shareInflightFetches?: boolean;
  /** What one request may ask: body size, tokens, depth, cost by role, ... (decision 0020). @default defaultRequestLimits */
  limits?: Partial<RequestLimits>;
}

export interface GatewayContext {
  viewer: Viewer;
}

/** Sends each subgraph request with the caller's identity, which subgraphs record and authorise against. */
class ViewerForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    if (!('viewer' in context) || !context.viewer) return;
    request.http?.headers.set(ViewerHeader.id, context.viewer.id);
    request.http?.headers.set(ViewerHeader.roles, context.viewer.roles.join(','));
  }
}

function createApolloGateway(
  options: GatewayOptions,
  dataSources: Map<string, GraphQLDataSource>,
): ApolloGateway {
  const buildService = ({ name, url }: { name: string; url?: string }) => {
    const dataSource = new ViewerForwardingDataSource({
      url: isSubgraphName(name) ? options.subgraphs[name] : url,
      fetcher: subgraphFetcher,
    });
    dataSources.set(name, dataSource);
    return dataSource;
  };
  if (options.supergraphSdl) return new ApolloGateway({ supergraphSdl: options.supergraphSdl, buildService });
  return new ApolloGateway({
    supergraphSdl: new IntrospectAndCompose({
      subgraphs: subgraphNames.map((name) => ({ name, url: options.subgraphs[name] })),
    }),
    buildService,
  });
}

export interface RunningGateway extends RunningServer {
  subscriptions: SubscriptionServer;
  /** Differences the differential executor found, oldest first (always empty with the other executors). */
  executorMismatches: readonly ExecutorMismatch[];
}

/**
 * Starts the federated gateway: queries and mutations over HTTP and subscriptions over graphql-ws, both on
 * /graphql; `stop` drains requests and sockets and stops the gateway.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const httpServer = createServer();
  const dataSources = new Map<string, GraphQLDataSource>();
  const apolloGateway = createApolloGateway(options, dataSources);
  const executorMismatches: ExecutorMismatch[] = [];
  const subgraphUrl = (subgraph: string) => {
    if (!isSubgraphName(subgraph)) throw new Error(`unknown subgraph ${subgraph}`);
    return options.subgraphs[subgraph];
  };
  let planner: SubscriptionPlanner | null = null;
  const gateway = new ExecutionGateway(apolloGateway, {
    onPlanning: (planning) => {
      planner = new SubscriptionPlanner(planning);
    },
    executor: options.executor ?? 'collexis',
    shareInflight: options.shareInflightFetches ?? true,
    subgraphNames,
    subgraphUrl,
    dataSource: (subgraph, fetcher) =>
      new ViewerForwardingDataSource({ url: subgraphUrl(subgraph), fetcher: passingGraphQL400(fetcher) }),
    onMismatch: (mismatch) => {
      executorMismatches.push(mismatch);
      console.error(
        `executor mismatch on ${mismatch.operationName ?? 'an anonymous operation'}: ${JSON.stringify(mismatch)}`,
      );
    },
  });
  const subscriptions = attachSubscriptionServer({
    httpServer,
    queueLimit: options.subscriptionQueueLimit,
    planner: () => {
      if (!planner) throw new Error('the supergraph is not loaded yet');
      return planner;
    },
    serviceMap: () => Object.fromEntries(dataSources),
    subgraphUrl,
  });
  const limits = requestLimits(options.limits);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      { serverWillStart: async () => ({ drainServer: () => subscriptions.dispose() }) },
      limits.plugin,
    ],
    ...limits.apolloOptions,
    includeStacktraceInErrorResponses: false,
    formatError: clientFacingError(options.subgraphs),
  });
  await apollo.start();
  httpServer.on(
    'request',
    graphqlRequestHandler({
      apollo,
      maxBodyBytes: limits.maxBodyBytes,
      context: async (req) => ({ viewer: viewerFromRequest(req) }),
    }),
  );
  const { url, port } = await listen(httpServer, options.port, options.host);
  return { url, port, subscriptions, executorMismatches, stop: () => apollo.stop() };
}
