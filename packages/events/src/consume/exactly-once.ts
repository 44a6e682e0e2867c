import type { ServiceObservability } from '@collexis/platform/observability';
import { advanceCheckpoint, type CheckpointsTable, type Executor, loadCheckpoint } from './checkpoints';
import { type EventConsumer, type EventConsumerOptions, runEventConsumer } from './consumer';
import { applyPageOnce } from './pages';
import { observeEventQueue } from './queue-depth';
import type { EventSource, SourcedEvent } from './source';

/** A domain's database: it runs a function in a transaction. */
export interface TransactionalDatabase<Tx extends Executor> extends Executor {
  transaction<Result>(run: (tx: Tx) => Promise<Result>): Promise<Result>;
}

/**
 * How an effect takes its row locks (`SELECT ... FOR UPDATE`, or an UPDATE of rows no earlier statement locked):
 * 'wait' as usual, or 'nowait' (`FOR UPDATE NOWAIT`) when it runs in a page's transaction, where a wait would
 * hold the page's earlier events uncommitted: it refuses instead (SQLSTATE 55P03) and the page ends before it.
 */
export type LockWait = 'wait' | 'nowait';

/** The locking clause's options of a LockWait, for drizzle's `.for('update', rowLocks(locks))`. */
export function rowLocks(locks: LockWait): { noWait: true } | { noWait?: undefined } {
  return locks === 'nowait' ? { noWait: true } : {};
}

/** The fields of an event a reaction reads: at least its sequence. */
export type ReadEvent = Pick<SourcedEvent, 'sequence'>;

/**
 * A consumer of another domain's events, as a domain declares it: what it reads and what each event does.
 * `Event` may be the few fields of the source's events the effect reads.
 */
export interface EventReaction<Event extends ReadEvent, Tx extends Executor> {
  /** The consumer's name: its checkpoint row (and, by convention, its audit actor). */
  name: string;
  source: EventSource<Event & SourcedEvent, unknown>;
  db: TransactionalDatabase<Tx>;
  /** The consuming domain's checkpoints table for this source. */
  checkpoints: CheckpointsTable;
  /**
   * The effect of one event, written in the transaction that moves the checkpoint. Every row lock it takes
   * follows `locks`: with 'nowait' it never waits for a row another transaction holds (decision 0037).
   */
  effect(tx: Tx, event: Event, locks: LockWait): Promise<void>;
  /**
   * Optionally, the effects of a page's events at once (decision 0042): the same writes as `effect` on each
   * event in order, in a number of statements that does not grow with the page. Every row lock it takes is
   * NOWAIT; when one is refused, what it wrote is rolled back and the page is applied event by event.
   */
  pageEffect?(tx: Tx, events: readonly Event[]): Promise<void>;
}

/**
 * Applies one event exactly once: the checkpoint moves from `previous` to the event's sequence and the effect
 * is written, in one transaction. Moving the checkpoint first takes its row lock; when it is no longer
 * `previous` (another replica applied the event) nothing is written: 'skipped'.
 */
export function applyOnce<Event extends ReadEvent, Tx extends Executor>(
  reaction: EventReaction<Event, Tx>,
  event: Event,
  previous: string | null,
): Promise<'applied' | 'skipped'> {
  return reaction.db.transaction(async (tx) => {
    if (!(await advanceCheckpoint(tx, reaction.checkpoints, reaction.name, previous, event.sequence)))
      return 'skipped';
    await reaction.effect(tx, event, 'wait');
    return 'applied';
  });
}

/**
 * Follows the producer's events from the reaction's checkpoint and applies each exactly once: a fetched page in
 * one transaction (applyPageOnce) up to an event that would wait for a row lock, then one by one (applyOnce). A
 * consumer that was down catches up from its checkpoint; failures are logged (without data) and retried. Its
 * queue depth and lag are on the service's /metrics.
 */
export function startEventConsumer<Event extends ReadEvent, Tx extends TransactionalDatabase<Tx>>(
  reaction: EventReaction<Event, Tx>,
  connection: Pick<EventConsumerOptions<SourcedEvent>, 'url'> &
    Required<Pick<EventConsumerOptions<SourcedEvent>, 'headers'>> &
    Partial<Pick<EventConsumerOptions<SourcedEvent>, 'pageSize' | 'pollIntervalMs'>>,
  observability: ServiceObservability,
): EventConsumer {
  const checkpoint = () => loadCheckpoint(reaction.db, reaction.checkpoints, reaction.name);
  observeEventQueue(observability.metrics.registry, {
    consumer: reaction.name,
    source: reaction.source,
    url: connection.url,
    headers: connection.headers,
    loadCheckpoint: checkpoint,
  });
  return runEventConsumer({
    ...connection,
    source: reaction.source,
    loadCheckpoint: checkpoint,
    apply: (event, previous) => applyOnce(reaction, event, previous),
    applyPage: (events, previous) => applyPageOnce(reaction, events, previous),
    onError: (error) =>
      observability.logger.warn({ err: error, consumer: reaction.name }, 'event consumer failed; retrying'),
  });
}
