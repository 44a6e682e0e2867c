import { equalsAny, oncePerDatabase } from '@collexis/platform/db';
import { and, desc, eq, getTableColumns, gt, inArray, lte, or, sql } from 'drizzle-orm';
import { agents, customerAgents } from '../db';
import type { CustomerAgentRow, WorkflowQueryRunner } from '../db/database';
import type { CifPosition, Page } from '../queries/pagination';

/** A current assignment as it appears in the worklist of one of its agents. */
export interface WorklistRow extends CustomerAgentRow {
  worklistAgentId: string;
}

const assignmentsByCifs = oncePerDatabase((db: WorkflowQueryRunner) =>
  db
    .select()
    .from(customerAgents)
    .where(equalsAny(customerAgents.cif, 'cifs'))
    .orderBy(
      desc(customerAgents.startDate),
      // Same-day versions: the current one first, then by creation.
      desc(customerAgents.isCurrent),
      desc(customerAgents.createdAt),
      desc(customerAgents.id),
    )
    .prepare('workflow_assignments_by_cifs'),
);

/** Every assignment of each customer, current and past, newest start date first. */
export function findAssignmentsByCifs(
  db: WorkflowQueryRunner,
  cifs: readonly string[],
): Promise<CustomerAgentRow[]> {
  return assignmentsByCifs(db).execute({ cifs });
}

const currentAssignmentsByCifs = oncePerDatabase((db: WorkflowQueryRunner) =>
  db
    .select()
    .from(customerAgents)
    .where(and(equalsAny(customerAgents.cif, 'cifs'), eq(customerAgents.isCurrent, true)))
    .prepare('workflow_current_assignments_by_cifs'),
);

export function findCurrentAssignmentsByCifs(
  db: WorkflowQueryRunner,
  cifs: readonly string[],
): Promise<CustomerAgentRow[]> {
  return currentAssignmentsByCifs(db).execute({ cifs });
}

/**
 * A page of the worklist of each of the agents (placeholder `agentIds`), after the CIF `afterCif` when `paged`:
 * the current assignments naming the agent as call or field agent, numbered per agent by CIF and cut at `take`.
 */
function worklistPages(db: WorkflowQueryRunner, paged: boolean) {
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
        equalsAny(agents.id, 'agentIds'),
        paged ? gt(customerAgents.cif, sql.placeholder('afterCif')) : undefined,
      ),
    )
    .as('ranked');
  return db
    .select()
    .from(ranked)
    .where(lte(ranked.position, sql.placeholder('take')))
    .orderBy(ranked.position);
}

const preparedWorklists = oncePerDatabase((db: WorkflowQueryRunner) => ({
  first: worklistPages(db, false).prepare('workflow_worklist_first_page'),
  next: worklistPages(db, true).prepare('workflow_worklist_next_page'),
}));

/** One page of the worklist of each agent (`limit + 1` rows an agent at most), in one statement. */
export function findWorklistPages(
  db: WorkflowQueryRunner,
  agentIds: readonly string[],
  page: Page<CifPosition>,
): Promise<WorklistRow[]> {
  const take = page.limit + 1;
  return page.after === null
    ? preparedWorklists(db).first.execute({ agentIds, take })
    : preparedWorklists(db).next.execute({ agentIds, take, afterCif: page.after });
}

export type NewCustomerAgent = typeof customerAgents.$inferInsert;

/**
 * Serialises every write about these customers (assignments and cases) until the transaction ends: one
 * transaction-level advisory lock per customer, taken in one statement and in a fixed order, so that two
 * writers of overlapping customers never deadlock. It also covers customers with no row yet, which a row lock
 * cannot.
 */
export async function lockCustomers(tx: WorkflowQueryRunner, cifs: readonly string[]): Promise<void> {
  await tx.execute(sql`
    select pg_advisory_xact_lock(customer.key)
    from (
      select distinct hashtextextended('workflow_service.customer:' || cif, 0) as key
      from unnest(${sql.param([...cifs])}::text[]) as cif
      order by key
    ) as customer`);
}

/** Ends these assignments on `endDate`: they are history from then on. */
export function closeAssignments(
  tx: WorkflowQueryRunner,
  ids: readonly string[],
  endDate: string,
): Promise<CustomerAgentRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return tx
    .update(customerAgents)
    .set({ isCurrent: false, endDate })
    .where(inArray(customerAgents.id, [...ids]))
    .returning();
}

export function insertAssignments(
  tx: WorkflowQueryRunner,
  rows: readonly NewCustomerAgent[],
): Promise<CustomerAgentRow[]> {
  if (rows.length === 0) return Promise.resolve([]);
  // clock_timestamp, not now(): versions of one customer are created in lock order, not transaction start order.
  const created = sql`clock_timestamp()`;
  return tx
    .insert(customerAgents)
    .values(rows.map((row) => ({ ...row, createdAt: created, updatedAt: created })))
    .returning();
}
