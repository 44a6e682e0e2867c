import { validateInput } from '@collexis/platform/graphql';
import type { ActionRecordRow } from '../db/database';
import { BadUserInputError, NotFoundError } from '../errors';
import { actionRecorded } from '../events/workflow-event-rows';
import { recordActionInput, updateActionResultInput } from '../inputs/actions';
import { findActionForUpdate, insertAction, updateActionResult } from '../repository/actions';
import { findAgentsByIds } from '../repository/agents';
import { recordAudit } from '../repository/audit-log';
import { appendWorkflowEvents } from '../repository/workflow-events';
import { requireActingAs } from './acting-agent';
import { requireActiveAgents } from './agents';
import type { WriteContext } from './write-context';

/**
 * Records an action: the input is checked, then the customer and loan with bank-sync (one request), then, in
 * one transaction, the agent (active, and kept so), the action and its audit entry.
 */
export async function recordAction(context: WriteContext, rawInput: unknown): Promise<ActionRecordRow> {
  const input = validateInput(recordActionInput, rawInput);
  const found = await context.customers.lookup({
    cifs: [input.cif],
    loanAccountNumbers: [input.loanAccountNumber],
  });
  if (!found.customers.has(input.cif)) throw new NotFoundError('customer', input.cif, 'input.cif');
  const owner = found.loanOwners.get(input.loanAccountNumber);
  if (owner === undefined)
    throw new NotFoundError('loan', input.loanAccountNumber, 'input.loanAccountNumber');
  if (owner !== input.cif) {
    throw new BadUserInputError(
      'input.loanAccountNumber',
      `input.loanAccountNumber: loan ${input.loanAccountNumber} is not a loan of customer ${input.cif}`,
    );
  }
  return context.db.transaction(async (tx) => {
    const [agent] = await requireActiveAgents(tx, [{ field: 'input.agentId', id: input.agentId }]);
    if (agent) requireActingAs(context.viewer, agent, 'input.agentId');
    const action = await insertAction(tx, {
      ...input,
      actionDate: input.actionDate ?? new Date(),
      createdBy: context.viewer.id,
      updatedBy: context.viewer.id,
    });
    await recordAudit(tx, context.viewer, [
      {
        operation: 'recordAction',
        entityType: 'ActionRecord',
        entityKey: action.id,
        before: null,
        after: action,
      },
    ]);
    await appendWorkflowEvents(tx, [await actionRecorded(tx, 'recordAction', action, null)]);
    return action;
  });
}

/** Sets an action's result, and its notes when given (null removes them). */
export function setActionResult(context: WriteContext, rawInput: unknown): Promise<ActionRecordRow> {
  const input = validateInput(updateActionResultInput, rawInput);
  return context.db.transaction(async (tx) => {
    const before = await findActionForUpdate(tx, input.id);
    if (!before) throw new NotFoundError('action', input.id, 'input.id');
    const [agent] = await findAgentsByIds(tx, [before.agentId]);
    if (agent) requireActingAs(context.viewer, agent, 'input.id');
    const after = await updateActionResult(tx, input.id, {
      actionResult: input.actionResult,
      notes: input.notes === undefined ? before.notes : input.notes,
      updatedBy: context.viewer.id,
    });
    await recordAudit(tx, context.viewer, [
      { operation: 'updateActionResult', entityType: 'ActionRecord', entityKey: input.id, before, after },
    ]);
    await appendWorkflowEvents(tx, [await actionRecorded(tx, 'updateActionResult', after, before)]);
    return after;
  });
}
