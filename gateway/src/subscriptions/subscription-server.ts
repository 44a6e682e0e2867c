import type { Server } from 'node:http';
import type { ServiceMap } from '@apollo/gateway';
import type { TokenVerifier } from '@collexis/platform/graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { SubgraphClient } from '../subgraph-client';
import { GatewayCloseCode } from './close-codes';
import { ConnectionCallers } from './connection-auth';
import { connectionContext, isSubscriptionContext, type SubscriptionContext } from './connection-context';
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
}

export interface SubscriptionServer {
  /** Shared upstream subscriptions open now, and the clients they serve. */
  stats(): { upstreams: number; subscribers: number };
  dispose(): Promise<void>;
}

/** Hands a client subscription its share of a stream; a client that falls too far behind is disconnected. */
function deliver(stream: SharedSubscription, after: bigint | null, context: SubscriptionContext) {
  return stream.subscribe(after, {
    socket: context.socket,
    subscriptionId: context.subscriptionId,
    // A close reason is limited to 123 bytes by the WebSocket protocol.
    onOverflow: (error) => context.closeSocket(GatewayCloseCode.SlowConsumer, error.message.slice(0, 120)),
  });
}

/**
 * Serves federated subscriptions on the gateway's own /graphql: plans each operation, subscribes upstream
 * once per distinct stream over graphql-ws, resolves the rest of each event through the query-plan
 * executor, and fans the result out to every client of that stream.
 */
export function attachSubscriptionServer(options: SubscriptionServerOptions): SubscriptionServer {
  const registry = new StreamRegistry({
    client: options.client,
    serviceMap: options.serviceMap,
    queueLimit: options.queueLimit ?? 1_000,
    historyLimit: options.historyLimit ?? 1_000,
  });
  const wsServer = new WebSocketServer({ server: options.httpServer, path: '/graphql' });
  const callers = new ConnectionCallers(options.tokens);
  const cleanup = useServer<Record<string, unknown>>(
    {
      onConnect: callers.onConnect,
      context: (ctx, id) => connectionContext(ctx, id, callers.callerOf(ctx.extra.socket)),
      onSubscribe: (_ctx, _id, payload) =>
        checkSubscribe(options.planner().planning.apiGraphQLSchema, payload),
      subscribe: async (args) => {
        const context = args.contextValue;
        if (!isSubscriptionContext(context)) throw new Error('subscription context missing');
        const request = resolveStreamRequest(args, options.planner(), context.viewer);
        return deliver(await registry.join(request, context), request.after, context);
      },
    },
    wsServer,
  );
  return {
    stats: () => registry.stats(),
    dispose: async () => {
      await cleanup.dispose();
    },
  };
}
