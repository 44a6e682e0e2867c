import { equalsAny, oncePerDatabase } from '@collexis/platform/db';
import { and, asc, eq, gt, ilike, isNotNull, or, type SQL } from 'drizzle-orm';
import { customers } from '../db';
import type { BankSyncQueryRunner, CustomerRecord, CustomerRow } from '../db/database';

/** Criteria a customer must all meet; absent (null or undefined) criteria do not filter. */
export interface CustomerCriteria {
  /** Part of `name` or `companyName`, ignoring case. */
  name?: string | null;
  cif?: string | null;
  nationalId?: string | null;
  registrationNumber?: string | null;
  segment?: string | null;
  status?: string | null;
  type?: string | null;
  sourceSystem?: string | null;
}

export interface CustomerPageQuery {
  criteria: CustomerCriteria;
  /** CIF of the last customer of the previous page. */
  afterCif: string | null;
  /** Most rows to return: the page size plus one, which tells whether another page follows. */
  limit: number;
}

function hasCif(customer: CustomerRecord): customer is CustomerRow {
  return customer.cif !== null;
}

const customersByCifs = oncePerDatabase((db: BankSyncQueryRunner) =>
  db.select().from(customers).where(equalsAny(customers.cif, 'cifs')).prepare('bank_sync_customers_by_cifs'),
);

export async function findCustomersByCifs(
  db: BankSyncQueryRunner,
  cifs: readonly string[],
): Promise<CustomerRow[]> {
  const rows = await customersByCifs(db).execute({ cifs });
  return rows.filter(hasCif);
}

/** Customers ordered by CIF, keyset-paginated; customers without a CIF cannot be addressed and are left out. */
export async function findCustomerPage(
  db: BankSyncQueryRunner,
  query: CustomerPageQuery,
): Promise<CustomerRow[]> {
  const rows = await db
    .select()
    .from(customers)
    .where(
      and(
        isNotNull(customers.cif),
        ...customerConditions(query.criteria),
        query.afterCif === null ? undefined : gt(customers.cif, query.afterCif),
      ),
    )
    .orderBy(asc(customers.cif))
    .limit(query.limit);
  return rows.filter(hasCif);
}

function customerConditions(criteria: CustomerCriteria): SQL[] {
  const conditions: (SQL | undefined)[] = [
    criteria.name == null ? undefined : nameContains(criteria.name),
    criteria.cif == null ? undefined : eq(customers.cif, criteria.cif),
    criteria.nationalId == null ? undefined : eq(customers.nationalId, criteria.nationalId),
    criteria.registrationNumber == null
      ? undefined
      : eq(customers.registrationNumber, criteria.registrationNumber),
    criteria.segment == null ? undefined : eq(customers.segment, criteria.segment),
    criteria.status == null ? undefined : eq(customers.status, criteria.status),
    criteria.type == null ? undefined : eq(customers.type, criteria.type),
    criteria.sourceSystem == null ? undefined : eq(customers.sourceSystem, criteria.sourceSystem),
  ];
  return conditions.filter((condition) => condition !== undefined);
}

function nameContains(fragment: string): SQL | undefined {
  // LIKE's wildcards in the fragment are meant literally.
  const pattern = `%${fragment.replace(/[\\%_]/g, '\\$&')}%`;
  return or(ilike(customers.name, pattern), ilike(customers.companyName, pattern));
}
