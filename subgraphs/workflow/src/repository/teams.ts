import { and, asc, count, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { agents, customerAgents } from '../db';
import type { WorkflowQueryRunner } from '../db/database';

/** A team with its agents and the customers assigned to them now. */
export interface TeamSummaryRow {
  name: string;
  agentCount: number;
  activeAgentCount: number;
  customerCount: number;
}

/** The agents of a team, under a name of their own so that a team of an outer `agents` row can be compared. */
const teamAgents = alias(agents, 'team_agents');

/** Current assignments naming an agent of the team (a name, or an outer query's column) as call or field agent. */
function assignedToTeam(db: WorkflowQueryRunner, team: SQL | string): SQL | undefined {
  const ids = db.select({ id: teamAgents.id }).from(teamAgents).where(eq(teamAgents.team, team));
  return and(
    eq(customerAgents.isCurrent, true),
    or(inArray(customerAgents.assignedCallAgentId, ids), inArray(customerAgents.assignedFieldAgentId, ids)),
  );
}

/** Agents in the team, active or not; 0 for a team nobody is in. */
export async function countTeamAgents(db: WorkflowQueryRunner, team: string): Promise<number> {
  const [row] = await db.select({ agents: count() }).from(agents).where(eq(agents.team, team));
  return row?.agents ?? 0;
}

/** Customers whose current assignment names an agent of the team. */
export async function countTeamCustomers(db: WorkflowQueryRunner, team: string): Promise<number> {
  const [row] = await db.select({ customers: count() }).from(customerAgents).where(assignedToTeam(db, team));
  return row?.customers ?? 0;
}

/** CIFs of the customers whose current assignment names an agent of the team, by CIF. */
export async function findTeamCustomerCifs(db: WorkflowQueryRunner, team: string): Promise<string[]> {
  const rows = await db
    .select({ cif: customerAgents.cif })
    .from(customerAgents)
    .where(assignedToTeam(db, team))
    .orderBy(asc(customerAgents.cif));
  return rows.map((row) => row.cif);
}

/** Every team some agent is in, by name, with its counts: one statement. */
export function findTeamSummaries(db: WorkflowQueryRunner): Promise<TeamSummaryRow[]> {
  const customers = db
    .select({ customers: count() })
    .from(customerAgents)
    .where(assignedToTeam(db, sql`${agents.team}`));
  return db
    .select({
      name: agents.team,
      agentCount: count(),
      activeAgentCount: sql<number>`count(*) filter (where ${agents.isActive})`.mapWith(Number),
      customerCount: sql<number>`(${customers})`.mapWith(Number),
    })
    .from(agents)
    .groupBy(agents.team)
    .orderBy(asc(agents.team));
}
