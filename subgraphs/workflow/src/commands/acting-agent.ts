import type { Viewer } from '@collexis/platform/graphql';
import type { AgentRow } from '../db/database';
import { ActingForAnotherAgentError } from '../errors';

/** Who may record work in another agent's name (seed 004: an AGENT records actions only as itself). */
const ACTS_FOR_ANY_AGENT: readonly string[] = ['SUPERVISOR', 'ADMIN'];

/**
 * Checks that the caller may record work as `agent`: a supervisor or admin for anyone, an agent only for the
 * agent its token names (its employee id). FORBIDDEN naming the field otherwise.
 */
export function requireActingAs(viewer: Viewer, agent: AgentRow, field: string): void {
  if (viewer.roles.some((role) => ACTS_FOR_ANY_AGENT.includes(role))) return;
  if (viewer.agentId != null && viewer.agentId === agent.employeeId) return;
  throw new ActingForAnotherAgentError(field, agent.id);
}
