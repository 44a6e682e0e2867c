import { type ExecutionResult, GraphQLError } from 'graphql';
import { BoundedQueue, type QueueOverflowError } from './bounded-queue';
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

interface Resolved {
  cursor: bigint;
  result: ExecutionResult;
}

/**
 * One upstream subscription and one resolution per event, shared by every client that subscribed with the
 * same operation, variables and authorisation scope, whatever cursor each resumes from, as long as the
 * stream still holds the events after it. Each client has its own bounded queue.
 */
export class SharedSubscription {
  private readonly subscribers = new Set<BoundedQueue<ExecutionResult>>();
  private readonly history: Resolved[] = [];
  private readonly upstream: { stop(): void };
  /** Every event after this cursor has been, or will be, delivered by this stream. */
  private coveredAfter: bigint;
  private pending: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(private readonly options: SharedSubscriptionOptions) {
    this.coveredAfter = options.startAfter;
    this.upstream = options.startUpstream(
      options.startAfter,
      (event) => this.enqueue(event),
      (error) => this.failAll(error),
    );
  }

  get size(): number {
    return this.subscribers.size;
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
  subscribe(
    after: bigint | null,
    onOverflow: (error: QueueOverflowError) => void,
  ): BoundedQueue<ExecutionResult> {
    const queue: BoundedQueue<ExecutionResult> = new BoundedQueue(this.options.queueLimit, {
      onClose: () => this.leave(queue),
      onOverflow,
    });
    if (after !== null)
      for (const resolved of this.history) if (resolved.cursor > after) queue.push(resolved.result);
    this.subscribers.add(queue);
    return queue;
  }

  private enqueue(event: UpstreamEvent) {
    // Every event starts resolving at once, so events that arrive together share their fetches of the rest;
    // results are delivered one after another, in upstream order.
    const resolved = this.options.resolve(event).catch(
      (error: unknown): ExecutionResult => ({
        data: null,
        errors: [new GraphQLError(error instanceof Error ? error.message : 'event could not be resolved')],
      }),
    );
    this.pending = this.pending.then(async () => {
      const result = await resolved;
      if (this.closed) return;
      this.remember({ cursor: BigInt(event.cursor), result });
      for (const queue of this.subscribers) queue.push(result);
      // Give the clients' sockets a turn before the next result: a burst (a replay, a large commit) then
      // flows at the pace healthy clients read, and only a client that stopped reading fills its queue.
      await new Promise<void>((resolve) => setImmediate(resolve));
    });
  }

  private remember(resolved: Resolved) {
    this.history.push(resolved);
    if (this.history.length > this.options.historyLimit) {
      const dropped = this.history.shift();
      if (dropped) this.coveredAfter = dropped.cursor;
    }
  }

  private failAll(error: Error) {
    for (const queue of [...this.subscribers]) queue.fail(error);
  }

  private leave(queue: BoundedQueue<ExecutionResult>) {
    this.subscribers.delete(queue);
    if (this.subscribers.size > 0 || this.closed) return;
    this.closed = true;
    this.upstream.stop();
    this.options.onIdle();
  }
}
