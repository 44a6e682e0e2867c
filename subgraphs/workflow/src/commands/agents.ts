import { validateInput } from '@collexis/platform/graphql';
import type { AgentRow, WorkflowQueryRunner } from '../db/database';
import { BadUserInputError, ConflictError, NotFoundError } from '../errors';
import { createAgentInput, deactivateAgentInput, updateAgentInput } from '../inputs/agents';
import { findAgentForUpdate, findAgentsForShare, insertAgent, updateAgent } from '../repository/agents';
import { recordAudit } from '../repository/audit-log';
import { violatedUniqueConstraint } from '../repository/unique-violation';
import type { WriteContext } from './write-context';

/** The unique keys of agents, by constraint, with the input field that carries them. */
const UNIQUE_FIELDS: Record<string, 'employeeId' | 'email'> = {
  uq_agents_employee_id: 'employeeId',
  uq_agents_email: 'email',
};

/** Runs a write of agents, turning a taken employee id or email into a CONFLICT naming the field. */
async function uniquely<T>(
  values: { employeeId?: string; email?: string },
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const field = UNIQUE_FIELDS[violatedUniqueConstraint(error) ?? ''];
    if (!field) throw error;
    throw new ConflictError(
      `input.${field}: another agent already has ${field} ${values[field]}`,
      `input.${field}`,
    );
  }
}

export function createAgent(context: WriteContext, rawInput: unknown): Promise<AgentRow> {
  const input = validateInput(createAgentInput, rawInput);
  return uniquely(input, () =>
    context.db.transaction(async (tx) => {
      const agent = await insertAgent(tx, { ...input, isActive: true });
      await recordAudit(tx, context.viewer, [
        { operation: 'createAgent', entityType: 'Agent', entityKey: agent.id, before: null, after: agent },
      ]);
      return agent;
    }),
  );
}

async function lockedAgent(tx: WorkflowQueryRunner, id: string): Promise<AgentRow> {
  const agent = await findAgentForUpdate(tx, id);
  if (!agent) throw new NotFoundError('agent', id, 'input.id');
  return agent;
}

export function updateAgentFields(context: WriteContext, rawInput: unknown): Promise<AgentRow> {
  const { id, ...changes } = validateInput(updateAgentInput, rawInput);
  return uniquely(changes, () =>
    context.db.transaction(async (tx) => {
      const before = await lockedAgent(tx, id);
      const after = await updateAgent(tx, id, changes);
      await recordAudit(tx, context.viewer, [
        { operation: 'updateAgent', entityType: 'Agent', entityKey: id, before, after },
      ]);
      return after;
    }),
  );
}

export function deactivateAgent(context: WriteContext, rawInput: unknown): Promise<AgentRow> {
  const { id } = validateInput(deactivateAgentInput, rawInput);
  return context.db.transaction(async (tx) => {
    const before = await lockedAgent(tx, id);
    if (!before.isActive) return before;
    const after = await updateAgent(tx, id, { isActive: false });
    await recordAudit(tx, context.viewer, [
      { operation: 'deactivateAgent', entityType: 'Agent', entityKey: id, before, after },
    ]);
    return after;
  });
}

/** An agent an input field names. */
export interface AgentReference {
  /** Path of the field in the input, e.g. `input.callAgentId`. */
  field: string;
  id: string;
}

/**
 * Checks that the agents an input names exist and are active, and keeps them so (share lock) until the
 * transaction ends: NOT_FOUND for an unknown agent, BAD_USER_INPUT for an inactive one, naming the field.
 * Returns the agents in the order of the references.
 */
export async function requireActiveAgents(
  tx: WorkflowQueryRunner,
  references: readonly AgentReference[],
): Promise<AgentRow[]> {
  if (references.length === 0) return [];
  const found = new Map(
    (await findAgentsForShare(tx, [...new Set(references.map((r) => r.id))])).map((agent) => [
      agent.id,
      agent,
    ]),
  );
  return references.map(({ field, id }) => {
    const agent = found.get(id);
    if (!agent) throw new NotFoundError('agent', id, field);
    if (!agent.isActive) {
      throw new BadUserInputError(
        field,
        `${field}: agent ${id} (${agent.name}) is inactive; choose an active agent`,
      );
    }
    return agent;
  });
}
