import { asc, inArray } from 'drizzle-orm';
import type { BankSyncDatabase } from '../database';
import { dueSegmentations } from '../db';
import type { DueSegmentationRow } from '../models';

/** Due segments of the loans, earliest due date first. */
export function findDueSegmentationsByLoans(
  db: BankSyncDatabase,
  accountNumbers: readonly string[],
): Promise<DueSegmentationRow[]> {
  return db
    .select()
    .from(dueSegmentations)
    .where(inArray(dueSegmentations.loanAccountNumber, [...accountNumbers]))
    .orderBy(asc(dueSegmentations.loanAccountNumber), asc(dueSegmentations.dueDate));
}
