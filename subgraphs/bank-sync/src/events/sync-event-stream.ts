import { EventFeed, type EventSelection, openEventStream } from '@collexis/events/publish';
import type { BankSyncDatabase, SyncEventRow } from '../db/database';
import { syncOutbox } from '../repository/sync-events';

/** The process-wide feed of sync events that subscriptions join. */
export type SyncEventFeed = EventFeed<typeof syncOutbox.table>;

/** A feed of the sync outbox, read through `db` (a pool of its own) and woken by NOTIFY on `url`. */
export function createSyncEventFeed(options: { db: BankSyncDatabase; url: string }): SyncEventFeed {
  return new EventFeed({ ...options, outbox: syncOutbox });
}

/** One subscriber's `Subscription.syncEvents`: the replay after `after`, then live events. */
export function openSyncEventStream(
  options: { db: BankSyncDatabase; feed: SyncEventFeed; selection: EventSelection<SyncEventRow> },
  after: bigint | null,
) {
  return openEventStream({ ...options, field: 'syncEvents', outbox: syncOutbox }, after);
}
