import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface EventCollector<T> {
  /** Events received so far, in arrival order. */
  readonly events: T[];
  /** Resolves once `count` events arrived; rejects if the subscription ends first or the deadline passes. */
  received(count: number, deadlineMs?: number): Promise<T[]>;
  /** Resolves when the server ends the subscription: with its errors, if any. */
  readonly ended: Promise<readonly { message: string; extensions?: Record<string, unknown> }[]>;
  close(): Promise<void>;
}

/** The subscription's field holds what the caller selected, as a typed GraphQL client would name it. */
function hasEvent<T>(data: unknown): data is { paymentEvents: T } {
  return typeof data === 'object' && data !== null && 'paymentEvents' in data;
}

/** A real graphql-ws client on the subgraph's /graphql, collecting `Subscription.paymentEvents` events. */
export function subscribeEvents<T>(
  httpUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  connectionParams: Record<string, string> = {},
): EventCollector<T> {
  const client = createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
  });
  const events: T[] = [];
  const watchers = new Set<() => void>();
  let finished = false;
  let endWith: (errors: readonly { message: string; extensions?: Record<string, unknown> }[]) => void =
    () => {};
  const ended = new Promise<readonly { message: string; extensions?: Record<string, unknown> }[]>(
    (resolve) => {
      endWith = (errors) => {
        finished = true;
        resolve(errors);
        for (const watcher of watchers) watcher();
      };
    },
  );
  const unsubscribe = client.subscribe(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) return endWith(result.errors);
        if (!hasEvent<T>(result.data)) return endWith([{ message: 'no paymentEvents in the payload' }]);
        events.push(result.data.paymentEvents);
        for (const watcher of watchers) watcher();
      },
      error: (error) =>
        endWith(
          Array.isArray(error)
            ? error
            : [{ message: error instanceof Error ? error.message : String(error) }],
        ),
      complete: () => endWith([]),
    },
  );
  return {
    events,
    ended,
    received: (count, deadlineMs = 20_000) =>
      new Promise<T[]>((resolve, reject) => {
        const check = () => {
          if (events.length >= count) {
            done();
            resolve(events.slice(0, count));
          } else if (finished) {
            done();
            reject(new Error(`subscription ended after ${events.length} of ${count} events`));
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`received ${events.length} of ${count} events within ${deadlineMs} ms`));
        }, deadlineMs);
        const done = () => {
          clearTimeout(timer);
          watchers.delete(check);
        };
        watchers.add(check);
        check();
      }),
    close: async () => {
      unsubscribe();
      await client.dispose();
    },
  };
}

/**
 * Waits for a condition that an asynchronous part of the server makes true (a subscriber registering or
 * leaving), checking it between event-loop turns up to a deadline; never a fixed sleep.
 */
export async function eventually(condition: () => boolean, what: string, deadlineMs = 10_000): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
