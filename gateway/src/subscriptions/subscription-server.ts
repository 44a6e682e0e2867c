import type { Server } from 'node:http';
import type { ServiceMap } from '@apollo/gateway';
import type { TokenVerifier } from '@collexis/platform/graphql';
import { ServiceRestartCloseCode } from '@collexis/platform/http';
import { GraphQLError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { authorizeSubscription } from '../authorization/authorize-subscription';
import { type SubscribeLimits, subscribeLimits } from '../limits';
import type { SubscriptionMetrics } from '../observability/metrics';
import type { SubgraphClient } from '../subgraph-client';
import { absorbClientProtocolErrors } from './client-protocol-errors';
import { GatewayCloseCode } from './close-codes';
import { ConnectionCallers } from './connection-auth';
import {
  type ConnectionContext,
  connectionContext,
  isSubscriptionContext,
  type SubscriptionContext,
} from './connection-context';
import { CallerConnections, SubscriptionSlots } from './connection-limits';
import { resolveSubscriptionLimits, type SubscriptionLimits } from './limits';
import type { SubscriptionPlanner } from './plan';
import type { SharedSubscription } from './shared-subscription';
import { StreamRegistry } from './stream-registry';
import { checkSubscribe, resolveStreamRequest } from './subscribe-request';

export interface SubscriptionServerOptions {
  httpServer: Server;
  /** The planner of the supergraph currently served. */
  planner: () => SubscriptionPlanner;
  /** The gateway's subgraph client: where each subgraph answers, and the head lookups. */
  client: SubgraphClient;
  /** Stock data sources by subgraph name, over the client, for each event's follow-up fetches. */
  serviceMap: ServiceMap;
  /** Verifies the token each connection sends as `authorization` in its connection_init. */
  tokens: TokenVerifier;
  /** Events one client may fall behind before it is disconnected. @default 1000 */
  queueLimit?: number;
  /** Resolved events a shared stream keeps for clients that resume from a recent cursor. @default 1000 */
  historyLimit?: number;
  /** Subscriptions per socket, sockets per caller, how far back a cursor replays. @default defaultSubscriptionLimits */
  limits?: Partial<SubscriptionLimits>;
  /** The request limits (decision 0020) each subscribe message is held to. @default subscribeLimits() */
  requestLimits?: SubscribeLimits;
  /** Told of each event sent and each slow client cut off. @default nothing */
  metrics?: SubscriptionMetrics;
}

export interface SubscriptionServer {
  /** Shared upstream subscriptions open now, and the clients they serve. */
  stats(): { upstreams: number; subscribers: number };
  /** graphql-ws sockets open now. */
  connections(): number;
  dispose(): Promise<void>;
}

/** Hands a client subscription its share of a stream; a client that falls too far behind is disconnected. */
function deliver(
  stream: SharedSubscription,
  after: bigint | null,
  context: SubscriptionContext,
  metrics: SubscriptionMetrics | undefined,
) {
  const { socket } = context;
  return stream.subscribe(after, {
    socket: metrics
      ? {
          send: (message, sent) => {
            metrics.delivered();
            socket.send(message, sent);
          },
          isOpen: () => socket.isOpen(),
          cork: () => socket.cork(),
          uncork: () => socket.uncork(),
        }
      : socket,
    subscriptionId: context.subscriptionId,
    onOverflow: (error) => {
      metrics?.slowClientCut();
      // A close reason is limited to 123 bytes by the WebSocket protocol.
      context.closeSocket(GatewayCloseCode.SlowConsumer, error.message.slice(0, 120));
    },
  });
}

/** Admits a connection at connection_init, or closes it with 4008 when its caller has too many open. */
function admit(callers: CallerConnections, ctx: ConnectionContext, callerId: string): boolean {
  const refusal = callers.admit(ctx, callerId);
  if (!refusal) return true;
  ctx.extra.socket.close(GatewayCloseCode.TooManyConnections, refusal.message);
  return false;
}

/** The source stream of a subscription that could not start: graphql-ws answers it with an `error` message. */
function failedStream(error: GraphQLError): AsyncIterableIterator<never> {
  return {
    next: () => Promise.reject(error),
    return: () => Promise.resolve({ value: undefined, done: true }),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * Serves federated subscriptions on the gateway's own /graphql: plans each operation, subscribes upstream
 * once per distinct stream over graphql-ws, resolves the rest of each event through the query-plan
 * executor, and fans the result out to every client of that stream.
 */
export function attachSubscriptionServer(options: SubscriptionServerOptions): SubscriptionServer {
  const limits = resolveSubscriptionLimits(options.limits);
  const registry = new StreamRegistry({
    client: options.client,
    serviceMap: options.serviceMap,
    queueLimit: options.queueLimit ?? 1_000,
    historyLimit: options.historyLimit ?? 1_000,
    maxReplayEvents: limits.maxReplayEvents,
  });
  const callers = new CallerConnections(limits.maxConnectionsPerCaller);
  const slots = new SubscriptionSlots(limits.maxSubscriptionsPerConnection);
  const requestLimits = options.requestLimits ?? subscribeLimits();
  const wsServer = new WebSocketServer({
    server: options.httpServer,
    path: '/graphql',
    maxPayload: requestLimits.maxMessageBytes,
  });
  absorbClientProtocolErrors(wsServer);
  const verified = new ConnectionCallers(options.tokens);
  const cleanup = useServer<Record<string, unknown>>(
    {
      context: (ctx, id) => connectionContext(ctx, id, verified.callerOf(ctx.extra.socket)),
      onConnect: async (ctx) =>
        (await verified.onConnect(ctx)) && admit(callers, ctx, verified.callerOf(ctx.extra.socket).id),
      onClose: (ctx) => callers.release(ctx),
      onSubscribe: (ctx, id, payload) => {
        // Before anything is parsed: a refused subscribe costs nothing.
        const refusal = slots.refuse(ctx, id);
        if (refusal) return [refusal];
        const schema = options.planner().planning.apiGraphQLSchema;
        const checked = checkSubscribe(schema, payload, requestLimits);
        if ('document' in checked) slots.hold(ctx, id);
        return checked;
      },
      subscribe: async (args) => {
        const context = args.contextValue;
        if (!isSubscriptionContext(context)) throw new Error('subscription context missing');
        try {
          const planner = options.planner();
          const authorized = authorizeSubscription(planner.planning.access, context.viewer, args);
          if (authorized instanceof GraphQLError) return failedStream(authorized);
          const request = resolveStreamRequest(authorized, planner, context.viewer);
          return deliver(await registry.join(request, context), request.after, context, options.metrics);
        } catch (error) {
          // A subscription that cannot start (a bad or expired cursor, no head upstream) fails alone.
          if (error instanceof GraphQLError) return failedStream(error);
          throw error;
        }
      },
    },
    wsServer,
  );
  return {
    stats: () => registry.stats(),
    connections: () => wsServer.clients.size,
    dispose: async () => {
      // 1012 rather than graphql-ws's 1001: clients reconnect and resume with their last cursor.
      for (const socket of wsServer.clients) socket.close(ServiceRestartCloseCode, 'service restart');
      await cleanup.dispose();
    },
  };
}
