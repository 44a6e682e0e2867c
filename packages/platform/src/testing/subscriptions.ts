import { Socket } from 'node:net';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

/** A GraphQL error as the server sent it. */
export interface ReceivedError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

/** How a subscription ended. */
export interface SubscriptionEnd {
  /** The errors it ended with (the server's, or the closed connection's); empty when the server completed it. */
  errors: readonly ReceivedError[];
  /** The WebSocket close code, when the connection closed under it (4429: the client fell behind). */
  closeCode?: number;
  closeReason?: string;
}

/** One subscription over a real graphql-ws client, recording what it receives. */
export interface TestSubscription<T> {
  /** Every result's `data`, in arrival order. */
  readonly received: T[];
  /** The GraphQL errors the server sent for it, in results or to end it, and how the connection failed, if it did. */
  readonly errors: ReceivedError[];
  /** Resolves once the server acknowledged the connection; rejects if the subscription ended before. */
  readonly connected: Promise<void>;
  /** Resolves when the subscription ends: completed, ended with errors, or closed with a code. */
  readonly ended: Promise<SubscriptionEnd>;
  /** Resolves with the first `count` results once they arrived; rejects if it ends first or after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<T[]>;
  /** The same subscription again on a new connection, from `after: cursor` (how a client resumes). */
  resumeAfter(cursor: string | null | undefined): TestSubscription<T>;
  /** Stops reading from the socket, as a stalled client does: the kernel's buffers fill, then the server's queue. */
  pauseReading(): void;
  resumeReading(): void;
  /** Unsubscribes and closes the connection. */
  close(): Promise<void>;
}

/** The TCP socket under a `ws` WebSocket, which only it can pause. */
function tcpSocketOf(webSocket: unknown): Socket {
  const socket: unknown =
    typeof webSocket === 'object' && webSocket !== null ? Reflect.get(webSocket, '_socket') : undefined;
  if (!(socket instanceof Socket)) throw new Error('the WebSocket has no TCP socket (not connected yet?)');
  return socket;
}

function isReceivedError(value: unknown): value is ReceivedError {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'message') === 'string';
}

/** What graphql-ws's error sink was given (GraphQL errors, a close event or an Error), as the end of the subscription. */
function endOf(reason: unknown, errors: ReceivedError[]): SubscriptionEnd {
  if (Array.isArray(reason)) {
    errors.push(...reason.filter(isReceivedError));
    return { errors: [...errors] };
  }
  const code: unknown =
    typeof reason === 'object' && reason !== null ? Reflect.get(reason, 'code') : undefined;
  if (typeof code === 'number') {
    const closeReason = String(Reflect.get(Object(reason), 'reason'));
    errors.push({ message: `the connection closed with ${code}: ${closeReason}` });
    return { errors: [...errors], closeCode: code, closeReason };
  }
  errors.push({ message: reason instanceof Error ? reason.message : String(reason) });
  return { errors: [...errors] };
}

/**
 * Subscribes with a real graphql-ws client (no retries) to the server at `httpUrl` (its ws:// twin), the way a
 * desktop or dashboard client does, and records every result.
 */
export function subscribe<T>(
  httpUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  /** The connection_init payload, or how to make it on connecting: the caller's `authorization`. */
  connectionParams: Record<string, unknown> | (() => Promise<Record<string, unknown>>) = {},
): TestSubscription<T> {
  let webSocket: unknown;
  let acknowledge: () => void = () => {};
  let refuse: (reason: Error) => void = () => {};
  const connected = new Promise<void>((resolve, reject) => {
    acknowledge = resolve;
    refuse = reject;
  });
  connected.catch(() => {});
  const client = createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    on: {
      connected: (socket) => {
        webSocket = socket;
        acknowledge();
      },
    },
  });
  const received: T[] = [];
  const errors: ReceivedError[] = [];
  const watchers = new Set<() => void>();
  let end: SubscriptionEnd | null = null;
  let finish: (end: SubscriptionEnd) => void = () => {};
  const ended = new Promise<SubscriptionEnd>((resolve) => {
    finish = (result) => {
      if (end) return;
      end = result;
      refuse(new Error(`the subscription ended before it connected: ${JSON.stringify(result)}`));
      resolve(result);
      for (const watcher of [...watchers]) watcher();
    };
  });
  const unsubscribe = client.subscribe<T>(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) errors.push(...result.errors);
        if (result.data) received.push(result.data);
        for (const watcher of [...watchers]) watcher();
      },
      error: (reason) => finish(endOf(reason, errors)),
      complete: () => finish({ errors: [...errors] }),
    },
  );
  return {
    received,
    errors,
    connected,
    ended,
    waitFor: (count, timeoutMs = 20_000) =>
      new Promise<T[]>((resolve, reject) => {
        const check = () => {
          if (received.length >= count) {
            done();
            resolve(received.slice(0, count));
          } else if (end) {
            done();
            reject(
              new Error(
                `the subscription ended after ${received.length} of ${count} results: ${JSON.stringify(end)}`,
              ),
            );
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(
            new Error(
              `received ${received.length} of ${count} results in ${timeoutMs} ms: ${JSON.stringify(errors)}`,
            ),
          );
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          watchers.delete(check);
        };
        watchers.add(check);
        check();
      }),
    resumeAfter: (cursor) => subscribe<T>(httpUrl, query, { ...variables, after: cursor }, connectionParams),
    pauseReading: () => tcpSocketOf(webSocket).pause(),
    resumeReading: () => tcpSocketOf(webSocket).resume(),
    close: async () => {
      unsubscribe();
      await client.dispose();
    },
  };
}
