import { asc, inArray } from 'drizzle-orm';
import type { BankSyncDatabase } from '../database';
import { referenceCustomers } from '../db';
import type { ReferenceCustomerRow } from '../models';

/** Parties related to the customers, by their own CIF. */
export function findReferenceCustomersByPrimaryCifs(
  db: BankSyncDatabase,
  primaryCifs: readonly string[],
): Promise<ReferenceCustomerRow[]> {
  return db
    .select()
    .from(referenceCustomers)
    .where(inArray(referenceCustomers.primaryCif, [...primaryCifs]))
    .orderBy(asc(referenceCustomers.primaryCif), asc(referenceCustomers.refCif));
}
