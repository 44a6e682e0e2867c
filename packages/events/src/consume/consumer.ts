import { fetchEvents } from './fetch';
import type { EventSource, SourcedEvent } from './source';
import { type EventSubscription, subscribeEvents } from './subscribe';

export interface EventConsumerOptions<Event extends SourcedEvent> {
  /** Whose events: the producing domain's events API (`paymentEvents`, `syncEvents`, ...). */
  source: EventSource<Event, unknown>;
  /** The producing subgraph's GraphQL endpoint (e.g. PAYMENT_URL), http(s)://.../graphql. */
  url: string;
  /** The sequence of the last event applied, from the consumer's own checkpoint table; null before the first. */
  loadCheckpoint(): Promise<string | null>;
  /**
   * Applies one event exactly once. In ONE transaction: apply the effect and move the checkpoint from
   * `previousCheckpoint` to `event.sequence`, only if it still equals `previousCheckpoint` (an UPDATE ...
   * WHERE checkpoint IS NOT DISTINCT FROM previous). If it no longer does, another replica got there first:
   * roll back and return 'skipped'; the loop then reloads the checkpoint. A thrown error is retried, from the
   * checkpoint, after a backoff.
   */
  apply(event: Event, previousCheckpoint: string | null): Promise<'applied' | 'skipped'>;
  /**
   * Applies consecutive events (the first right after `previousCheckpoint`) in ONE transaction with the
   * checkpoint, stopping before an event that would wait for a row lock (decision 0037); returns how many it
   * applied, or 'skipped' as `apply`. The loop applies the rest of the fetched page one by one with `apply`,
   * and the whole page so when this throws. Without it every event is applied one by one.
   */
  applyPage?(events: Event[], previousCheckpoint: string | null): Promise<number | 'skipped'>;
  /** Told about each failed pass (producer down, apply failed, ...); the loop retries after a backoff. @default console.error */
  onError?(error: unknown): void;
  /** Events fetched per page, at most 500. @default 100 */
  pageSize?: number;
  /** How often to look for new events when the live subscription is unavailable. @default 2000 */
  pollIntervalMs?: number;
  /**
   * How long the loop waits after the doorbell rings before it fetches, so that the events committed meanwhile
   * are applied in the same page (decision 0046). Not waited by `caughtUp()` or while catching up. @default 50
   */
  gatherMs?: number;
  /** First delay after a failure; it doubles up to `maxRetryDelayMs`. @default 100 */
  retryDelayMs?: number;
  /** @default 5000 */
  maxRetryDelayMs?: number;
  /**
   * The headers of every request to the producing subgraph: the consumer's credential, asked for again before
   * each request and each (re)connection so that an expired one is never sent.
   */
  headers?: () => Promise<Record<string, string>>;
}

export interface EventConsumer {
  /**
   * Resolves, with the checkpoint reached, once every event committed before this call has been applied.
   * Rejects if the consumer is stopped first. For tests and graceful hand-overs; never needs a sleep.
   */
  caughtUp(): Promise<string | null>;
  /** Stops after the event being applied (if any) and closes the live subscription. */
  stop(): Promise<void>;
}

/**
 * Events in one page transaction at most: each runs after a savepoint, a subtransaction of its own, and a
 * backend caches 64 subtransaction ids before every snapshot elsewhere must look them up (suboverflow).
 */
const EVENTS_PER_TRANSACTION = 50;

/** Where applying a fetched page left the checkpoint; `skipped` when another replica moved it. */
type PageResult = { checkpoint: string | null; skipped: boolean };

interface Waiter {
  /** The first pass that counts: one that started after the caughtUp() call. */
  fromPass: number;
  resolve(checkpoint: string | null): void;
  reject(error: Error): void;
}

/** The checkpoint after a pass that applied everything there was when it fetched its last page. */
type PassResult = { caughtUp: true; checkpoint: string | null } | { caughtUp: false };

/**
 * Runs the exactly-once loop: load the checkpoint, fetch the events after it page by page and apply each;
 * once caught up, wait for the live subscription (the doorbell) or the poll interval, and go again. Failures
 * (the producing subgraph down or restarting, a failed apply) are retried from the checkpoint with a capped
 * backoff, so nothing is missed and, with `apply`'s compare-and-set, nothing is applied twice.
 */
