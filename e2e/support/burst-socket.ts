import WebSocket from 'ws';

/** One graphql-ws message from the server. */
export interface ServerMessage {
  id?: string;
  type: string;
  payload?: unknown;
}

function isServerMessage(value: unknown): value is ServerMessage {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'type') === 'string';
}

/**
 * A graphql-ws connection on a bare WebSocket, for what a well-behaved client never does: thousands of
 * subscribe messages in one burst. Records what the server sends for each subscription id.
 */
export class BurstSocket {
  /** The server's messages for each subscription id, in arrival order. */
  readonly received = new Map<string, ServerMessage[]>();
  /** How many messages of each type the server sent. */
  private readonly counts = new Map<string, number>();
  private readonly watchers = new Set<() => void>();
  private closed = false;

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const message: unknown = JSON.parse(String(data));
      if (!isServerMessage(message) || message.id === undefined) return;
      const messages = this.received.get(message.id) ?? [];
      messages.push(message);
      this.received.set(message.id, messages);
      this.counts.set(message.type, (this.counts.get(message.type) ?? 0) + 1);
      this.notify();
    });
    socket.on('close', () => {
      this.closed = true;
      this.notify();
    });
  }

  /** Connects to the server at `httpUrl` (its ws:// twin) and resolves once connection_init is acknowledged. */
  static open(httpUrl: string, connectionParams: Record<string, unknown>): Promise<BurstSocket> {
    const socket = new WebSocket(httpUrl.replace(/^http/, 'ws'), 'graphql-transport-ws');
    return new Promise((resolve, reject) => {
      const acknowledged = (data: WebSocket.RawData) => {
        const message: unknown = JSON.parse(String(data));
        if (!isServerMessage(message) || message.type !== 'connection_ack') return;
        socket.off('message', acknowledged);
        socket.off('close', refused);
        resolve(new BurstSocket(socket));
      };
      const refused = (code: number, reason: Buffer) =>
        reject(new Error(`the connection closed with ${code} before it was acknowledged: ${reason}`));
      socket.on('message', acknowledged);
      socket.once('close', refused);
      socket.once('error', reject);
      socket.once('open', () =>
        socket.send(JSON.stringify({ type: 'connection_init', payload: connectionParams })),
      );
    });
  }

  /** Sends one subscribe message per id, back to back, without waiting for any answer. */
  subscribeAll(ids: readonly string[], payload: { query: string; variables?: Record<string, unknown> }) {
    for (const id of ids) this.socket.send(JSON.stringify({ id, type: 'subscribe', payload }));
  }

  /** How many messages of this type the server sent, for every id. */
  count(type: string): number {
    return this.counts.get(type) ?? 0;
  }

  /** The messages of one type the server sent for `id`. */
  messages(id: string, type: string): ServerMessage[] {
    return (this.received.get(id) ?? []).filter((message) => message.type === type);
  }

  /** Resolves once `done` holds over what was received; rejects if the socket closes first or after `timeoutMs`. */
  until(done: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (done()) finish(resolve);
        else if (this.closed) finish(() => reject(new Error(`the socket closed before ${what}`)));
      };
      const timer = setTimeout(
        () => finish(() => reject(new Error(`timed out after ${timeoutMs} ms waiting until ${what}`))),
        timeoutMs,
      );
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        this.watchers.delete(check);
        settle();
      };
      this.watchers.add(check);
      check();
    });
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.close(1000, 'Normal Closure');
    });
  }

  private notify() {
    for (const watcher of [...this.watchers]) watcher();
  }
}
