import { and, asc, eq, gt, gte, inArray, max, type SQL, sql } from 'drizzle-orm';
import { paymentEvents } from '../db';
import type { NewPaymentEvent, PaymentEventRow, PaymentQueryRunner } from '../db/database';

/** The channel `pg_notify` wakes listeners on; the payload is the highest sequence just committed. */
export const PAYMENT_EVENTS_CHANNEL = 'payment_events';

/** Conditions an event meets; an absent one does not narrow the list. */
export interface PaymentEventConditions {
  cif?: string;
  loanAccountNumber?: string;
  types?: readonly string[];
  /** Inclusive, a decimal string. */
  minAmount?: string;
}

function matching(conditions: PaymentEventConditions): (SQL | undefined)[] {
  const { cif, loanAccountNumber, types, minAmount } = conditions;
  return [
    cif === undefined ? undefined : eq(paymentEvents.cif, cif),
    loanAccountNumber === undefined ? undefined : eq(paymentEvents.loanAccountNumber, loanAccountNumber),
    types === undefined ? undefined : inArray(paymentEvents.eventType, [...types]),
    minAmount === undefined ? undefined : gte(paymentEvents.amount, minAmount),
  ];
}

/** Events with a sequence above `after` that meet the conditions, oldest first, at most `take`. */
export function findEventsAfter(
  db: PaymentQueryRunner,
  slice: { after: bigint; conditions: PaymentEventConditions; take: number },
): Promise<PaymentEventRow[]> {
  return db
    .select()
    .from(paymentEvents)
    .where(and(gt(paymentEvents.sequence, slice.after), ...matching(slice.conditions)))
    .orderBy(asc(paymentEvents.sequence))
    .limit(slice.take);
}

/** The sequence of the newest committed event; 0 when the outbox is empty. */
export async function headSequence(db: PaymentQueryRunner): Promise<bigint> {
  const [row] = await db.select({ head: max(paymentEvents.sequence) }).from(paymentEvents);
  return row?.head ?? 0n;
}

/**
 * Appends events to the outbox and notifies listeners on commit. Call it last in the transaction that
 * writes the payments: it takes a transaction-scoped advisory lock that is held until commit.
 *
 * Why the lock: a consumer reads "events after N". With a plain sequence (nextval), transaction A can draw
 * 7, transaction B draw 8 and commit first; a consumer that reads 8 and moves its cursor past it never sees
 * 7 when A commits. Holding one lock from drawing the number to commit makes writers of events take turns,
 * so sequences become visible in increasing order and `max + 1` under the lock is gap-free as well
 * (docs/decisions/0010-outbox-commit-order.md). The lock covers only the last statements of a write.
 */
export async function appendEvents(
  db: PaymentQueryRunner,
  events: readonly NewPaymentEvent[],
): Promise<PaymentEventRow[]> {
  if (events.length === 0) return [];
  // Keyed on the outbox table's oid: unique in the database, and no other code uses it.
  await db.execute(
    sql`select pg_advisory_xact_lock('payment_service.payment_events'::regclass::oid::bigint)`,
  );
  // A statement of its own, after the lock: its snapshot then includes the previous holder's commit.
  const head = await headSequence(db);
  const rows = await db
    .insert(paymentEvents)
    .values(events.map((event, index) => ({ ...event, sequence: head + BigInt(index + 1) })))
    .returning();
  const newest = head + BigInt(events.length);
  await db.execute(sql`select pg_notify(${PAYMENT_EVENTS_CHANNEL}, ${newest.toString()})`);
  return rows;
}
