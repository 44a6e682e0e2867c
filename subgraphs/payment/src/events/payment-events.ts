import { EventFeed, type EventSelection, openEventStream } from '@collexis/events/publish';
import type { PaymentDatabase, PaymentEventRow } from '../db/database';
import { paymentOutbox } from '../repository/payment-events';

/** The process-wide feed of payment events that subscriptions join. */
export type PaymentEventFeed = EventFeed<typeof paymentOutbox.table>;

/** A feed of the payment outbox, read through `db` (a pool of its own) and woken by NOTIFY on `url`. */
export function createPaymentEventFeed(options: { db: PaymentDatabase; url: string }): PaymentEventFeed {
  return new EventFeed({ ...options, outbox: paymentOutbox });
}

/** One subscriber's `Subscription.paymentEvents`: the replay after `after`, then live events. */
export function openPaymentEventStream(
  options: {
    db: PaymentDatabase;
    feed: PaymentEventFeed;
    selection: EventSelection<PaymentEventRow>;
    capacity?: number;
  },
  after: bigint | null,
) {
  return openEventStream({ ...options, field: 'paymentEvents', outbox: paymentOutbox }, after);
}
