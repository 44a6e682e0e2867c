import { and, getTableColumns, inArray, lte } from 'drizzle-orm';
import { customerCaseActions } from '../db';
import type { CustomerCaseActionRow } from '../models';
import type { Page, TimePosition } from '../pagination';
import type { Executor, WorkflowDatabase } from './database';
import { olderThan, placeNewestFirst } from './keyset';

/**
 * One page of the newest case actions of each customer (`limit + 1` rows a customer at most), in one
 * statement: the rows are numbered per customer and cut at the page size.
 */
export async function findNewestCaseActionPages(
  db: WorkflowDatabase,
  cifs: readonly string[],
  page: Page<TimePosition>,
): Promise<CustomerCaseActionRow[]> {
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
        inArray(customerCaseActions.cif, [...cifs]),
        olderThan(customerCaseActions.actionDate, customerCaseActions.id, page.after),
      ),
    )
    .as('ranked');
  return db
    .select()
    .from(ranked)
    .where(lte(ranked.position, page.limit + 1))
    .orderBy(ranked.position);
}

export type NewCustomerCaseAction = typeof customerCaseActions.$inferInsert;

export async function insertCaseAction(
  tx: Executor,
  caseAction: NewCustomerCaseAction,
): Promise<CustomerCaseActionRow> {
  const [row] = await tx.insert(customerCaseActions).values(caseAction).returning();
  if (!row) throw new Error('INSERT ... RETURNING returned no case action');
  return row;
}
