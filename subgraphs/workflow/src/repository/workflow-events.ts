import { appendEvents, defineOutbox } from '@collexis/events/publish';
import { arrayContains, eq, inArray, type SQL } from 'drizzle-orm';
import { agents, workflowEvents } from '../db';
import type { NewWorkflowEvent, WorkflowEventRow, WorkflowQueryRunner } from '../db/database';

/** workflow's outbox; listeners are woken on the channel `workflow_events`. */
export const workflowOutbox = defineOutbox(workflowEvents);

/** Conditions an event meets; an absent one does not narrow the list. */
export interface WorkflowEventConditions {
  types?: readonly string[];
  cif?: string;
  agentId?: string;
  team?: string;
}

/** The conditions as SQL on the outbox, for its paged query and a subscriber's replay. */
export function matchingWorkflowEvents(conditions: WorkflowEventConditions): (SQL | undefined)[] {
  const { types, cif, agentId, team } = conditions;
  return [
    types === undefined ? undefined : inArray(workflowEvents.eventType, [...types]),
    cif === undefined ? undefined : eq(workflowEvents.cif, cif),
    agentId === undefined ? undefined : arrayContains(workflowEvents.agentIds, [agentId]),
    team === undefined ? undefined : arrayContains(workflowEvents.teams, [team]),
  ];
}

/**
 * Appends workflow events to the outbox, in the transaction that writes the change; call it last (it takes
 * the outbox's lock until commit, decision 0010).
 */
export function appendWorkflowEvents(
  tx: WorkflowQueryRunner,
  events: readonly NewWorkflowEvent[],
): Promise<WorkflowEventRow[]> {
  return appendEvents(tx, workflowOutbox, events);
}

/** The team of each of these agents, by id: what an event records of the agents it involves. */
export async function findAgentTeams(
  tx: WorkflowQueryRunner,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: agents.id, team: agents.team })
    .from(agents)
    .where(inArray(agents.id, [...new Set(ids)]));
  return new Map(rows.map((row) => [row.id, row.team]));
}
