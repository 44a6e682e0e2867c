import { equalsAny, oncePerDatabase } from '@collexis/platform/db';
import { asc, eq } from 'drizzle-orm';
import { dueSegmentations, loans } from '../db';
import type { BankSyncQueryRunner, DueSegmentationRow } from '../db/database';

const dueSegmentationsByLoans = oncePerDatabase((db: BankSyncQueryRunner) =>
  db
    .select()
    .from(dueSegmentations)
    .where(equalsAny(dueSegmentations.loanAccountNumber, 'accountNumbers'))
    .orderBy(asc(dueSegmentations.loanAccountNumber), asc(dueSegmentations.dueDate))
    .prepare('bank_sync_due_segmentations_by_loans'),
);

const dueSegmentationsOfCustomersLoans = oncePerDatabase((db: BankSyncQueryRunner) =>
  db
    .select({ cif: loans.cif, segment: dueSegmentations })
    .from(dueSegmentations)
    .innerJoin(loans, eq(loans.accountNumber, dueSegmentations.loanAccountNumber))
    .where(equalsAny(loans.cif, 'cifs'))
    .orderBy(asc(dueSegmentations.loanAccountNumber), asc(dueSegmentations.dueDate))
    .prepare('bank_sync_due_segmentations_by_cifs'),
);

/** Due segments of the loans, earliest due date first. */
export function findDueSegmentationsByLoans(
  db: BankSyncQueryRunner,
  accountNumbers: readonly string[],
): Promise<DueSegmentationRow[]> {
  return dueSegmentationsByLoans(db).execute({ accountNumbers });
}

/** Due segments of every loan of the customers, by loan and earliest due date first, as by loan. */
export function findDueSegmentationsOfCustomersLoans(
  db: BankSyncQueryRunner,
  cifs: readonly string[],
): Promise<{ cif: string; segment: DueSegmentationRow }[]> {
  return dueSegmentationsOfCustomersLoans(db).execute({ cifs });
}
