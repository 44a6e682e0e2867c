/** Raised into a client that fell too far behind: its unsent messages passed the limit and it was cut off. */
export class QueueOverflowError extends Error {
  constructor(readonly limit: number) {
    super(
      `subscriber fell more than ${limit} events behind and was disconnected; resume with the last cursor you received`,
    );
  }
}

/** The part of a client's WebSocket a stream writes to. */
export interface ClientSocket {
  /** Sends one text message; `sent` is called once the socket has handed it to the kernel, or failed. */
  send(message: string, sent: (error?: Error) => void): void;
  isOpen(): boolean;
  /** Holds what is sent until `uncork`, which writes it all at once. */
  cork(): void;
  uncork(): void;
}

/** One event's result, serialized once for every client. */
export interface SerializedResult {
  cursor: bigint;
  /** The JSON of its ExecutionResult. */
  payload: string;
}

export interface ClientStreamOptions {
  socket: ClientSocket;
  /** The graphql-ws id the client gave this subscription. */
  subscriptionId: string;
  /** The cursor the client has seen; results at or before it are not sent. null: none yet. */
  after: bigint | null;
  /** Messages that may wait unsent on the socket before the client is cut off. */
  limit: number;
  /** The stream ended: completed, returned by graphql-ws (the client completed or left), or failed. */
  onClose: () => void;
  /** The client fell `limit` messages behind; the stream fails with QueueOverflowError right after. */
  onOverflow?: (error: QueueOverflowError) => void;
}

/**
 * One client's subscription to a shared stream. Each result arrives serialized once for all clients and is
 * written straight to this client's socket as a graphql-ws `next` message: graphql-ws would serialize and
 * send it once per client, which with a thousand clients was most of the gateway's CPU (decision 0017).
 *
 * To graphql-ws, which still speaks the rest of the protocol, it is the subscription's source stream: it
 * yields nothing, ends when graphql-ws returns it (the client completed or closed its socket), and fails
 * when the client is cut off. A client whose socket holds more than `limit` messages the kernel has not taken
 * (it stopped reading) is cut off, so one slow client cannot hold memory hostage.
 */
export class ClientStream implements AsyncIterableIterator<never> {
  private readonly messagePrefix: string;
  private after: bigint | null;
  private unsent = 0;
  private waiting: {
    resolve: (result: IteratorResult<never>) => void;
    reject: (error: Error) => void;
  } | null = null;
  private ended = false;
  private failure: Error | null = null;
  private closed = false;

  constructor(private readonly options: ClientStreamOptions) {
    // graphql-ws's own `next` message, key for key, with the payload spliced in.
    this.messagePrefix = `{"id":${JSON.stringify(options.subscriptionId)},"type":"next","payload":`;
    this.after = options.after;
  }

  /** Sends results, in order, in one write; those at or before the last one sent are skipped. */
  deliver(results: readonly SerializedResult[]): void {
    const { socket, limit } = this.options;
    socket.cork();
    try {
      for (const { cursor, payload } of results) {
        if (this.ended || this.failure || !socket.isOpen()) return;
        if (this.after !== null && cursor <= this.after) continue;
        if (this.unsent >= limit) {
          const error = new QueueOverflowError(limit);
          this.options.onOverflow?.(error);
          this.fail(error);
          return;
        }
        this.unsent += 1;
        this.after = cursor;
        socket.send(`${this.messagePrefix}${payload}}`, () => {
          this.unsent -= 1;
        });
      }
    } finally {
      socket.uncork();
    }
  }

  /** Ends the stream with an error at once. */
  fail(error: Error): void {
    if (this.ended || this.failure) return;
    this.failure = error;
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.reject(error);
    this.close();
  }

  next(): Promise<IteratorResult<never>> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
  }

  return(): Promise<IteratorResult<never>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  /** Completes the stream; a pending `next` resolves as done. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.resolve({ value: undefined, done: true });
    this.close();
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<never> {
    return this;
  }

  private close() {
    if (this.closed) return;
    this.closed = true;
    this.options.onClose();
  }
}
