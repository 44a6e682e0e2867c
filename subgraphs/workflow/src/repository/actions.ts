import { equalsAny, oncePerDatabase } from '@collexis/platform/db';
import { and, eq, getTableColumns, lte, sql } from 'drizzle-orm';
import { actionRecords, agents } from '../db';
import type { ActionRecordRow, AgentRow, WorkflowQueryRunner } from '../db/database';
import type { Page, TimePosition } from '../queries/pagination';
import { olderThanPageStart, pageStart, placeNewestFirst } from './keyset';

/** The column action records are grouped by: the customer or the loan they concern. */
export type ActionParent = 'cif' | 'loanAccountNumber';

/** An action and the agent who took it, read in one statement. */
export interface ActionWithAgent {
  action: ActionRecordRow;
  agent: AgentRow;
}

/**
 * A page of the newest actions of each of the parents (placeholder `parents`), after the page's start when
 * `paged`: the rows are numbered per parent and cut at `take`. Each comes with its agent (every action names
 * one), so that the actions' agents cost no second round.
 */
function newestActionPages(db: WorkflowQueryRunner, parent: ActionParent, paged: boolean) {
  const parentColumn = actionRecords[parent];
  const ranked = db
    .select({
      ...getTableColumns(actionRecords),
      position: placeNewestFirst(parentColumn, actionRecords.actionDate, actionRecords.id),
    })
    .from(actionRecords)
    .where(
      and(
        equalsAny(parentColumn, 'parents'),
        paged ? olderThanPageStart(actionRecords.actionDate, actionRecords.id) : undefined,
      ),
    )
    .as('ranked');
  const { position, ...action } = ranked._.selectedFields;
  return db
    .select({ action, agent: agents })
    .from(ranked)
    .innerJoin(agents, eq(agents.id, ranked.agentId))
    .where(lte(position, sql.placeholder('take')))
    .orderBy(position);
}

const prepared = oncePerDatabase((db: WorkflowQueryRunner) => ({
  cif: {
    first: newestActionPages(db, 'cif', false).prepare('workflow_customer_actions_first_page'),
    next: newestActionPages(db, 'cif', true).prepare('workflow_customer_actions_next_page'),
  },
  loanAccountNumber: {
    first: newestActionPages(db, 'loanAccountNumber', false).prepare('workflow_loan_actions_first_page'),
    next: newestActionPages(db, 'loanAccountNumber', true).prepare('workflow_loan_actions_next_page'),
  },
}));

/** One page of the newest actions of each parent (`limit + 1` rows a parent at most), in one statement. */
export function findNewestActionPages(
  db: WorkflowQueryRunner,
  parent: ActionParent,
  parentKeys: readonly string[],
  page: Page<TimePosition>,
): Promise<ActionWithAgent[]> {
  const take = page.limit + 1;
  return page.after === null
    ? prepared(db)[parent].first.execute({ parents: parentKeys, take })
    : prepared(db)[parent].next.execute({ parents: parentKeys, take, ...pageStart(page.after) });
}

export type NewActionRecord = typeof actionRecords.$inferInsert;

export async function insertAction(
  tx: WorkflowQueryRunner,
  action: NewActionRecord,
): Promise<ActionRecordRow> {
  const [row] = await tx.insert(actionRecords).values(action).returning();
  if (!row) throw new Error('INSERT ... RETURNING returned no action');
  return row;
}

/** The action, locked for update until the transaction ends; null when there is none. */
export async function findActionForUpdate(
  tx: WorkflowQueryRunner,
  id: string,
): Promise<ActionRecordRow | null> {
  const [row] = await tx.select().from(actionRecords).where(eq(actionRecords.id, id)).for('update');
  return row ?? null;
}

export async function updateActionResult(
  tx: WorkflowQueryRunner,
  id: string,
  changes: Pick<NewActionRecord, 'actionResult' | 'notes' | 'updatedBy'>,
): Promise<ActionRecordRow> {
  const [row] = await tx.update(actionRecords).set(changes).where(eq(actionRecords.id, id)).returning();
  if (!row) throw new Error(`action ${id} vanished while locked`);
  return row;
}
