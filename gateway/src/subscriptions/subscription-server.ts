import type { IncomingMessage, Server } from 'node:http';
import type { ServiceMap } from '@apollo/gateway';
import { type Viewer, viewerFromRequest } from '@collexis/platform';
import { type DocumentNode, GraphQLError, Kind, parse, print, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { GatewayCloseCode } from './close-codes';
import { createEventExecutor } from './event-executor';
import type { SubscriptionPlanner } from './plan';
import { SharedSubscription } from './shared-subscription';
import { UpstreamSubscription } from './upstream';
import { prepareUpstreamOperation } from './upstream-operation';

export interface SubscriptionServerOptions {
  httpServer: Server;
  /** The planner of the supergraph currently served. */
  planner: () => SubscriptionPlanner;
  /** Data sources by subgraph name, as the gateway uses them for queries. */
  serviceMap: () => ServiceMap;
  /** graphql-ws URL of each subgraph. */
  subscriptionUrl: (subgraph: string) => string;
  /** Events one client may fall behind before it is disconnected. @default 1000 */
  queueLimit?: number;
}

export interface SubscriptionServer {
  /** Shared upstream subscriptions open now, and the clients they serve. */
  stats(): { upstreams: number; subscribers: number };
  dispose(): Promise<void>;
}

interface SubscriptionContext {
  viewer: Viewer;
  connectionParams: Record<string, unknown>;
  /** Closes this client's socket (every subscription on it). */
  closeSocket: (code: number, reason: string) => void;
  [key: string]: unknown;
}

function viewerFor(request: IncomingMessage, connectionParams: Record<string, unknown>): Viewer {
  const fromParams = connectionParams.viewer;
  if (fromParams && typeof fromParams === 'object') {
    const id = Reflect.get(fromParams, 'id');
    const roles = Reflect.get(fromParams, 'roles');
    if (typeof id === 'string' && id) {
      return {
        id,
        roles: Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [],
      };
    }
  }
  return viewerFromRequest(request);
}

/** Identity of a shareable stream: same operation, variables and authorisation scope. */
function streamKey(
  document: DocumentNode,
  operationName: string | undefined,
  variables: unknown,
  viewer: Viewer,
) {
  return JSON.stringify([print(document), operationName ?? null, variables ?? {}, [...viewer.roles].sort()]);
}

/**
 * Serves federated subscriptions on the gateway's own /graphql: plans each operation, subscribes upstream
 * once per distinct stream over graphql-ws, resolves the rest of each event through the query-plan
 * executor, and fans the result out to every client of that stream.
 */
export function attachSubscriptionServer(options: SubscriptionServerOptions): SubscriptionServer {
  const streams = new Map<string, SharedSubscription>();
  const wsServer = new WebSocketServer({ server: options.httpServer, path: '/graphql' });
  const queueLimit = options.queueLimit ?? 1_000;

  const cleanup = useServer<Record<string, unknown>>(
    {
      context: (ctx): SubscriptionContext => {
        const connectionParams = ctx.connectionParams ?? {};
        return {
          viewer: viewerFor(ctx.extra.request, connectionParams),
          connectionParams,
          closeSocket: (code, reason) => ctx.extra.socket.close(code, reason),
        };
      },
      onSubscribe: (_ctx, _id, payload) => {
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('query does not parse')];
        }
        const schema = options.planner().apiSchema.toGraphQLJSSchema();
        const errors = validate(schema, document);
        if (errors.length > 0) return errors;
        const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
        if (operation?.kind !== Kind.OPERATION_DEFINITION || operation.operation !== 'subscription') {
          return [
            new GraphQLError(
              'only subscriptions are served over WebSocket; send queries and mutations over HTTP',
            ),
          ];
        }
        return {
          schema,
          document,
          operationName: payload.operationName ?? undefined,
          variableValues: payload.variables ?? {},
        };
      },
      subscribe: (args) => {
        const context = args.contextValue as SubscriptionContext;
        const variables = (args.variableValues ?? {}) as Record<string, unknown>;
        const operationName = args.operationName ?? undefined;
        const key = streamKey(args.document, operationName, variables, context.viewer);
        let stream = streams.get(key);
        if (!stream) {
          const planner = options.planner();
          const planned = planner.plan(args.document, operationName);
          const upstreamOperation = prepareUpstreamOperation(planned.node.primary, variables);
          const execute = createEventExecutor({
            planner,
            planned,
            serviceMap: options.serviceMap(),
            variables,
            context: { viewer: context.viewer },
            source: print(args.document),
          });
          stream = new SharedSubscription({
            queueLimit,
            startUpstream: (deliver, fail) => {
              const upstream = new UpstreamSubscription({
                url: options.subscriptionUrl(planned.node.primary.serviceName),
                operation: upstreamOperation,
                connectionParams: { ...context.connectionParams, viewer: context.viewer },
                onEvent: deliver,
                onFatal: (errors) => fail(new GraphQLError(errors.map((e) => e.message).join('; '))),
              });
              upstream.start();
              return upstream;
            },
            resolve: (event) => execute(event.data),
            onIdle: () => streams.delete(key),
          });
          streams.set(key, stream);
        }
        // A close reason is limited to 123 bytes by the WebSocket protocol.
        return stream.subscribe((error) =>
          context.closeSocket(GatewayCloseCode.SlowConsumer, error.message.slice(0, 120)),
        );
      },
    },
    wsServer,
  );

  return {
    stats: () => ({
      upstreams: streams.size,
      subscribers: [...streams.values()].reduce((sum, stream) => sum + stream.size, 0),
    }),
    dispose: async () => {
      await cleanup.dispose();
    },
  };
}
