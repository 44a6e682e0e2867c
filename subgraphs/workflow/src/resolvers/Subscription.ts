import { openWorkflowEventStream } from '../events/workflow-event-stream';
import type { SubscriptionResolvers } from '../generated/resolvers-types';
import { parseWorkflowEventCursor, workflowEventSelection } from '../queries/workflow-event-args';

export const Subscription: SubscriptionResolvers = {
  workflowEvents: {
    subscribe: (_root, { after, filter }, { db, feed }) =>
      openWorkflowEventStream(
        { db, feed, selection: workflowEventSelection(filter) },
        parseWorkflowEventCursor(after),
      ),
  },
};
