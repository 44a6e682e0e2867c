/** Raised into a consumer that fell too far behind: its queue overflowed and it was cut off. */
export class QueueOverflowError extends Error {
  constructor(readonly limit: number) {
    super(
      `subscriber fell more than ${limit} events behind and was disconnected; resume with the last cursor you received`,
    );
  }
}

/**
 * A single-consumer async queue with a hard bound. Producers never wait: a consumer that does not keep up
 * overflows and its iterator fails with QueueOverflowError, so one slow client cannot hold memory hostage.
 */
export class BoundedQueue<T> implements AsyncIterableIterator<T> {
  private readonly items: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | null = null;
  private failWaiting: ((error: Error) => void) | null = null;
  private ended = false;
  private failure: Error | null = null;
  private closed = false;

  constructor(
    private readonly limit: number,
    private readonly hooks: {
      /** The stream ended: completed, returned by its consumer, or failed. */
      onClose: () => void;
      /** The consumer fell `limit` items behind; the stream fails with QueueOverflowError right after. */
      onOverflow?: (error: QueueOverflowError) => void;
    },
  ) {}

  push(item: T): void {
    if (this.ended || this.failure) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.clearWaiter();
      resolve({ value: item, done: false });
      return;
    }
    if (this.items.length >= this.limit) {
      const error = new QueueOverflowError(this.limit);
      this.hooks.onOverflow?.(error);
      this.fail(error);
      return;
    }
    this.items.push(item);
  }

  /** Ends the stream with an error at once; items still queued are dropped. */
  fail(error: Error): void {
    if (this.ended || this.failure) return;
    this.failure = error;
    this.items.length = 0;
    if (this.failWaiting) {
      const reject = this.failWaiting;
      this.clearWaiter();
      reject(error);
    }
    this.close();
  }

  next(): Promise<IteratorResult<T>> {
    const item = this.items.shift();
    if (item !== undefined) return Promise.resolve({ value: item, done: false });
    if (this.failure) return Promise.reject(this.failure);
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failWaiting = reject;
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  /** Completes the stream; a pending `next` resolves as done. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.items.length = 0;
    if (this.waiting) {
      const resolve = this.waiting;
      this.clearWaiter();
      resolve({ value: undefined, done: true });
    }
    this.close();
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  private clearWaiter() {
    this.waiting = null;
    this.failWaiting = null;
  }

  private close() {
    if (this.closed) return;
    this.closed = true;
    this.hooks.onClose();
  }
}
