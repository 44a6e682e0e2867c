import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { customers, loans } from '../db';
import type { BankSyncQueryRunner } from '../db/database';

/** Which open loans an analytics field looks at; an absent criterion does not filter, an empty list matches none. */
export interface PortfolioCriteria {
  productType?: readonly string[] | null;
  segment?: readonly string[] | null;
  sourceSystem?: readonly string[] | null;
}

/** One bucket's loans in one currency, with the portfolio's outstanding in that currency. */
export interface BucketCurrencyRow {
  /** Index of the bucket in DELINQUENCY_BUCKETS. */
  bucket: number;
  currency: string;
  loanCount: number;
  outstanding: string;
  /** Outstanding of every loan of the filtered portfolio in this currency. */
  total: string;
  /** outstanding / total, rounded half up to 6 places. */
  ratio: string;
}

/** Decimal places of every ratio the analytics fields return. */
export const RATIO_SCALE = 6;

/** The bucket index of a loan by its days past due: CURRENT, 1-30, 31-60, 61-90, 91-180, 181+. */
const bucketOfLoan = sql<number>`case
  when ${loans.dpd} <= 0 then 0 when ${loans.dpd} <= 30 then 1 when ${loans.dpd} <= 60 then 2
  when ${loans.dpd} <= 90 then 3 when ${loans.dpd} <= 180 then 4 else 5 end`;

/** Open loans meeting the criteria, joined to their customers only when the segment is asked for. */
function openLoans(criteria: PortfolioCriteria) {
  const conditions: (SQL | undefined)[] = [
    eq(loans.status, 'OPEN'),
    criteria.productType == null ? undefined : inArray(loans.productType, [...criteria.productType]),
    criteria.sourceSystem == null ? undefined : inArray(loans.sourceSystem, [...criteria.sourceSystem]),
    criteria.segment == null ? undefined : inArray(customers.segment, [...criteria.segment]),
  ];
  return { where: and(...conditions), joinCustomers: criteria.segment != null };
}

/** Loan count and outstanding per bucket and currency, with each currency's total and the bucket's ratio: one statement. */
export async function aggregateDelinquencyBuckets(
  db: BankSyncQueryRunner,
  criteria: PortfolioCriteria,
): Promise<BucketCurrencyRow[]> {
  const { where, joinCustomers } = openLoans(criteria);
  const outstanding = sql<string>`sum(${loans.outstanding})`;
  const total = sql<string>`sum(sum(${loans.outstanding})) over (partition by ${loans.currency})`;
  const select = db
    .select({
      bucket: sql<number>`${bucketOfLoan}`.mapWith(Number).as('bucket'),
      currency: loans.currency,
      loanCount: sql<number>`count(*)`.mapWith(Number),
      outstanding: sql<string>`${outstanding}::text`,
      total: sql<string>`${total}::text`,
      ratio: sql<string>`(case when ${total} = 0 then 0 else round(${outstanding} / ${total}, ${sql.raw(String(RATIO_SCALE))}) end)::numeric(9, ${sql.raw(String(RATIO_SCALE))})::text`,
    })
    .from(loans);
  const joined = joinCustomers ? select.innerJoin(customers, eq(customers.cif, loans.cif)) : select;
  return joined.where(where).groupBy(sql`1`, loans.currency).orderBy(sql`1`, loans.currency);
}
