import { validateInput } from '@collexis/platform/graphql';
import type { CustomerCaseActionRow, CustomerCaseRow, WorkflowQueryRunner } from '../db/database';
import { BadUserInputError, NotFoundError } from '../errors';
import { statusChanged } from '../events/workflow-event-rows';
import {
  CASE_STATUSES,
  type CaseStatusField,
  type RecordCaseAction,
  recordCaseActionInput,
} from '../inputs/cases';
import { findCurrentAssignmentsByCifs, lockCustomers } from '../repository/assignments';
import { recordAudit } from '../repository/audit-log';
import { insertCaseAction } from '../repository/case-actions';
import { type CaseChanges, findCasesForUpdate, insertCase, updateCase } from '../repository/cases';
import { appendWorkflowEvents } from '../repository/workflow-events';
import { requireActingAs } from './acting-agent';
import { requireActiveAgents } from './agents';
import type { WriteContext } from './write-context';

export interface CaseActionOutcome {
  caseAction: CustomerCaseActionRow;
  case: CustomerCaseRow;
}

/** The statuses the input gives (null or omitted: unchanged), and the follow-up when given. */
function caseChanges(input: RecordCaseAction): CaseChanges {
  const changes: CaseChanges = {};
  for (const field of CASE_STATUSES) {
    const status = input[field];
    if (status != null) changes[field] = status;
  }
  if (input.fUpdate !== undefined) changes.fUpdate = input.fUpdate;
  return changes;
}

/**
 * Opens the customer's case with the five statuses of its first case action and the agents of its current
 * assignment; BAD_USER_INPUT naming the first status the input lacks.
 */
async function openCase(
  tx: WorkflowQueryRunner,
  input: RecordCaseAction,
  changes: CaseChanges,
): Promise<CustomerCaseRow> {
  const statusOf = (field: CaseStatusField): string => {
    const status = changes[field];
    if (status) return status;
    throw new BadUserInputError(
      `input.${field}`,
      `input.${field}: customer ${input.cif} has no case yet; its first case action gives all five statuses`,
    );
  };
  const opening = {
    customerStatus: statusOf('customerStatus'),
    collateralStatus: statusOf('collateralStatus'),
    processingStateStatus: statusOf('processingStateStatus'),
    lendingViolationStatus: statusOf('lendingViolationStatus'),
    recoveryAbilityStatus: statusOf('recoveryAbilityStatus'),
  };
  const [assignment] = await findCurrentAssignmentsByCifs(tx, [input.cif]);
  return insertCase(tx, {
    cif: input.cif,
    ...opening,
    fUpdate: changes.fUpdate ?? null,
    assignedCallAgentId: assignment?.assignedCallAgentId ?? null,
    assignedFieldAgentId: assignment?.assignedFieldAgentId ?? null,
  });
}

/** The case after the action: opened, updated with the changes, or as it was when the action changes nothing. */
async function applyToCase(
  tx: WorkflowQueryRunner,
  input: RecordCaseAction,
  before: CustomerCaseRow | undefined,
): Promise<CustomerCaseRow> {
  const changes = caseChanges(input);
  if (!before) return openCase(tx, input, changes);
  if (Object.keys(changes).length === 0) return before;
  return updateCase(tx, input.cif, changes);
}

/**
 * Records a case action and applies its statuses to the customer's case, in one transaction: the customer is
 * locked (as assignments lock it, so the case's agents stay those of the current assignment), the case action
 * is stored, the case opened or updated, and both audited.
 */
export async function recordCaseAction(context: WriteContext, rawInput: unknown): Promise<CaseActionOutcome> {
  const input = validateInput(recordCaseActionInput, rawInput);
  const found = await context.customers.lookup({ cifs: [input.cif] });
  if (!found.customers.has(input.cif)) throw new NotFoundError('customer', input.cif, 'input.cif');
  return context.db.transaction(async (tx) => {
    await lockCustomers(tx, [input.cif]);
    const [agent] = await requireActiveAgents(tx, [{ field: 'input.agentId', id: input.agentId }]);
    if (agent) requireActingAs(context.viewer, agent, 'input.agentId');
    const [before] = await findCasesForUpdate(tx, [input.cif]);
    const after = await applyToCase(tx, input, before);
    const caseAction = await insertCaseAction(tx, {
      cif: input.cif,
      agentId: input.agentId,
      actionDate: input.actionDate ?? new Date(),
      notes: input.notes ?? null,
      customerStatus: input.customerStatus ?? null,
      collateralStatus: input.collateralStatus ?? null,
      processingStateStatus: input.processingStateStatus ?? null,
      lendingViolationStatus: input.lendingViolationStatus ?? null,
      recoveryAbilityStatus: input.recoveryAbilityStatus ?? null,
      createdBy: context.viewer.id,
      updatedBy: context.viewer.id,
    });
    await recordAudit(tx, context.viewer, [
      {
        operation: 'recordCaseAction',
        entityType: 'CustomerCaseAction',
        entityKey: caseAction.id,
        before: null,
        after: caseAction,
      },
      {
        operation: 'recordCaseAction',
        entityType: 'CustomerCase',
        entityKey: input.cif,
        before: before ?? null,
        after,
      },
    ]);
    const changed = await statusChanged(tx, 'recordCaseAction', before ?? null, after, input.agentId);
    await appendWorkflowEvents(tx, changed ? [changed] : []);
    return { caseAction, case: after };
  });
}
