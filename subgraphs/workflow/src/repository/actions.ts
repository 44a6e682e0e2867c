import { and, eq, getTableColumns, inArray, lte } from 'drizzle-orm';
import { actionRecords } from '../db';
import type { ActionRecordRow } from '../models';
import type { Page, TimePosition } from '../pagination';
import type { Executor, WorkflowDatabase } from './database';
import { olderThan, placeNewestFirst } from './keyset';

/** The column action records are grouped by: the customer or the loan they concern. */
export type ActionParent = 'cif' | 'loanAccountNumber';

/**
 * One page of the newest actions of each parent (`limit + 1` rows a parent at most), in one statement:
 * the rows are numbered per parent and cut at the page size.
 */
export async function findNewestActionPages(
  db: WorkflowDatabase,
  parent: ActionParent,
  parentKeys: readonly string[],
  page: Page<TimePosition>,
): Promise<ActionRecordRow[]> {
  const parentColumn = actionRecords[parent];
  const ranked = db
    .select({
      ...getTableColumns(actionRecords),
      position: placeNewestFirst(parentColumn, actionRecords.actionDate, actionRecords.id),
    })
    .from(actionRecords)
    .where(
      and(
        inArray(parentColumn, [...parentKeys]),
        olderThan(actionRecords.actionDate, actionRecords.id, page.after),
      ),
    )
    .as('ranked');
  return db
    .select()
    .from(ranked)
    .where(lte(ranked.position, page.limit + 1))
    .orderBy(ranked.position);
}

export type NewActionRecord = typeof actionRecords.$inferInsert;

export async function insertAction(tx: Executor, action: NewActionRecord): Promise<ActionRecordRow> {
  const [row] = await tx.insert(actionRecords).values(action).returning();
  if (!row) throw new Error('INSERT ... RETURNING returned no action');
  return row;
}

/** The action, locked for update until the transaction ends; null when there is none. */
export async function findActionForUpdate(tx: Executor, id: string): Promise<ActionRecordRow | null> {
  const [row] = await tx.select().from(actionRecords).where(eq(actionRecords.id, id)).for('update');
  return row ?? null;
}

export async function updateActionResult(
  tx: Executor,
  id: string,
  changes: Pick<NewActionRecord, 'actionResult' | 'notes' | 'updatedBy'>,
): Promise<ActionRecordRow> {
  const [row] = await tx.update(actionRecords).set(changes).where(eq(actionRecords.id, id)).returning();
  if (!row) throw new Error(`action ${id} vanished while locked`);
  return row;
}
