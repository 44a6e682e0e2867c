import type { IncomingMessage } from 'node:http';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { DocumentNode, GraphQLFormattedError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { isDatabaseUnavailable } from '../db/unavailable';
import { authenticate, type TokenVerifier } from '../graphql/authentication';
import { anonymousViewer, bearerToken, connectionToken, type Viewer } from '../graphql/viewer';
import { Health, type ReadinessCheck, ServiceRestartCloseCode } from '../http/health';
import { createServer, graphqlRequestHandler, listen, type RunningServer } from '../http/server';
import {
  createServiceObservability,
  type Logger,
  observeRequests,
  requestRecordPlugin,
  type ServiceObservability,
} from '../observability';
import { enforceAccess } from './access';
import { subscribePipelined } from './pipelined-subscribe';

export interface SubscriptionOptions<TContext> {
  /** Builds the context of one graphql-ws subscription for the caller its connection's credential proved. */
  context: (viewer: Viewer, request: IncomingMessage) => Promise<TContext>;
}

export interface SubgraphServerOptions<TContext extends BaseContext> {
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<TContext>;
  /** Builds a request's context for the caller its credential proved. */
  context: (viewer: Viewer, req: IncomingMessage) => Promise<TContext>;
  /**
   * Verifies the credential every GraphQL request carries (`Authorization: Bearer`, or `authorization` in a
   * graphql-ws connection_init): signed by the gateway or a service, for this subgraph. Requests without a
   * valid one get UNAUTHENTICATED (HTTP 401) and reach no resolver; health endpoints stay open.
   */
  credentials: TokenVerifier;
  /** What /health/ready checks: a domain's database and migrations (`databaseReadiness`). @default nothing */
  readiness?: ReadinessCheck;
  /** 0 picks a free port. */
  port: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** Serve `graphql-ws` subscriptions on the same port and path (/graphql). @default none */
  subscriptions?: SubscriptionOptions<TContext>;
  /** Its logger and metrics (/metrics, access lines). @default metrics of its own, no logs */
  observability?: ServiceObservability;
}

/** `extensions.code` of a field that failed because the database was unreachable or did not answer in time. */
export const DatabaseUnavailableCode = 'DATABASE_UNAVAILABLE';

/**
 * Errors we raise on purpose carry a code and a message meant for the client. A database that cannot be
 * used becomes DATABASE_UNAVAILABLE (worth retrying). Anything else (a failed SQL statement, a bug) is logged
 * here, through the logger's safe error serializer, and reaches the client only as "internal error": its
 * message may hold SQL, parameters or other data.
 */
export const maskInternalErrors =
  (logger: Logger) =>
  (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
    const path = formatted.path ? { path: formatted.path } : {};
    const cause = unwrapResolverError(error);
    if (isDatabaseUnavailable(cause)) {
      return {
        message: 'the database is unavailable or did not answer in time; retry later',
        ...path,
        extensions: { code: DatabaseUnavailableCode },
      };
    }
    logger.error({ err: cause, path: formatted.path }, 'internal error');
    return { message: 'Internal server error', ...path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };

/**
 * Builds and starts one Apollo subgraph over node:http; `stop` turns readiness red, closes subscriptions with
 * 1012, stops accepting connections, lets in-flight requests finish (10 s at most) and closes the port.
 */
export async function startSubgraphServer<TContext extends BaseContext>(
  options: SubgraphServerOptions<TContext>,
): Promise<RunningServer> {
  const observability = options.observability ?? createServiceObservability('subgraph');
  const httpServer = createServer();
  const health = new Health(options.readiness);
  const schema = enforceAccess(
    buildSubgraphSchema({
      typeDefs: options.typeDefs,
      // buildSubgraphSchema types resolvers for an unknown context; ours all receive TContext.
      resolvers: options.resolvers as GraphQLResolverMap<unknown>,
    }),
    options.typeDefs,
  );
  const plugins: ApolloServerPlugin<TContext>[] = [
    ApolloServerPluginDrainHttpServer({ httpServer }),
    ApolloServerPluginLandingPageDisabled(),
    // Traces would only go to Apollo's cloud, which a bank's closed network never reaches.
    ApolloServerPluginInlineTraceDisabled(),
    // No field has a cache hint and the gateway sets its own policy, while the hint bookkeeping wrapped every
    // resolver of every request: an eighth of bank-sync's allocation under Customer 360 (bench/README.md).
    ApolloServerPluginCacheControlDisabled(),
    requestRecordPlugin(),
  ];
  const subscriptions = options.subscriptions;
  if (subscriptions) {
    const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
    const viewers = new WeakMap<object, Viewer>();
    const cleanup = useServer(
      {
        schema,
        subscribe: subscribePipelined,
        onConnect: async (ctx) => {
          try {
            viewers.set(
              ctx.extra.socket,
              await authenticate(options.credentials, connectionToken(ctx.connectionParams)),
            );
            return true;
          } catch {
            return false;
          }
        },
        context: (ctx) =>
          subscriptions.context(viewers.get(ctx.extra.socket) ?? anonymousViewer, ctx.extra.request),
      },
      wsServer,
    );
    plugins.push({
      serverWillStart: async () => ({
        drainServer: async () => {
          for (const socket of wsServer.clients) socket.close(ServiceRestartCloseCode, 'service restart');
          await cleanup.dispose();
        },
      }),
    });
  }
  const apollo = new ApolloServer<TContext>({
    schema,
    plugins,
    // runService owns the signals: readiness red first, then this server's stop (Apollo's own handler races it).
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: maskInternalErrors(observability.logger),
  });
  await apollo.start();
  httpServer.on(
    'request',
    observeRequests(
      observability,
      graphqlRequestHandler({
        apollo,
        health,
        context: async (req) =>
          options.context(await authenticate(options.credentials, bearerToken(req)), req),
      }),
    ),
  );
  const { url, port } = await listen(httpServer, options.port, options.host);
  return {
    url,
    port,
    stop: () => {
      health.drain();
      return apollo.stop();
    },
  };
}
