import type {
  ActionRecordRow,
  CustomerAgentRow,
  CustomerCaseRow,
  NewWorkflowEvent,
  WorkflowQueryRunner,
} from '../db/database';
import { CASE_STATUSES } from '../inputs/cases';
import { findAgentTeams } from '../repository/workflow-events';

type AgentId = string | null | undefined;

const presentIds = (ids: readonly AgentId[]) => [...new Set(ids.filter((id) => id != null))];

/** The agents an event involves (absent ones dropped, each once) and their teams, from `teams`. */
function involved(teams: ReadonlyMap<string, string>, agentIds: readonly AgentId[]) {
  const ids = presentIds(agentIds);
  return { agentIds: ids, teams: [...new Set(ids.flatMap((id) => teams.get(id) ?? []))] };
}

/** The same, reading the agents' teams as they are now. */
async function involving(tx: WorkflowQueryRunner, agentIds: readonly AgentId[]) {
  return involved(await findAgentTeams(tx, presentIds(agentIds)), agentIds);
}

/** ACTION_RECORDED: an action was recorded (`recordAction`) or its result set (`updateActionResult`). */
export async function actionRecorded(
  tx: WorkflowQueryRunner,
  operation: 'recordAction' | 'updateActionResult',
  action: ActionRecordRow,
  before: ActionRecordRow | null,
): Promise<NewWorkflowEvent> {
  return {
    eventType: 'ACTION_RECORDED',
    entityType: 'ActionRecord',
    entityId: action.id,
    cif: action.cif,
    agentId: action.agentId,
    ...(await involving(tx, [action.agentId])),
    details: {
      operation,
      loanAccountNumber: action.loanAccountNumber,
      actionType: action.type,
      subtype: action.subtype,
      actionResult: action.actionResult,
      previousActionResult: before?.actionResult ?? null,
    },
  };
}

/** CUSTOMER_ASSIGNED: a customer's current assignment changed (assign, reassign, bulk assign). */
export async function customersAssigned(
  tx: WorkflowQueryRunner,
  operation: string,
  changes: readonly { after: CustomerAgentRow; before: CustomerAgentRow | null }[],
): Promise<NewWorkflowEvent[]> {
  const agentsOf = ({ after, before }: (typeof changes)[number]) => [
    after.assignedCallAgentId,
    after.assignedFieldAgentId,
    before?.assignedCallAgentId,
    before?.assignedFieldAgentId,
  ];
  const teams = await findAgentTeams(tx, presentIds(changes.flatMap(agentsOf)));
  return changes.map((change) => {
    const { after, before } = change;
    return {
      eventType: 'CUSTOMER_ASSIGNED',
      entityType: 'CustomerAgent',
      entityId: after.id,
      cif: after.cif,
      agentId: after.assignedCallAgentId ?? after.assignedFieldAgentId,
      ...involved(teams, agentsOf(change)),
      details: {
        operation,
        assignmentId: after.id,
        callAgentId: after.assignedCallAgentId,
        fieldAgentId: after.assignedFieldAgentId,
        previousCallAgentId: before?.assignedCallAgentId ?? null,
        previousFieldAgentId: before?.assignedFieldAgentId ?? null,
        startDate: after.startDate,
      },
    };
  });
}

/**
 * STATUS_CHANGED: some of a case's five statuses changed (or the case was opened); null when none did. `cause`
 * is the operation or reaction (`recordCaseAction`, `paymentReceived`, `loanClosed`, ...), `agentId` who acted.
 */
export async function statusChanged(
  tx: WorkflowQueryRunner,
  cause: string,
  before: CustomerCaseRow | null,
  after: CustomerCaseRow,
  agentId: string | null,
): Promise<NewWorkflowEvent | null> {
  const changes = Object.fromEntries(
    CASE_STATUSES.filter((field) => before?.[field] !== after[field]).map((field) => [
      field,
      { from: before?.[field] ?? null, to: after[field] },
    ]),
  );
  if (Object.keys(changes).length === 0) return null;
  return {
    eventType: 'STATUS_CHANGED',
    entityType: 'CustomerCase',
    entityId: after.cif,
    cif: after.cif,
    agentId,
    ...(await involving(tx, [agentId, after.assignedCallAgentId, after.assignedFieldAgentId])),
    details: { cause, changes },
  };
}
