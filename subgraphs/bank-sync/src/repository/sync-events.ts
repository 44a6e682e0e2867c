import { appendEvents, defineOutbox } from '@collexis/events/publish';
import { arrayOverlaps, inArray, type SQL } from 'drizzle-orm';
import { syncEvents } from '../db';
import type { BankSyncQueryRunner, NewSyncEvent, SyncEventRow } from '../db/database';

/** bank-sync's outbox; listeners are woken on the channel `sync_events`. */
export const syncOutbox = defineOutbox(syncEvents);

/** Conditions an event meets; an absent one does not narrow the list. */
export interface SyncEventConditions {
  types?: readonly string[];
  /** Entity types as file names spell them; an event matches when it concerns one of them. */
  entityTypes?: readonly string[];
}

/** The conditions as SQL on the outbox, for its paged query and a subscriber's replay. */
export function matchingSyncEvents({ types, entityTypes }: SyncEventConditions): (SQL | undefined)[] {
  return [
    types === undefined ? undefined : inArray(syncEvents.eventType, [...types]),
    entityTypes === undefined ? undefined : arrayOverlaps(syncEvents.entityTypes, [...entityTypes]),
  ];
}

/**
 * Appends sync events to the outbox, in the transaction that writes the change; call it last (it takes the
 * outbox's lock until commit, decision 0010).
 */
export function appendSyncEvents(
  tx: BankSyncQueryRunner,
  events: readonly NewSyncEvent[],
): Promise<SyncEventRow[]> {
  return appendEvents(tx, syncOutbox, events);
}
