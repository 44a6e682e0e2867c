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
  /**
   * The connection failed or the subgraph closed it (it stopped or crashed): events after `cursor` may be
   * missing. Nothing is retried here; the clients are told and resume by cursor (decision 0026).
   */
  onInterrupted: () => void;
}

function isAfter(cursor: string, last: string): boolean {
  return BigInt(cursor) > BigInt(last);
}

/**
 * One graphql-ws subscription to a subgraph, from a cursor on, dropping anything at or before the last cursor
 * it delivered. When the connection fails it stops and reports the interruption at once, rather than
 * reconnecting behind its clients' backs: a client left waiting in silence cannot tell an outage from a
 * quiet hour.
 */
export class UpstreamSubscription {
  private lastCursor: string;
  private client: Client | null = null;
  private unsubscribe: (() => void) | null = null;
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
          this.interrupt();
        },
        complete: () => this.interrupt(),
      },
    );
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe?.();
    this.unsubscribe = null;
    // Rejects with the close event when the connection, still being made, failed: nothing left to close, and
    // an unhandled rejection would end the process.
    Promise.resolve(this.client?.dispose()).catch(() => {});
    this.client = null;
  }

  private interrupt() {
    if (this.stopped) return;
    this.stop();
    this.options.onInterrupted();
  }
}
