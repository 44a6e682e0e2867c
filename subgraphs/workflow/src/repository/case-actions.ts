import { equalsAny, oncePerDatabase } from '@collexis/platform/db';
import { and, getTableColumns, lte, sql } from 'drizzle-orm';
import { customerCaseActions } from '../db';
import type { CustomerCaseActionRow, WorkflowQueryRunner } from '../db/database';
import type { Page, TimePosition } from '../queries/pagination';
import { olderThanPageStart, pageStart, placeNewestFirst } from './keyset';

/**
 * A page of the newest case actions of each of the customers (placeholder `cifs`), after the page's start when
 * `paged`: the rows are numbered per customer and cut at `take`.
 */
function newestCaseActionPages(db: WorkflowQueryRunner, paged: boolean) {
  const ranked = db
    .select({
      ...getTableColumns(customerCaseActions),
      position: placeNewestFirst(
        customerCaseActions.cif,
        customerCaseActions.actionDate,
        customerCaseActions.id,
      ),
    })
    .from(customerCaseActions)
    .where(
      and(
        equalsAny(customerCaseActions.cif, 'cifs'),
        paged ? olderThanPageStart(customerCaseActions.actionDate, customerCaseActions.id) : undefined,
      ),
    )
    .as('ranked');
  return db
    .select()
    .from(ranked)
    .where(lte(ranked.position, sql.placeholder('take')))
    .orderBy(ranked.position);
}

const prepared = oncePerDatabase((db: WorkflowQueryRunner) => ({
  first: newestCaseActionPages(db, false).prepare('workflow_case_actions_first_page'),
  next: newestCaseActionPages(db, true).prepare('workflow_case_actions_next_page'),
}));

/** One page of the newest case actions of each customer (`limit + 1` rows a customer at most), in one statement. */
export function findNewestCaseActionPages(
  db: WorkflowQueryRunner,
  cifs: readonly string[],
  page: Page<TimePosition>,
): Promise<CustomerCaseActionRow[]> {
  const take = page.limit + 1;
  return page.after === null
    ? prepared(db).first.execute({ cifs, take })
    : prepared(db).next.execute({ cifs, take, ...pageStart(page.after) });
}

export type NewCustomerCaseAction = typeof customerCaseActions.$inferInsert;

export async function insertCaseAction(
  tx: WorkflowQueryRunner,
  caseAction: NewCustomerCaseAction,
): Promise<CustomerCaseActionRow> {
  const [row] = await tx.insert(customerCaseActions).values(caseAction).returning();
  if (!row) throw new Error('INSERT ... RETURNING returned no case action');
  return row;
}
