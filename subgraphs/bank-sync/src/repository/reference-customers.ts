import { equalsAny, oncePerDatabase } from '@collexis/platform/db';
import { asc } from 'drizzle-orm';
import { referenceCustomers } from '../db';
import type { BankSyncQueryRunner, ReferenceCustomerRow } from '../db/database';

const referenceCustomersByPrimaryCifs = oncePerDatabase((db: BankSyncQueryRunner) =>
  db
    .select()
    .from(referenceCustomers)
    .where(equalsAny(referenceCustomers.primaryCif, 'primaryCifs'))
    .orderBy(asc(referenceCustomers.primaryCif), asc(referenceCustomers.refCif))
    .prepare('bank_sync_reference_customers_by_primary_cifs'),
);

/** Parties related to the customers, by their own CIF. */
export function findReferenceCustomersByPrimaryCifs(
  db: BankSyncQueryRunner,
  primaryCifs: readonly string[],
): Promise<ReferenceCustomerRow[]> {
  return referenceCustomersByPrimaryCifs(db).execute({ primaryCifs });
}
