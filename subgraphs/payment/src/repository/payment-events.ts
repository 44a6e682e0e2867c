import { appendEvents, defineOutbox } from '@collexis/events/publish';
import { eq, gte, inArray, type SQL } from 'drizzle-orm';
import { paymentEvents } from '../db';
import type { NewPaymentEvent, PaymentEventRow, PaymentQueryRunner } from '../db/database';

/** payment's outbox; listeners are woken on the channel `payment_events`. */
export const paymentOutbox = defineOutbox(paymentEvents);

/** Conditions an event meets; an absent one does not narrow the list. */
export interface PaymentEventConditions {
  cif?: string;
  loanAccountNumber?: string;
  types?: readonly string[];
  /** Inclusive, a decimal string. */
  minAmount?: string;
}

/** The conditions as SQL on the outbox, for its paged query and a subscriber's replay. */
export function matchingPaymentEvents(conditions: PaymentEventConditions): (SQL | undefined)[] {
  const { cif, loanAccountNumber, types, minAmount } = conditions;
  return [
    cif === undefined ? undefined : eq(paymentEvents.cif, cif),
    loanAccountNumber === undefined ? undefined : eq(paymentEvents.loanAccountNumber, loanAccountNumber),
    types === undefined ? undefined : inArray(paymentEvents.eventType, [...types]),
    minAmount === undefined ? undefined : gte(paymentEvents.amount, minAmount),
  ];
}

/**
 * Appends payment events to the outbox, in the transaction that writes the payments; call it last (it takes
 * the outbox's lock until commit, decision 0010).
 */
export function appendPaymentEvents(
  db: PaymentQueryRunner,
  events: readonly NewPaymentEvent[],
): Promise<PaymentEventRow[]> {
  return appendEvents(db, paymentOutbox, events);
}
