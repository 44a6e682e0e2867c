import { openPaymentEventStream } from '../events/payment-events';
import type { SubscriptionResolvers } from '../generated/resolvers-types';
import { eventSelection, parsePaymentEventCursor } from '../queries/event-args';

export const Subscription: SubscriptionResolvers = {
  paymentEvents: {
    subscribe: (_root, { after, filter }, { db, feed }) =>
      openPaymentEventStream({ db, feed, selection: eventSelection(filter) }, parsePaymentEventCursor(after)),
  },
};
