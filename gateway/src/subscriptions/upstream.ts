import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { CURSOR_ALIAS, RESUME_VARIABLE, type UpstreamOperation } from './upstream-operation';

export interface UpstreamEvent {
  data: Record<string, unknown>;
  cursor: string;
}

export interface UpstreamSubscriptionOptions {
  /** ws:// URL of the subgraph's graphql-ws endpoint. */
  url: string;
  operation: UpstreamOperation;
  /** Cursor to start after. */
  startAfter: string;
  /** Asked on every (re)connection, so a reconnection never sends an expired credential. */
  connectionParams: () => Promise<Record<string, unknown>>;
  onEvent: (event: UpstreamEvent) => void;
  /** The subgraph refused the operation itself (GraphQL errors): retrying cannot help. */
  onFatal: (errors: readonly { message: string }[]) => void;
  /** Longest wait between reconnection attempts, in milliseconds. @default 5000 */
  maxBackoffMs?: number;
}

function isAfter(cursor: string, last: string): boolean {
  return BigInt(cursor) > BigInt(last);
}

/**
 * One graphql-ws subscription to a subgraph that survives the subgraph restarting: after any transport
 * failure it reconnects with capped backoff and resumes after the last cursor it delivered, dropping
 * anything at or before it, so what it delivers has no gap and no duplicate.
 */
export class UpstreamSubscription {
  private lastCursor: string;
  private client: Client | null = null;
  private unsubscribe: (() => void) | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private failures = 0;
  private stopped = false;

  constructor(private readonly options: UpstreamSubscriptionOptions) {
    this.lastCursor = options.startAfter;
  }

  /** Cursor of the last event delivered, where a reconnect resumes. */
  get cursor(): string {
    return this.lastCursor;
  }

  start(): void {
    if (this.stopped) return;
    const client = createClient({
      url: this.options.url,
      webSocketImpl: WebSocket,
      connectionParams: this.options.connectionParams,
      retryAttempts: 0,
      lazy: true,
    });
    this.client = client;
    const { query, variables, rootKey } = this.options.operation;
    this.unsubscribe = client.subscribe<Record<string, unknown>>(
      { query, variables: { ...variables, [RESUME_VARIABLE]: this.lastCursor } },
      {
        next: (message) => {
          if (message.errors?.length && !message.data) {
            this.stop();
            this.options.onFatal(message.errors);
            return;
          }
          this.failures = 0;
          const data = message.data;
          const root = data?.[rootKey];
          const cursor = root && typeof root === 'object' ? Reflect.get(root, CURSOR_ALIAS) : undefined;
          if (!data || typeof cursor !== 'string' || !isAfter(cursor, this.lastCursor)) return;
          this.lastCursor = cursor;
          this.options.onEvent({ data, cursor });
        },
        error: (error) => {
          if (Array.isArray(error)) {
            this.stop();
            this.options.onFatal(error);
            return;
          }
          this.reconnect();
        },
        complete: () => this.reconnect(),
      },
    );
  }

  stop(): void {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.disconnect();
  }

  private disconnect() {
    this.unsubscribe?.();
    this.unsubscribe = null;
    void this.client?.dispose();
    this.client = null;
  }

  private reconnect() {
    if (this.stopped) return;
    this.disconnect();
    this.failures += 1;
    const delay = Math.min(this.options.maxBackoffMs ?? 5_000, 50 * 2 ** Math.min(this.failures, 10));
    this.retryTimer = setTimeout(() => this.start(), delay);
  }
}
