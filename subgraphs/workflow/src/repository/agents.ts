import { equalsAny, oncePerDatabase } from '@collexis/platform/db';
import { and, asc, eq, gt, inArray, or, type SQL } from 'drizzle-orm';
import { agents } from '../db';
import type { AgentRow, WorkflowQueryRunner } from '../db/database';
import type { NamePosition, Page } from '../queries/pagination';

/** Criteria an agent must match; null or absent criteria match every agent. */
export interface AgentCriteria {
  team?: string | null;
  type?: string | null;
  isActive?: boolean | null;
}

const agentsByIds = oncePerDatabase((db: WorkflowQueryRunner) =>
  db.select().from(agents).where(equalsAny(agents.id, 'ids')).prepare('workflow_agents_by_ids'),
);

/** The agents with these ids; every id must be a UUID (PostgreSQL rejects the statement otherwise). */
export function findAgentsByIds(db: WorkflowQueryRunner, ids: readonly string[]): Promise<AgentRow[]> {
  return agentsByIds(db).execute({ ids });
}

function after(position: NamePosition | null): SQL | undefined {
  if (position === null) return undefined;
  return or(gt(agents.name, position.name), and(eq(agents.name, position.name), gt(agents.id, position.id)));
}

/** One page of agents ordered by name, then id, with one extra row when another page follows. */
export function findAgentsPage(
  db: WorkflowQueryRunner,
  criteria: AgentCriteria,
  page: Page<NamePosition>,
): Promise<AgentRow[]> {
  return db
    .select()
    .from(agents)
    .where(
      and(
        criteria.team == null ? undefined : eq(agents.team, criteria.team),
        criteria.type == null ? undefined : eq(agents.type, criteria.type),
        criteria.isActive == null ? undefined : eq(agents.isActive, criteria.isActive),
        after(page.after),
      ),
    )
    .orderBy(asc(agents.name), asc(agents.id))
    .limit(page.limit + 1);
}

export type NewAgent = typeof agents.$inferInsert;
export type AgentChanges = Partial<Omit<NewAgent, 'id' | 'createdAt' | 'updatedAt'>>;

/** The agents with these ids, share-locked until the transaction ends: none is deactivated meanwhile. */
export function findAgentsForShare(tx: WorkflowQueryRunner, ids: readonly string[]): Promise<AgentRow[]> {
  return tx
    .select()
    .from(agents)
    .where(inArray(agents.id, [...ids]))
    .for('share');
}

/** The agent, locked for update until the transaction ends; null when there is none. */
export async function findAgentForUpdate(tx: WorkflowQueryRunner, id: string): Promise<AgentRow | null> {
  const [agent] = await tx.select().from(agents).where(eq(agents.id, id)).for('update');
  return agent ?? null;
}

export async function insertAgent(tx: WorkflowQueryRunner, agent: NewAgent): Promise<AgentRow> {
  const [row] = await tx.insert(agents).values(agent).returning();
  if (!row) throw new Error('INSERT ... RETURNING returned no agent');
  return row;
}

export async function updateAgent(
  tx: WorkflowQueryRunner,
  id: string,
  changes: AgentChanges,
): Promise<AgentRow> {
  const [row] = await tx.update(agents).set(changes).where(eq(agents.id, id)).returning();
  if (!row) throw new Error(`agent ${id} vanished while locked`);
  return row;
}
