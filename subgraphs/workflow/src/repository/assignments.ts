import { and, desc, eq, getTableColumns, gt, inArray, lte, or, sql } from 'drizzle-orm';
import { agents, customerAgents } from '../db';
import type { CustomerAgentRow } from '../models';
import type { CifPosition, Page } from '../pagination';
import type { WorkflowDatabase } from './database';

/** A current assignment as it appears in the worklist of one of its agents. */
export interface WorklistRow extends CustomerAgentRow {
  worklistAgentId: string;
}

/** Every assignment of each customer, current and past, newest start date first. */
export function findAssignmentsByCifs(
  db: WorkflowDatabase,
  cifs: readonly string[],
): Promise<CustomerAgentRow[]> {
  return db
    .select()
    .from(customerAgents)
    .where(inArray(customerAgents.cif, [...cifs]))
    .orderBy(desc(customerAgents.startDate), desc(customerAgents.createdAt), desc(customerAgents.id));
}

export function findCurrentAssignmentsByCifs(
  db: WorkflowDatabase,
  cifs: readonly string[],
): Promise<CustomerAgentRow[]> {
  return db
    .select()
    .from(customerAgents)
    .where(and(inArray(customerAgents.cif, [...cifs]), eq(customerAgents.isCurrent, true)));
}

/**
 * One page of the worklist of each agent (`limit + 1` rows an agent at most), in one statement: the current
 * assignments naming the agent as call or field agent, numbered per agent by CIF and cut at the page size.
 */
export async function findWorklistPages(
  db: WorkflowDatabase,
  agentIds: readonly string[],
  page: Page<CifPosition>,
): Promise<WorklistRow[]> {
  const ranked = db
    .select({
      ...getTableColumns(customerAgents),
      worklistAgentId: sql<string>`${agents.id}`.as('worklist_agent_id'),
      position:
        sql<number>`(row_number() over (partition by ${agents.id} order by ${customerAgents.cif}))::int`.as(
          'position',
        ),
    })
    .from(agents)
    .innerJoin(
      customerAgents,
      and(
        eq(customerAgents.isCurrent, true),
        or(
          eq(customerAgents.assignedCallAgentId, agents.id),
          eq(customerAgents.assignedFieldAgentId, agents.id),
        ),
      ),
    )
    .where(
      and(
        inArray(agents.id, [...agentIds]),
        page.after === null ? undefined : gt(customerAgents.cif, page.after),
      ),
    )
    .as('ranked');
  return db
    .select()
    .from(ranked)
    .where(lte(ranked.position, page.limit + 1))
    .orderBy(ranked.position);
}
