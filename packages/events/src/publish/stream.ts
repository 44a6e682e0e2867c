import type { SQL } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import type { EventFeed, FeedSubscriber } from './feed';
import {
  findEventsAfter,
  headSequence,
  type Outbox,
  type OutboxRow,
  type OutboxRunner,
  type OutboxTable,
} from './outbox';

/** What graphql-js expects from a subscription's source stream: one payload per event, under the field's name. */
export type EventPayload<Field extends string, Row> = Record<Field, Row>;

/** A subscriber's filter, validated: as SQL conditions on the outbox and as the same test on live events. */
export interface EventSelection<Row> {
  where: readonly (SQL | undefined)[];
  matches(event: Row): boolean;
}

export interface StreamOptions<T extends OutboxTable, Field extends string> {
  /** The subscription field the payloads are keyed by, e.g. `paymentEvents`. */
  field: Field;
  db: OutboxRunner;
  outbox: Outbox<T>;
  feed: EventFeed<T>;
  selection: EventSelection<OutboxRow<T>>;
  /** Events of the outbox read per statement while replaying. @default 500 */
  replayPageSize?: number;
  /** Live events a subscriber may have waiting before it is ended. @default 10000 */
  capacity?: number;
}

/** Ends a subscriber that cannot keep up, telling it where to resume. */
export class SubscriberOverflowError extends GraphQLError {
  constructor(capacity: number, lastCursor: string) {
    super(
      `this subscription fell more than ${capacity} events behind and was ended; ` +
        `subscribe again with after: "${lastCursor}" to continue without a gap`,
      { extensions: { code: 'SUBSCRIPTION_OVERFLOW', after: lastCursor } },
    );
  }
}

const done: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * One subscriber's events: everything after `after` replayed from the outbox in pages, then the feed's live
 * events. It joins the feed before the replay starts and drops every live event at or below the last one
 * delivered, so the switch has no gap and no duplicate. `return()` (the client unsubscribing) releases it at
 * once, even while it waits for the next event.
 */
class EventStream<T extends OutboxTable, Field extends string>
  implements AsyncIterableIterator<EventPayload<Field, OutboxRow<T>>>, FeedSubscriber<OutboxRow<T>>
{
  readonly #options: StreamOptions<T, Field>;
  readonly #pageSize: number;
  readonly #capacity: number;
  #lastDelivered: bigint;
  #replaying = true;
  #replayed: OutboxRow<T>[] = [];
  #live: OutboxRow<T>[] = [];
  #closed = false;
  #failure: Error | null = null;
  #wake: (() => void) | null = null;

  constructor(options: StreamOptions<T, Field>, after: bigint) {
    this.#options = options;
    this.#pageSize = options.replayPageSize ?? 500;
    this.#capacity = options.capacity ?? 10_000;
    this.#lastDelivered = after;
  }

  deliver(events: readonly OutboxRow<T>[]): void {
    if (this.#closed || this.#failure) return;
    for (const event of events) {
      if (!this.#options.selection.matches(event)) continue;
      if (this.#live.length >= this.#capacity) {
        this.#failure = new SubscriberOverflowError(this.#capacity, this.#lastDelivered.toString());
        this.#live = [];
        this.#options.feed.remove(this);
        break;
      }
      this.#live.push(event);
    }
    this.#wakeUp();
  }

  async next(): Promise<IteratorResult<EventPayload<Field, OutboxRow<T>>, undefined>> {
    try {
      return await this.#next();
    } catch (error) {
      // graphql-js does not call return() when next() rejects: release the feed here.
      this.#close();
      throw error;
    }
  }

  async #next(): Promise<IteratorResult<EventPayload<Field, OutboxRow<T>>, undefined>> {
    while (!this.#closed) {
      if (this.#failure) throw this.#failure;
      const event = await this.#nextEvent();
      if (event) {
        this.#lastDelivered = event.sequence;
        return { done: false, value: this.#payload(event) };
      }
      if (!this.#replaying && !this.#closed && !this.#failure)
        await new Promise<void>((resolve) => (this.#wake = resolve));
    }
    return done;
  }

  async return(): Promise<IteratorReturnResult<undefined>> {
    this.#close();
    return done;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  #payload(event: OutboxRow<T>): EventPayload<Field, OutboxRow<T>> {
    // A computed key widens to string; the key is the field's name by construction.
    return { [this.#options.field]: event } as EventPayload<Field, OutboxRow<T>>;
  }

  /** The next event to send: replayed ones first (reading the next page when needed), then live ones. */
  async #nextEvent(): Promise<OutboxRow<T> | undefined> {
    if (this.#replayed.length === 0 && this.#replaying) {
      const { db, outbox, selection } = this.#options;
      const page = await findEventsAfter(db, outbox, {
        after: this.#lastDelivered,
        where: selection.where,
        take: this.#pageSize,
      });
      if (page.length < this.#pageSize) this.#replaying = false;
      this.#replayed = page.reverse();
    }
    return this.#replayed.pop() ?? (this.#replaying ? undefined : this.#nextLive());
  }

  /** The next live event not delivered yet; those the replay already covered are dropped. */
  #nextLive(): OutboxRow<T> | undefined {
    for (;;) {
      const event = this.#live.shift();
      if (!event || event.sequence > this.#lastDelivered) return event;
    }
  }

  #wakeUp(): void {
    const wake = this.#wake;
    this.#wake = null;
    wake?.();
  }

  #close(): void {
    this.#closed = true;
    this.#live = [];
    this.#replayed = [];
    this.#options.feed.remove(this);
    this.#wakeUp();
  }
}

/**
 * Opens a subscriber's stream: joins the feed first, then fixes the start. `after` null means live events
 * only, from now: the start is the newest event committed at this moment.
 */
export async function openEventStream<T extends OutboxTable, Field extends string>(
  options: StreamOptions<T, Field>,
  after: bigint | null,
): Promise<AsyncIterableIterator<EventPayload<Field, OutboxRow<T>>>> {
  const start = after ?? (await headSequence(options.db, options.outbox));
  const stream = new EventStream(options, start);
  options.feed.add(stream);
  return stream;
}
