import { eventSelection, parseEventCursor } from '../events/args';
import { openPaymentEventStream } from '../events/stream';
import type { SubscriptionResolvers } from '../generated/resolvers-types';

export const Subscription: SubscriptionResolvers = {
  paymentEvents: {
    subscribe: (_root, { after, filter }, { db, feed }) =>
      openPaymentEventStream({ db, feed, selection: eventSelection(filter) }, parseEventCursor(after)),
  },
};
