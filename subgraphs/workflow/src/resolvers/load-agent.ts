import type { Context } from '../context';
import type { AgentRow } from '../db/database';

/** The agent an optional reference names, through the request's agent loader. */
export function loadAgent(context: Context, id: string | null): Promise<AgentRow | null> | null {
  return id === null ? null : context.loaders.agentById.load(id);
}
