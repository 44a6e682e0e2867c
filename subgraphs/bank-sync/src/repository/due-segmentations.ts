import { equalsAny, oncePerDatabase } from '@collexis/platform/db';
import { asc } from 'drizzle-orm';
import { dueSegmentations } from '../db';
import type { BankSyncQueryRunner, DueSegmentationRow } from '../db/database';

const dueSegmentationsByLoans = oncePerDatabase((db: BankSyncQueryRunner) =>
  db
    .select()
    .from(dueSegmentations)
    .where(equalsAny(dueSegmentations.loanAccountNumber, 'accountNumbers'))
    .orderBy(asc(dueSegmentations.loanAccountNumber), asc(dueSegmentations.dueDate))
    .prepare('bank_sync_due_segmentations_by_loans'),
);

/** Due segments of the loans, earliest due date first. */
export function findDueSegmentationsByLoans(
  db: BankSyncQueryRunner,
  accountNumbers: readonly string[],
): Promise<DueSegmentationRow[]> {
  return dueSegmentationsByLoans(db).execute({ accountNumbers });
}
