import { equalsAny, oncePerDatabase } from '@collexis/platform/db';
import { and, asc, desc, eq, gt, gte, inArray, lt, lte, or, type SQL } from 'drizzle-orm';
import { loans } from '../db';
import type { BankSyncQueryRunner, LoanRow } from '../db/database';

/** Criteria a loan must all meet; absent (null or undefined) criteria do not filter, an empty list matches none. */
export interface LoanCriteria {
  /** Fewest days past due, inclusive. */
  dpdMin?: number | null;
  /** Most days past due, inclusive. */
  dpdMax?: number | null;
  delinquencyStatus?: readonly string[] | null;
  productType?: readonly string[] | null;
  status?: string | null;
  cif?: string | null;
  sourceSystem?: string | null;
}

/** A page's order and where the previous page, in that order, ended. */
export type LoanPageOrder =
  | { by: 'accountNumber'; after: { accountNumber: string } | null }
  | { by: 'dpdDesc'; after: { dpd: number; accountNumber: string } | null };

export interface LoanPageQuery {
  criteria: LoanCriteria;
  order: LoanPageOrder;
  /** Most rows to return: the page size plus one, which tells whether another page follows. */
  limit: number;
}

const prepared = oncePerDatabase((db: BankSyncQueryRunner) => ({
  byAccountNumbers: db
    .select()
    .from(loans)
    .where(equalsAny(loans.accountNumber, 'accountNumbers'))
    .prepare('bank_sync_loans_by_account_numbers'),
  byCifs: db
    .select()
    .from(loans)
    .where(equalsAny(loans.cif, 'cifs'))
    .orderBy(asc(loans.accountNumber))
    .prepare('bank_sync_loans_by_cifs'),
}));

export function findLoansByAccountNumbers(
  db: BankSyncQueryRunner,
  accountNumbers: readonly string[],
): Promise<LoanRow[]> {
  return prepared(db).byAccountNumbers.execute({ accountNumbers });
}

/** Loans the customers hold, by account number. */
export function findLoansByCifs(db: BankSyncQueryRunner, cifs: readonly string[]): Promise<LoanRow[]> {
  return prepared(db).byCifs.execute({ cifs });
}

/** One keyset page of loans; account numbers are unique, so they break every tie. */
export function findLoanPage(db: BankSyncQueryRunner, query: LoanPageQuery): Promise<LoanRow[]> {
  const { order } = query;
  const conditions = loanConditions(query.criteria);
  if (order.by === 'accountNumber') {
    return db
      .select()
      .from(loans)
      .where(and(...conditions, order.after ? gt(loans.accountNumber, order.after.accountNumber) : undefined))
      .orderBy(asc(loans.accountNumber))
      .limit(query.limit);
  }
  const after = order.after;
  return db
    .select()
    .from(loans)
    .where(
      and(
        ...conditions,
        after
          ? or(
              lt(loans.dpd, after.dpd),
              and(eq(loans.dpd, after.dpd), gt(loans.accountNumber, after.accountNumber)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(loans.dpd), asc(loans.accountNumber))
    .limit(query.limit);
}

function loanConditions(criteria: LoanCriteria): SQL[] {
  const conditions: (SQL | undefined)[] = [
    criteria.dpdMin == null ? undefined : gte(loans.dpd, criteria.dpdMin),
    criteria.dpdMax == null ? undefined : lte(loans.dpd, criteria.dpdMax),
    criteria.delinquencyStatus == null
      ? undefined
      : inArray(loans.delinquencyStatus, [...criteria.delinquencyStatus]),
    criteria.productType == null ? undefined : inArray(loans.productType, [...criteria.productType]),
    criteria.status == null ? undefined : eq(loans.status, criteria.status),
    criteria.cif == null ? undefined : eq(loans.cif, criteria.cif),
    criteria.sourceSystem == null ? undefined : eq(loans.sourceSystem, criteria.sourceSystem),
  ];
  return conditions.filter((condition) => condition !== undefined);
}
