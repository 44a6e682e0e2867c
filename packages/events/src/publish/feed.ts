import { type Listener, startListener } from './listener';
import {
  findEventsAfter,
  headSequence,
  type Outbox,
  type OutboxRow,
  type OutboxRunner,
  type OutboxTable,
} from './outbox';

const READ_RETRY_DELAY_MS = 1_000;

/** Receives every event the feed reads, in sequence order, without gap. */
export interface FeedSubscriber<Row> {
  deliver(events: readonly Row[]): void;
}

export interface EventFeedOptions<T extends OutboxTable> {
  /** A pool of its own for live reads (see the payment server's LIVE_CONNECTIONS). */
  db: OutboxRunner;
  outbox: Outbox<T>;
  /** The database to LISTEN on (the same one `db` reads). */
  url: string;
  /** Events read per statement while catching up. @default 1000 */
  readSize?: number;
}

/**
 * The process-wide source of a domain's live events. One LISTEN connection; on each notification the new
 * events are read ONCE and handed to every live subscriber, so a thousand subscribers cost one statement
 * per commit, not a thousand. While nobody subscribes nothing is read: the notification's payload (the
 * newest sequence) is enough to keep the position current.
 */
export class EventFeed<T extends OutboxTable> {
  readonly #db: OutboxRunner;
  readonly #outbox: Outbox<T>;
  readonly #url: string;
  readonly #readSize: number;
  readonly #subscribers = new Set<FeedSubscriber<OutboxRow<T>>>();
  #lastSeen = 0n;
  #listener: Listener | null = null;
  #reading: Promise<void> | null = null;
  #readAgain = false;
  #retryTimer: NodeJS.Timeout | null = null;
  #stopped = false;

  constructor(options: EventFeedOptions<T>) {
    this.#db = options.db;
    this.#outbox = options.outbox;
    this.#url = options.url;
    this.#readSize = options.readSize ?? 1_000;
  }

  async start(): Promise<void> {
    this.#lastSeen = await headSequence(this.#db, this.#outbox);
    this.#listener = await startListener({
      url: this.#url,
      channel: this.#outbox.channel,
      applicationName: `${this.#outbox.channel.replaceAll('_', '-')}-listener`,
      onNotification: (payload) => this.#onNotification(payload),
      // After a reconnection, whatever was committed meanwhile is read (or skipped when nobody listens).
      onListening: () => this.#catchUp(),
    });
    // The first LISTEN started a catch-up read: a feed that has started has nothing left in flight.
    await this.#reading;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#retryTimer) clearTimeout(this.#retryTimer);
    await this.#listener?.stop();
    this.#listener = null;
    this.#subscribers.clear();
    await this.#reading;
  }

  add(subscriber: FeedSubscriber<OutboxRow<T>>): void {
    this.#subscribers.add(subscriber);
  }

  remove(subscriber: FeedSubscriber<OutboxRow<T>>): void {
    this.#subscribers.delete(subscriber);
  }

  /** How many subscribers receive live events now. */
  get subscriberCount(): number {
    return this.#subscribers.size;
  }

  #onNotification(payload: string): void {
    if (this.#subscribers.size === 0 && /^\d+$/.test(payload)) {
      const notified = BigInt(payload);
      if (notified > this.#lastSeen) this.#lastSeen = notified;
      return;
    }
    this.#catchUp();
  }

  /** Reads everything after the last event seen; notifications that arrive meanwhile cause one more pass. */
  #catchUp(): void {
    if (this.#stopped) return;
    if (this.#reading) {
      this.#readAgain = true;
      return;
    }
    this.#reading = this.#readNewEvents()
      .catch(() => {
        // The database failed this pass: try again shortly, even if no notification comes to prompt it.
        if (!this.#stopped && !this.#retryTimer) {
          this.#retryTimer = setTimeout(() => {
            this.#retryTimer = null;
            this.#catchUp();
          }, READ_RETRY_DELAY_MS);
        }
      })
      .finally(() => {
        this.#reading = null;
        if (this.#readAgain) {
          this.#readAgain = false;
          this.#catchUp();
        }
      });
  }

  async #readNewEvents(): Promise<void> {
    if (this.#subscribers.size === 0) {
      const head = await headSequence(this.#db, this.#outbox);
      // Only if still nobody listens: a subscriber that joined meanwhile may need events up to the head.
      // One that joins after this line replays from the outbox everything committed up to it.
      if (this.#subscribers.size === 0) {
        if (head > this.#lastSeen) this.#lastSeen = head;
        return;
      }
    }
    for (;;) {
      const events = await findEventsAfter(this.#db, this.#outbox, {
        after: this.#lastSeen,
        where: [],
        take: this.#readSize,
      });
      const newest = events.at(-1);
      if (!newest) return;
      this.#lastSeen = newest.sequence;
      for (const subscriber of [...this.#subscribers]) subscriber.deliver(events);
      if (events.length < this.#readSize) return;
    }
  }
}
