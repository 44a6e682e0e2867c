import type { WorkflowEventResolvers } from '../generated/resolvers-types';
import { eventCursor, workflowEventTypeOf } from '../queries/workflow-event-args';
import { loadAgent } from './load-agent';

/** A string of the event's details, or null. */
const detail = (details: Record<string, unknown>, name: string): string | null => {
  const value = details[name];
  return typeof value === 'string' ? value : null;
};

export const WorkflowEvent: WorkflowEventResolvers = {
  sequence: (event) => event.sequence.toString(),
  cursor: eventCursor,
  type: (event) => workflowEventTypeOf(event.eventType),
  customer: (event) => ({ cif: event.cif }),
  agent: (event, _, context) => loadAgent(context, event.agentId),
  action: (event, _, { loaders }) =>
    event.eventType === 'ACTION_RECORDED' ? loaders.actionById.load(event.entityId) : null,
  loan: (event) => {
    const accountNumber = detail(event.details, 'loanAccountNumber');
    return event.eventType === 'ACTION_RECORDED' && accountNumber ? { accountNumber } : null;
  },
  assignment: (event, _, { loaders }) =>
    event.eventType === 'CUSTOMER_ASSIGNED' ? loaders.assignmentById.load(event.entityId) : null,
  previousCallAgent: (event, _, context) => loadAgent(context, detail(event.details, 'previousCallAgentId')),
  previousFieldAgent: (event, _, context) =>
    loadAgent(context, detail(event.details, 'previousFieldAgentId')),
  case: (event, _, { loaders }) =>
    event.eventType === 'STATUS_CHANGED' ? loaders.caseByCif.load(event.cif) : null,
};
