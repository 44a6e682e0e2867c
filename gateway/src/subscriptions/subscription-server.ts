import type { IncomingMessage, Server } from 'node:http';
import type { ServiceMap } from '@apollo/gateway';
import { type Viewer, viewerFromRequest } from '@collexis/platform/graphql';
import { postGraphQL } from '@collexis/platform/http';
import { type DocumentNode, type ExecutionArgs, GraphQLError, Kind, parse, print, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocket, WebSocketServer } from 'ws';
import type { ClientSocket } from './client-stream';
import { GatewayCloseCode } from './close-codes';
import { EntityFetchBatcher } from './entity-batcher';
import { createEventExecutor } from './event-executor';
import type { PlannedSubscription, SubscriptionPlanner } from './plan';
import { SharedSubscription } from './shared-subscription';
import { UpstreamSubscription } from './upstream';
import { prepareUpstreamOperation, type UpstreamOperation } from './upstream-operation';

export interface SubscriptionServerOptions {
  httpServer: Server;
  /** The planner of the supergraph currently served. */
  planner: () => SubscriptionPlanner;
  /** Data sources by subgraph name, as the gateway uses them for queries. */
  serviceMap: () => ServiceMap;
  /** HTTP URL of a subgraph's /graphql; its graphql-ws endpoint is the same URL over ws. */
  subgraphUrl: (subgraph: string) => string;
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

interface SubscriptionContext {
  viewer: Viewer;
  connectionParams: Record<string, unknown>;
  /** Closes this client's socket (every subscription on it). */
  closeSocket: (code: number, reason: string) => void;
  /** The client's socket, which the stream writes this subscription's results to. */
  socket: ClientSocket;
  /** The id the client gave this subscription. */
  subscriptionId: string;
  [key: string]: unknown;
}

/** What one subscribe resolved once: its stream key, plan, upstream operation and where it resumes. */
interface StreamRequest {
  key: string;
  planner: SubscriptionPlanner;
  planned: PlannedSubscription;
  upstreamOperation: UpstreamOperation;
  variables: Record<string, unknown>;
  after: bigint | null;
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

function isSubscriptionContext(value: unknown): value is SubscriptionContext {
  return (
    typeof value === 'object' &&
    value !== null &&
    'viewer' in value &&
    'closeSocket' in value &&
    'socket' in value &&
    'subscriptionId' in value
  );
}

function parseCursor(after: string | null): bigint | null {
  if (after === null) return null;
  if (!/^\d{1,19}$/.test(after)) {
    throw new GraphQLError('after is not a cursor this subscription returned', {
      extensions: { code: 'BAD_USER_INPUT', field: 'after' },
    });
  }
  return BigInt(after);
}

/** Identity of a shareable stream: same operation, variables (but the resume cursor) and authorisation scope. */
function streamKey(args: ExecutionArgs, upstream: UpstreamOperation, viewer: Viewer): string {
  const variables = { ...(args.variableValues ?? {}) };
  if (upstream.afterVariable) delete variables[upstream.afterVariable];
  return JSON.stringify([
    print(args.document),
    args.operationName ?? null,
    variables,
    [...viewer.roles].sort(),
  ]);
}

/**
 * Serves federated subscriptions on the gateway's own /graphql: plans each operation, subscribes upstream
 * once per distinct stream over graphql-ws, resolves the rest of each event through the query-plan
 * executor, and fans the result out to every client of that stream.
 */
export function attachSubscriptionServer(options: SubscriptionServerOptions): SubscriptionServer {
  const streams = new Map<string, SharedSubscription[]>();
  const wsServer = new WebSocketServer({ server: options.httpServer, path: '/graphql' });
  const queueLimit = options.queueLimit ?? 1_000;
  const historyLimit = options.historyLimit ?? 1_000;

  /** The newest cursor upstream, by the convention that subscription field `x` has a query field `xHead`. */
  async function headCursor(subgraph: string, rootFieldName: string): Promise<bigint> {
    const field = `${rootFieldName}Head`;
    const response = await postGraphQL<Record<string, unknown>>(
      options.subgraphUrl(subgraph),
      `{ ${field} }`,
    );
    const head = response.data?.[field];
    if (typeof head !== 'string') throw new GraphQLError(`${subgraph} did not tell where its events end`);
    return BigInt(head);
  }

  function removeStream(key: string, stream: SharedSubscription) {
    const remaining = (streams.get(key) ?? []).filter((s) => s !== stream);
    if (remaining.length > 0) streams.set(key, remaining);
    else streams.delete(key);
  }

  async function openStream(request: StreamRequest, args: ExecutionArgs, context: SubscriptionContext) {
    const { key, planner, planned, upstreamOperation, variables, after } = request;
    const primary = planned.node.primary;
    const startAfter = after ?? (await headCursor(primary.serviceName, upstreamOperation.rootFieldName));
    const existing = (streams.get(key) ?? []).find((s) => s.canServe(after));
    if (existing) return existing;
    const execute = createEventExecutor({
      planner,
      planned,
      // One batcher per stream: fetches for events that arrive together go out as one request per subgraph.
      serviceMap: Object.fromEntries(
        Object.entries(options.serviceMap()).map(([name, source]) => [name, new EntityFetchBatcher(source)]),
      ),
      variables,
      context: { viewer: context.viewer },
      source: print(args.document),
    });
    const stream: SharedSubscription = new SharedSubscription({
      startAfter,
      queueLimit,
      historyLimit,
      startUpstream: (from, deliver, fail) => {
        const upstream = new UpstreamSubscription({
          url: options.subgraphUrl(primary.serviceName).replace(/^http/, 'ws'),
          operation: upstreamOperation,
          startAfter: String(from),
          connectionParams: { ...context.connectionParams, viewer: context.viewer },
          onEvent: deliver,
          onFatal: (errors) => fail(new GraphQLError(errors.map((e) => e.message).join('; '))),
        });
        upstream.start();
        return upstream;
      },
      resolve: (event) => execute(event.data),
      onIdle: () => removeStream(key, stream),
    });
    streams.set(key, [...(streams.get(key) ?? []), stream]);
    return stream;
  }

  const cleanup = useServer<Record<string, unknown>>(
    {
      context: (ctx, subscriptionId): SubscriptionContext => {
        const connectionParams = ctx.connectionParams ?? {};
        const { socket, request } = ctx.extra;
        return {
          viewer: viewerFor(ctx.extra.request, connectionParams),
          connectionParams,
          closeSocket: (code, reason) => socket.close(code, reason),
          socket: {
            send: (message, sent) => socket.send(message, sent),
            isOpen: () => socket.readyState === WebSocket.OPEN,
            // The upgraded request's TCP socket is the one the WebSocket writes to.
            cork: () => request.socket.cork(),
            uncork: () => request.socket.uncork(),
          },
          subscriptionId,
        };
      },
      onSubscribe: (_ctx, _id, payload) => {
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('query does not parse')];
        }
        const schema = options.planner().planning.apiGraphQLSchema;
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
      subscribe: async (args) => {
        const context = args.contextValue;
        if (!isSubscriptionContext(context)) throw new Error('subscription context missing');
        const variables = (args.variableValues ?? {}) as Record<string, unknown>;
        const planner = options.planner();
        const planned = planner.plan(args.document, args.operationName ?? undefined);
        const upstreamOperation = prepareUpstreamOperation(planned.node.primary, variables);
        const after = parseCursor(upstreamOperation.initialAfter);
        const key = streamKey(args, upstreamOperation, context.viewer);
        const request: StreamRequest = { key, planner, planned, upstreamOperation, variables, after };
        const stream =
          (streams.get(key) ?? []).find((s) => s.canServe(after)) ??
          (await openStream(request, args, context));
        return stream.subscribe(after, {
          socket: context.socket,
          subscriptionId: context.subscriptionId,
          // A close reason is limited to 123 bytes by the WebSocket protocol.
          onOverflow: (error) =>
            context.closeSocket(GatewayCloseCode.SlowConsumer, error.message.slice(0, 120)),
        });
      },
    },
    wsServer,
  );

  return {
    stats: () => {
      const all = [...streams.values()].flat();
      return { upstreams: all.length, subscribers: all.reduce((sum, stream) => sum + stream.size, 0) };
    },
    dispose: async () => {
      await cleanup.dispose();
    },
  };
}
