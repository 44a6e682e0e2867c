import type { ServiceMap } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { type SubgraphClient, upstreamConnectionParams } from '../subgraph-client';
import type { SubscriptionContext } from './connection-context';
import { EntityFetchBatcher } from './entity-batcher';
import { createEventExecutor } from './event-executor';
import { headCursor } from './head-cursor';
import { requireReplayable } from './replay-window';
import { SharedSubscription } from './shared-subscription';
import type { StreamRequest } from './subscribe-request';
import { UpstreamSubscription } from './upstream';

export interface StreamRegistryOptions {
  client: SubgraphClient;
  /** Stock data sources by subgraph name, over the client: the follow-up fetches of each event. */
  serviceMap: ServiceMap;
  queueLimit: number;
  historyLimit: number;
  /** How far behind the head a new stream may start replaying from, in events. */
  maxReplayEvents: number;
}

/**
 * The shared streams open now, by stream key: a subscribe joins one that still holds the events after its
 * cursor, or opens one (an upstream subscription and an event executor) when its cursor is within the
 * replay limit of the head; a stream leaves when idle.
 */
export class StreamRegistry {
  private readonly streams = new Map<string, SharedSubscription[]>();

  constructor(private readonly options: StreamRegistryOptions) {}

  /** A stream that serves the request: an open one that can, or a new one. */
  async join(request: StreamRequest, context: SubscriptionContext): Promise<SharedSubscription> {
    return this.find(request) ?? (await this.open(request, context));
  }

  stats(): { upstreams: number; subscribers: number } {
    const all = [...this.streams.values()].flat();
    return { upstreams: all.length, subscribers: all.reduce((sum, stream) => sum + stream.size, 0) };
  }

  private find({ key, after }: StreamRequest): SharedSubscription | undefined {
    return (this.streams.get(key) ?? []).find((stream) => stream.canServe(after));
  }

  private async open(request: StreamRequest, context: SubscriptionContext): Promise<SharedSubscription> {
    const { key, planner, planned, upstreamOperation, variables, after, source } = request;
    const { client, serviceMap, queueLimit, historyLimit } = this.options;
    const primary = planned.node.primary;
    const head = await headCursor(
      client,
      primary.serviceName,
      upstreamOperation.rootFieldName,
      context.viewer,
    );
    if (after !== null) requireReplayable(after, head, this.options.maxReplayEvents);
    const startAfter = after ?? head;
    // Another subscribe may have opened a stream while the head was looked up.
    const existing = this.find(request);
    if (existing) return existing;
    const execute = createEventExecutor({
      planner,
      planned,
      // One batcher per stream: fetches for events that arrive together go out as one request per subgraph.
      serviceMap: Object.fromEntries(
        Object.entries(serviceMap).map(([name, source]) => [name, new EntityFetchBatcher(source)]),
      ),
      variables,
      context: { viewer: context.viewer },
      source,
    });
    const upstreamUrl = client.endpoints.get(primary.serviceName)?.replace(/^http/, 'ws');
    if (!upstreamUrl) throw new Error(`the supergraph has no subgraph named ${primary.serviceName}`);
    const stream: SharedSubscription = new SharedSubscription({
      startAfter,
      queueLimit,
      historyLimit,
      startUpstream: (from, deliver, fail) => {
        const upstream = new UpstreamSubscription({
          url: upstreamUrl,
          operation: upstreamOperation,
          startAfter: String(from),
          connectionParams: { ...context.connectionParams, ...upstreamConnectionParams(context.viewer) },
          onEvent: deliver,
          onFatal: (errors) => fail(new GraphQLError(errors.map((e) => e.message).join('; '))),
        });
        upstream.start();
        return upstream;
      },
      resolve: (event) => execute(event.data),
      onIdle: () => this.remove(key, stream),
    });
    this.streams.set(key, [...(this.streams.get(key) ?? []), stream]);
    return stream;
  }

  private remove(key: string, stream: SharedSubscription) {
    const remaining = (this.streams.get(key) ?? []).filter((candidate) => candidate !== stream);
    if (remaining.length > 0) this.streams.set(key, remaining);
    else this.streams.delete(key);
  }
}
