import { type Connection, toConnection } from '@collexis/platform/graphql';
import type { SQL } from 'drizzle-orm';
import { eventCursor, eventPageSize, parseEventCursor } from './event-args';
import { findEventsAfter, type Outbox, type OutboxRow, type OutboxRunner, type OutboxTable } from './outbox';

export interface EventsPageArgs {
  /** The events query's `after`: a cursor it returned, or null for the first event. */
  after: string | null | undefined;
  /** The events query's `first`: 100 when omitted, at most 500. */
  first: number | null | undefined;
  /** The filter's conditions, from the domain's selection. */
  where: readonly (SQL | undefined)[];
  /** Names the events in a bad cursor's message, e.g. "payment event". */
  what: string;
}

/** A page of a domain's events query (`<x>Events(after, first, filter)`): the matching events after the cursor, in commit order. */
export async function findEventsPage<T extends OutboxTable>(
  db: OutboxRunner,
  outbox: Outbox<T>,
  args: EventsPageArgs,
): Promise<Connection<OutboxRow<T>>> {
  const size = eventPageSize(args.first);
  const rows = await findEventsAfter(db, outbox, {
    after: parseEventCursor(args.after, args.what) ?? 0n,
    where: args.where,
    take: size + 1,
  });
  return toConnection(rows, size, eventCursor);
}
