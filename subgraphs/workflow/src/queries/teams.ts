import type { WorkflowQueryRunner } from '../db/database';
import { NotFoundError } from '../errors';
import { countTeamAgents } from '../repository/teams';

/** A team of agents, by name: what `Team` resolves from. */
export interface TeamKey {
  name: string;
}

/** The team, when some agent is in it; NOT_FOUND naming `field` otherwise. */
export async function findTeam(db: WorkflowQueryRunner, name: string, field = 'name'): Promise<TeamKey> {
  if ((await countTeamAgents(db, name)) === 0) throw new NotFoundError('Team', name, field);
  return { name };
}
