import { EventFeed, type EventSelection, openEventStream } from '@collexis/events/publish';
import type { WorkflowDatabase, WorkflowEventRow } from '../db/database';
import { workflowOutbox } from '../repository/workflow-events';

/** The process-wide feed of workflow events that subscriptions join. */
export type WorkflowEventFeed = EventFeed<typeof workflowOutbox.table>;

/** A feed of the workflow outbox, read through `db` (a pool of its own) and woken by NOTIFY on `url`. */
export function createWorkflowEventFeed(options: { db: WorkflowDatabase; url: string }): WorkflowEventFeed {
  return new EventFeed({ ...options, outbox: workflowOutbox });
}

/** One subscriber's `Subscription.workflowEvents`: the replay after `after`, then live events. */
export function openWorkflowEventStream(
  options: {
    db: WorkflowDatabase;
    feed: WorkflowEventFeed;
    selection: EventSelection<WorkflowEventRow>;
  },
  after: bigint | null,
) {
  return openEventStream({ ...options, field: 'workflowEvents', outbox: workflowOutbox }, after);
}