export function runEventConsumer<Event extends SourcedEvent>(
  options: EventConsumerOptions<Event>,
): EventConsumer {
  const { source, url, loadCheckpoint, apply, applyPage, headers } = options;
  const onError = options.onError ?? ((error: unknown) => console.error(`${source.name} consumer:`, error));
  const pageSize = options.pageSize ?? 100;
  const pollIntervalMs = options.pollIntervalMs ?? 2_000;
  const gatherMs = options.gatherMs ?? 50;
  const firstRetryDelayMs = options.retryDelayMs ?? 100;
  const maxRetryDelayMs = options.maxRetryDelayMs ?? 5_000;

  const aborter = new AbortController();
  let running = true;
  let passes = 0;
  let rung = false;
  /** A caughtUp() call is waiting: the next pass starts at once, without gathering. */
  let urgent = false;
  let wake: (() => void) | null = null;
  let doorbell: EventSubscription | null = null;
  const waiters = new Set<Waiter>();

  const ring = () => {
    rung = true;
    wake?.();
  };

  /** Waits `ms`, or less when stopped or when `until()` holds after a ring. */
  const idle = (ms: number, until: () => boolean) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = () => {
        if (!running || until()) done();
      };
    });
  const rang = () => true;
  const callerWaits = () => urgent;
  const never = () => false;

  /** A live subscription from the checkpoint on, used only to wake the loop: every event rings. */
  const openDoorbell = (after: string | null) => {
    if (doorbell || !running) return;
    const subscription = subscribeEvents(source, url, { after }, ring, { headers });
    doorbell = subscription;
    subscription.ended
      .catch(() => {
        // Down or restarting: the poll interval covers until the next caught-up pass opens a new one.
      })
      .finally(() => {
        if (doorbell === subscription) doorbell = null;
      });
  };

  /** Applies what it can of the events in page transactions, from `checkpoint`; returns how far it got. */
  const applyInPages = async (
    events: Event[],
    from: string | null,
  ): Promise<PageResult & { next: number }> => {
    let checkpoint = from;
    let next = 0;
    while (applyPage && running && events.length - next > 1) {
      const chunk = events.slice(next, next + EVENTS_PER_TRANSACTION);
      // A failed page is applied one by one, where the failing event's error is reported and retried.
      const applied = await applyPage(chunk, checkpoint).catch(() => 0);
      if (applied === 'skipped') return { checkpoint, skipped: true, next };
      next += applied;
      checkpoint = events[next - 1]?.sequence ?? checkpoint;
      if (applied < chunk.length) break;
    }
    return { checkpoint, skipped: false, next };
  };

  /** Applies a fetched page, in page transactions until one stops early, then one event per transaction. */
  const applyEvents = async (events: Event[], from: string | null): Promise<PageResult | null> => {
    const paged = await applyInPages(events, from);
    if (paged.skipped) return paged;
    let checkpoint = paged.checkpoint;
    for (const event of events.slice(paged.next)) {
      if (!running) return null;
      if ((await apply(event, checkpoint)) === 'skipped') return { checkpoint, skipped: true };
      checkpoint = event.sequence;
    }
    return { checkpoint, skipped: false };
  };

  /** From `known`, where the previous pass left the checkpoint, or from the table when unknown. */
  const pass = async (known: string | null | undefined): Promise<PassResult> => {
    let checkpoint = known === undefined ? await loadCheckpoint() : known;
    for (;;) {
      const page = await fetchEvents(
        source,
        url,
        { after: checkpoint, first: pageSize },
        { headers, signal: aborter.signal },
      );
      const result = await applyEvents(page.events, checkpoint);
      if (!result) return { caughtUp: false };
      checkpoint = result.skipped ? await loadCheckpoint() : result.checkpoint;
      if (!result.skipped && !page.hasNextPage) return { caughtUp: true, checkpoint };
    }
  };

  const settleWaiters = (pass: number, checkpoint: string | null) => {
    for (const waiter of waiters) {
      if (waiter.fromPass > pass) continue;
      waiters.delete(waiter);
      waiter.resolve(checkpoint);
    }
  };

  const loop = async () => {
    let retryDelayMs = firstRetryDelayMs;
    // Carried from pass to pass: a checkpoint another replica moved meanwhile fails the compare-and-set
    // ('skipped') and is loaded again. Unknown again after a failure.
    let known: string | null | undefined;
    while (running) {
      const current = ++passes;
      rung = false;
      urgent = false;
      try {
        const result = await pass(known);
        if (!result.caughtUp) break;
        known = result.checkpoint;
        retryDelayMs = firstRetryDelayMs;
        settleWaiters(current, result.checkpoint);
        openDoorbell(result.checkpoint);
        if (!rung) await idle(pollIntervalMs, rang);
        if (rung && !urgent) await idle(gatherMs, callerWaits);
      } catch (error) {
        known = undefined;
        if (!running) break;
        onError(error);
        await idle(retryDelayMs, never);
        retryDelayMs = Math.min(retryDelayMs * 2, maxRetryDelayMs);
      }
    }
  };

  const finished = loop();

  return {
    caughtUp: () =>
      new Promise<string | null>((resolve, reject) => {
        if (!running) {
          reject(new Error(`the ${source.name} consumer is stopped`));
          return;
        }
        waiters.add({ fromPass: passes + 1, resolve, reject });
        urgent = true;
        ring();
      }),
    stop: async () => {
      running = false;
      aborter.abort();
      wake?.();
      await finished;
      await doorbell?.close();
      for (const waiter of waiters)
        waiter.reject(new Error(`the ${source.name} consumer stopped before catching up`));
      waiters.clear();
    },
  };
}
