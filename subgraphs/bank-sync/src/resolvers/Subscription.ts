import { openSyncEventStream } from '../events/sync-event-stream';
import type { SubscriptionResolvers } from '../generated/resolvers-types';
import { parseSyncEventCursor, syncEventSelection } from '../queries/sync-event-args';

export const Subscription: SubscriptionResolvers = {
  syncEvents: {
    subscribe: (_root, { after, filter }, { db, feed }) =>
      openSyncEventStream({ db, feed, selection: syncEventSelection(filter) }, parseSyncEventCursor(after)),
  },
};
