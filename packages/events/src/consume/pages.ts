import { advanceCheckpoint, setCheckpoint } from './checkpoints';
import type { EventReaction, ReadEvent, TransactionalDatabase } from './exactly-once';

/** PostgreSQL's lock_not_available: a `NOWAIT` lock found its row held by another transaction. */
const LOCK_NOT_AVAILABLE = '55P03';

/** Whether the error, or one it wraps (drizzle wraps pg's), is a `NOWAIT` lock's refusal. */
export function isLockRefusal(error: unknown): boolean {
  let current: unknown = error;
  while (typeof current === 'object' && current !== null) {
    if ('code' in current && current.code === LOCK_NOT_AVAILABLE) return true;
    current = 'cause' in current && current.cause !== current ? current.cause : undefined;
  }
  return false;
}

/** The page's first event met a held row: nothing to commit, so its transaction (checkpoint too) rolls back. */
class FirstEventRefused extends Error {}

/** Applies the events in order, each after a savepoint, until one's effect refuses to wait; returns how many. */
async function applyUntilRefused<Event extends ReadEvent, Tx extends TransactionalDatabase<Tx>>(
  tx: Tx,
  reaction: EventReaction<Event, Tx>,
  events: readonly Event[],
): Promise<number> {
  let applied = 0;
  for (const event of events) {
    try {
      await tx.transaction((savepoint) => reaction.effect(savepoint, event, 'nowait'));
    } catch (error) {
      if (isLockRefusal(error)) return applied;
      throw error;
    }
    applied += 1;
  }
  return applied;
}

/**
 * One transaction over the page that moves the checkpoint from `previous` to its last event first (taking its
 * row lock, as applyOnce does), then runs `write`, which returns how many events it applied; 'skipped' (nothing
 * written) when another replica had moved the checkpoint.
 */
async function inPageTransaction<Event extends ReadEvent, Tx extends TransactionalDatabase<Tx>>(
  reaction: EventReaction<Event, Tx>,
  events: readonly Event[],
  previous: string | null,
  write: (tx: Tx, last: Event) => Promise<number>,
): Promise<number | 'skipped'> {
  const last = events.at(-1);
  if (!last) return 0;
  return reaction.db.transaction(async (tx) => {
    if (!(await advanceCheckpoint(tx, reaction.checkpoints, reaction.name, previous, last.sequence)))
      return 'skipped';
    return write(tx, last);
  });
}

/** The page written by the reaction's pageEffect; 'refused' (all rolled back) when one of its NOWAIT locks was. */
async function applyWholeOnce<Event extends ReadEvent, Tx extends TransactionalDatabase<Tx>>(
  reaction: EventReaction<Event, Tx>,
  pageEffect: (tx: Tx, events: readonly Event[]) => Promise<void>,
  events: readonly Event[],
  previous: string | null,
): Promise<number | 'skipped' | 'refused'> {
  try {
    return await inPageTransaction(reaction, events, previous, async (tx) => {
      await pageEffect(tx, events);
      return events.length;
    });
  } catch (error) {
    if (isLockRefusal(error)) return 'refused';
    throw error;
  }
}

/** The page written event by event, each after a savepoint, committing the events before the first refused. */
async function applyEachOnce<Event extends ReadEvent, Tx extends TransactionalDatabase<Tx>>(
  reaction: EventReaction<Event, Tx>,
  events: readonly Event[],
  previous: string | null,
): Promise<number | 'skipped'> {
  try {
    return await inPageTransaction(reaction, events, previous, async (tx, last) => {
      const applied = await applyUntilRefused(tx, reaction, events);
      const lastApplied = events[applied - 1];
      if (!lastApplied) throw new FirstEventRefused();
      if (lastApplied !== last)
        await setCheckpoint(tx, reaction.checkpoints, reaction.name, lastApplied.sequence);
      return applied;
    });
  } catch (error) {
    if (error instanceof FirstEventRefused) return 0;
    throw error;
  }
}

/**
 * Applies consecutive events (the first right after `previous`) exactly once in ONE transaction: the checkpoint
 * moves by compare-and-set from `previous` to the last event first (taking its row lock, as applyOnce does),
 * then the reaction's pageEffect writes them all (decision 0042). Without one, or when its NOWAIT locks met a
 * held row (that transaction then rolled back whole), each effect runs with its row locks NOWAIT after a
 * savepoint: an effect that would wait is rolled back to the savepoint before its event; the events before it
 * commit with the checkpoint set to the last of them, and the caller applies the rest one by one (which may
 * wait). Returns how many events were applied (0 when the first was refused: nothing is written), or 'skipped'
 * when another replica moved the checkpoint (nothing written). Any other error rolls the whole page back and
 * is thrown.
 */
export async function applyPageOnce<Event extends ReadEvent, Tx extends TransactionalDatabase<Tx>>(
  reaction: EventReaction<Event, Tx>,
  events: readonly Event[],
  previous: string | null,
): Promise<number | 'skipped'> {
  const { pageEffect } = reaction;
  if (pageEffect) {
    const whole = await applyWholeOnce(reaction, pageEffect, events, previous);
    if (whole !== 'refused') return whole;
  }
  return applyEachOnce(reaction, events, previous);
}
