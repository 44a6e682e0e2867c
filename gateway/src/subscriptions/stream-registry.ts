import type { ServiceMap } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { answerWithDenials } from '../authorization/denied-answers';
import { type SubgraphClient, SubgraphFailureCode } from '../subgraph-client';
import type { SubscriptionContext } from './connection-context';
import { EntityFetchBatcher } from './entity-batcher';
import { createEventExecutor } from './event-executor';
import { headCursor } from './head-cursor';
import { isReplayable, requireReplayable } from './replay-window';
import { SharedSubscription } from './shared-subscription';
import type { StreamRequest } from './subscribe-request';
import { UpstreamSubscription } from './upstream';

/**
 * What each client of a stream whose upstream dropped receives, as the `error` of its subscription: a
 * retryable code, and what to do.
 */
function upstreamInterrupted(subgraph: string): GraphQLError {
  return new GraphQLError(
    `the ${subgraph} subgraph stopped streaming events; subscribe again with the last cursor you received`,
    { extensions: { code: SubgraphFailureCode.Unavailable } },
  );
}

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
  /** The stream being opened for a key: subscribes of that key wait for it rather than each looking up the head. */
  private readonly opening = new Map<string, Promise<SharedSubscription>>();

  constructor(private readonly options: StreamRegistryOptions) {}

  /**
   * A stream that serves the request: an open one that can, or a new one. One stream of a key opens at a
   * time, so a burst of subscribes (clients reconnecting after a deploy) costs one head lookup, not one each.
   */
  async join(request: StreamRequest, context: SubscriptionContext): Promise<SharedSubscription> {
    for (;;) {
      const found = this.find(request);
      if (found) return found;
      const pending = this.opening.get(request.key);
      if (!pending) break;
      // Whether it opened or was refused, look again: it may serve this request too.
      await pending.catch(() => undefined);
    }
    const opening = this.open(request, context);
    this.opening.set(request.key, opening);
    try {
      return await opening;
    } finally {
      this.opening.delete(request.key);
    }
  }

  stats(): { upstreams: number; subscribers: number } {
    const all = [...this.streams.values()].flat();
    return { upstreams: all.length, subscribers: all.reduce((sum, stream) => sum + stream.size, 0) };
  }

  /**
   * An open stream that still holds the events after the request's cursor, if that cursor is within the
   * replay limit of the newest event the stream has seen: a cursor past the limit is not served just because
   * a stream happens to hold it.
   */
  private find({ key, after }: StreamRequest): SharedSubscription | undefined {
    const { maxReplayEvents } = this.options;
    return (this.streams.get(key) ?? []).find(
      (stream) =>
        stream.canServe(after) &&
        (after === null || isReplayable(after, stream.newestCursor, maxReplayEvents)),
    );
  }

  private async open(request: StreamRequest, context: SubscriptionContext): Promise<SharedSubscription> {
    const { key, planner, planned, upstreamOperation, variables, after, source, denied } = request;
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
          connectionParams: () => client.identity.connectionParams(primary.serviceName, context.viewer),
          onEvent: deliver,
          onFatal: (errors) => fail(new GraphQLError(errors.map((e) => e.message).join('; '))),
          onInterrupted: () => fail(upstreamInterrupted(primary.serviceName)),
        });
        upstream.start();
        return upstream;
      },
      resolve: async (event) => {
        const result = await execute(event.data);
        return denied.length > 0 ? answerWithDenials(result, denied) : result;
      },
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
