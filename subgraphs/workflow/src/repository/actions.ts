import { and, getTableColumns, inArray, lte } from 'drizzle-orm';
import { actionRecords } from '../db';
import type { ActionRecordRow } from '../models';
import type { Page, TimePosition } from '../pagination';
import type { WorkflowDatabase } from './database';
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
