import type { PaymentEventResolvers } from '../generated/resolvers-types';
import { paymentEventTypeOf, paymentStatusOf } from '../inputs/enums';
import { eventCursor } from '../queries/event-args';

export const PaymentEvent: PaymentEventResolvers = {
  sequence: (event) => event.sequence.toString(),
  cursor: eventCursor,
  type: (event) => paymentEventTypeOf(event.eventType),
  status: (event) => paymentStatusOf(event.status),
  payment: async (event, _args, { loaders }) => {
    const payment = await loaders.paymentByReferenceNumber.load(event.paymentReferenceNumber);
    // The outbox's foreign key guarantees the payment; its absence is a broken database, not a client error.
    if (!payment)
      throw new Error(`payment ${event.paymentReferenceNumber} of event ${event.sequence} is missing`);
    return payment;
  },
};
