import { type ExecutionResult, GraphQLError } from 'graphql';
import {
  type ClientSocket,
  ClientStream,
  type QueueOverflowError,
  type SerializedResult,
} from './client-stream';
import type { UpstreamEvent } from './upstream';

export interface SharedSubscriptionOptions {
  /** Cursor the stream starts after: every event with a larger cursor is delivered. */
  startAfter: bigint;
  /** Starts the upstream subscription after `startAfter`; events are handed to `deliver` in order. */
  startUpstream: (
    startAfter: bigint,
    deliver: (event: UpstreamEvent) => void,
    fail: (error: Error) => void,
  ) => { stop(): void };
  /** Resolves the rest of the selection for one event (federated fetches). */
  resolve: (event: UpstreamEvent) => Promise<ExecutionResult>;
  /** Events a subscriber may fall behind before it is cut off. */
  queueLimit: number;
  /** Resolved events kept so that a client resuming from a recent cursor can join without its own upstream. */
  historyLimit: number;
  /** Called when the last subscriber leaves and the upstream has been stopped. */
  onIdle: () => void;
}

/** Where a new client's results go and what happens when it falls behind. */
export interface ClientTarget {
  socket: ClientSocket;
  subscriptionId: string;
  onOverflow: (error: QueueOverflowError) => void;
}

/**
 * Results sent per turn of the event loop at most. A stream that has fallen behind catches up in batches of
 * this many, one write per client for the batch instead of one per result; between turns the clients'
 * sockets get theirs, so a burst (a replay, a large commit) still flows at the pace healthy clients read.
 */
const BATCH_LIMIT = 8;

/**
 * One upstream subscription and one resolution per event, shared by every client that subscribed with the
 * same operation, variables and authorisation scope, whatever cursor each resumes from, as long as the
 * stream still holds the events after it. Each result is serialized once and written to every client's
 * socket; each client may have a bounded number of messages unsent.
 */
export class SharedSubscription {
  private readonly subscribers = new Set<ClientStream>();
  /** Results sent, the newest `historyLimit` of them. */
  private readonly history: SerializedResult[] = [];
  /** Results resolved, in upstream order, waiting for their turn to be sent. */
  private readonly undelivered: SerializedResult[] = [];
  private deliveryScheduled = false;
  private readonly upstream: { stop(): void };
  /** Every event after this cursor has been, or will be, delivered by this stream. */
  private coveredAfter: bigint;
  /** The cursor of the newest result sent, or where the stream started: the head as this stream knows it. */
  private newest: bigint;
  private pending: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(private readonly options: SharedSubscriptionOptions) {
    this.coveredAfter = options.startAfter;
    this.newest = options.startAfter;
    this.upstream = options.startUpstream(
      options.startAfter,
      (event) => this.enqueue(event),
      (error) => this.end(error),
    );
  }

  get size(): number {
    return this.subscribers.size;
  }

  /** The newest cursor this stream has seen, at or behind the head upstream. */
  get newestCursor(): bigint {
    return this.newest;
  }

  /** Whether a client resuming after `after` (null: live events only) can be served by this stream. */
  canServe(after: bigint | null): boolean {
    if (this.closed) return false;
    if (after === null) return true;
    // Kept results it has missed go into its queue at once: more than the queue holds would cut it off.
    const missed = this.history.filter((resolved) => resolved.cursor > after).length;
    return after >= this.coveredAfter && missed <= this.options.queueLimit;
  }

  /**
   * A new client's stream: the kept events after its cursor, then live ones. Returning or overflowing it
   * unsubscribes that client.
   */
  subscribe(after: bigint | null, target: ClientTarget): ClientStream {
    const client: ClientStream = new ClientStream({
      ...target,
      after,
      limit: this.options.queueLimit,
      onClose: () => this.leave(client),
    });
    if (after !== null) client.deliver(this.history.filter((resolved) => resolved.cursor > after));
    this.subscribers.add(client);
    return client;
  }

  private enqueue(event: UpstreamEvent) {
    // Every event starts resolving at once, so events that arrive together share their fetches of the rest;
    // results are sent in upstream order.
    const resolved = this.options.resolve(event).catch(
      (error: unknown): ExecutionResult => ({
        data: null,
        errors: [new GraphQLError(error instanceof Error ? error.message : 'event could not be resolved')],
      }),
    );
    this.pending = this.pending.then(async () => {
      const result = await resolved;
      if (this.closed) return;
      this.undelivered.push({ cursor: BigInt(event.cursor), payload: JSON.stringify(result) });
      this.scheduleDelivery();
    });
  }

  /** Sends the next batch of resolved results at the next turn of the event loop. */
  private scheduleDelivery() {
    if (this.deliveryScheduled) return;
    this.deliveryScheduled = true;
    setImmediate(() => {
      this.deliveryScheduled = false;
      if (this.closed) return;
      const batch = this.undelivered.splice(0, BATCH_LIMIT);
      for (const resolved of batch) this.remember(resolved);
      for (const client of this.subscribers) client.deliver(batch);
      if (this.undelivered.length > 0) this.scheduleDelivery();
    });
  }

  private remember(resolved: SerializedResult) {
    this.newest = resolved.cursor;
    this.history.push(resolved);
    if (this.history.length > this.options.historyLimit) {
      const dropped = this.history.shift();
      if (dropped) this.coveredAfter = dropped.cursor;
    }
  }

  /** The upstream ended: no client joins this stream any more, and each of its clients fails with `error`. */
  private end(error: Error) {
    if (this.closed) return;
    this.closed = true;
    this.upstream.stop();
    this.options.onIdle();
    for (const client of [...this.subscribers]) client.fail(error);
  }

  private leave(client: ClientStream) {
    this.subscribers.delete(client);
    if (this.subscribers.size > 0 || this.closed) return;
    this.closed = true;
    this.upstream.stop();
    this.options.onIdle();
  }
}
