import { type ExecutionResult, GraphQLError } from 'graphql';
import { BoundedQueue, type QueueOverflowError } from './bounded-queue';
import type { UpstreamEvent } from './upstream';

export interface SharedSubscriptionOptions {
  /** Starts the upstream subscription; events are handed to `deliver` in order. */
  startUpstream: (deliver: (event: UpstreamEvent) => void, fail: (error: Error) => void) => { stop(): void };
  /** Resolves the rest of the selection for one event (federated fetches). */
  resolve: (event: UpstreamEvent) => Promise<ExecutionResult>;
  /** Events a subscriber may fall behind before it is cut off. */
  queueLimit: number;
  /** Called when the last subscriber leaves and the upstream has been stopped. */
  onIdle: () => void;
}

/**
 * One upstream subscription and one resolution per event, shared by every client that subscribed with the
 * same operation, variables and authorisation scope. Each client has its own bounded queue.
 */
export class SharedSubscription {
  private readonly subscribers = new Set<BoundedQueue<ExecutionResult>>();
  private readonly upstream: { stop(): void };
  private pending: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(private readonly options: SharedSubscriptionOptions) {
    this.upstream = options.startUpstream(
      (event) => this.enqueue(event),
      (error) => this.failAll(error),
    );
  }

  get size(): number {
    return this.subscribers.size;
  }

  /** A new client's stream; returning or overflowing it unsubscribes that client. */
  subscribe(onOverflow: (error: QueueOverflowError) => void): BoundedQueue<ExecutionResult> {
    const queue: BoundedQueue<ExecutionResult> = new BoundedQueue(this.options.queueLimit, {
      onClose: () => this.leave(queue),
      onOverflow,
    });
    this.subscribers.add(queue);
    return queue;
  }

  private enqueue(event: UpstreamEvent) {
    // Events resolve one after another so every client sees them in upstream order.
    this.pending = this.pending.then(async () => {
      if (this.closed) return;
      const result = await this.options.resolve(event).catch(
        (error: unknown): ExecutionResult => ({
          data: null,
          errors: [new GraphQLError(error instanceof Error ? error.message : 'event could not be resolved')],
        }),
      );
      for (const queue of this.subscribers) queue.push(result);
    });
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
