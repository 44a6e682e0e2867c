import { openPaymentEventStream } from '../events/stream';
import type { SubscriptionResolvers } from '../generated/resolvers-types';
import { eventSelection, parseEventCursor } from '../queries/event-args';

export const Subscription: SubscriptionResolvers = {
  paymentEvents: {
    subscribe: (_root, { after, filter }, { db, feed }) =>
      openPaymentEventStream({ db, feed, selection: eventSelection(filter) }, parseEventCursor(after)),
  },
};
