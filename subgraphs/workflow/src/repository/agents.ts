import { and, asc, eq, gt, inArray, or, type SQL } from 'drizzle-orm';
import { agents } from '../db';
import type { AgentRow } from '../models';
import type { NamePosition, Page } from '../pagination';
import type { WorkflowDatabase } from './database';

/** Criteria an agent must match; null or absent criteria match every agent. */
export interface AgentCriteria {
  team?: string | null;
  type?: string | null;
  isActive?: boolean | null;
}

export function findAgentsByIds(db: WorkflowDatabase, ids: readonly string[]): Promise<AgentRow[]> {
  return db
    .select()
    .from(agents)
    .where(inArray(agents.id, [...ids]));
}

function after(position: NamePosition | null): SQL | undefined {
  if (position === null) return undefined;
  return or(gt(agents.name, position.name), and(eq(agents.name, position.name), gt(agents.id, position.id)));
}

/** One page of agents ordered by name, then id, with one extra row when another page follows. */
export function findAgentsPage(
  db: WorkflowDatabase,
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
