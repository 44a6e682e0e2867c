import { type EventSelection, parseEventCursor, requireTypes } from '@collexis/events/publish';
import { parseUuid } from '@collexis/platform/graphql';
import type { WorkflowEventRow } from '../db/database';
import type { WorkflowEventFilter, WorkflowEventType } from '../generated/resolvers-types';
import { matchingWorkflowEvents } from '../repository/workflow-events';

export { eventCursor } from '@collexis/events/publish';

const EVENT_TYPES: readonly WorkflowEventType[] = ['ACTION_RECORDED', 'CUSTOMER_ASSIGNED', 'STATUS_CHANGED'];

/** The GraphQL type of a stored event type; anything else is a broken outbox, not a client error. */
export function workflowEventTypeOf(stored: string): WorkflowEventType {
  const type = EVENT_TYPES.find((candidate) => candidate === stored);
  if (!type) throw new Error(`workflow event of unknown type ${stored}`);
  return type;
}

/** Parses `after`: a sequence as a decimal string; null stays null. */
export const parseWorkflowEventCursor = (after: string | null | undefined) =>
  parseEventCursor(after, 'workflow event');

/** A filter, validated, as SQL conditions on the outbox and as the same test applied to live events. */
export function workflowEventSelection(
  filter: WorkflowEventFilter | null | undefined,
): EventSelection<WorkflowEventRow> {
  const types = requireTypes(filter?.types, 'WorkflowEventType');
  const cif = filter?.cif ?? undefined;
  const team = filter?.team ?? undefined;
  const agentId = filter?.agentId == null ? undefined : parseUuid('filter.agentId', filter.agentId);
  return {
    where: matchingWorkflowEvents({ types, cif, team, agentId }),
    matches: (event) =>
      (types === undefined || types.some((type) => type === event.eventType)) &&
      (cif === undefined || event.cif === cif) &&
      (team === undefined || event.teams.includes(team)) &&
      (agentId === undefined || event.agentIds.includes(agentId)),
  };
}
