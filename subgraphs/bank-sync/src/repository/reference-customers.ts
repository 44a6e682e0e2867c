import { equalsAny, oncePerDatabase } from '@collexis/platform/db';
import { asc } from 'drizzle-orm';
import type { BankSyncDatabase } from '../database';
import { referenceCustomers } from '../db';
import type { ReferenceCustomerRow } from '../models';

const referenceCustomersByPrimaryCifs = oncePerDatabase((db: BankSyncDatabase) =>
  db
    .select()
    .from(referenceCustomers)
    .where(equalsAny(referenceCustomers.primaryCif, 'primaryCifs'))
    .orderBy(asc(referenceCustomers.primaryCif), asc(referenceCustomers.refCif))
    .prepare('bank_sync_reference_customers_by_primary_cifs'),
);

/** Parties related to the customers, by their own CIF. */
export function findReferenceCustomersByPrimaryCifs(
  db: BankSyncDatabase,
  primaryCifs: readonly string[],
): Promise<ReferenceCustomerRow[]> {
  return referenceCustomersByPrimaryCifs(db).execute({ primaryCifs });
}
