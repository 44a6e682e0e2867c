import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { customers, loans } from '../db';
import type { BankSyncQueryRunner } from '../db/database';

/** Which open loans an analytics field looks at; an absent criterion does not filter, an empty list matches none. */
export interface PortfolioCriteria {
  productType?: readonly string[] | null;
  segment?: readonly string[] | null;
  sourceSystem?: readonly string[] | null;
  /** Only loans of these customers (a team's, as workflow lists them): one array parameter, however many. */
  cifs?: readonly string[] | null;
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

/** `part / whole` rounded half up to RATIO_SCALE places, always written with them; 0 when `whole` is 0. */
function ratioOf(part: SQL, whole: SQL): SQL<string> {
  const scale = sql.raw(String(RATIO_SCALE));
  return sql<string>`(case when ${whole} = 0 then 0 else round(${part} / ${whole}, ${scale}) end)::numeric(9, ${scale})::text`;
}

/** The bucket index of a loan by its days past due: CURRENT, 1-30, 31-60, 61-90, 91-180, 181+. */
const bucketOfLoan = sql<number>`case
  when ${loans.dpd} <= 0 then 0 when ${loans.dpd} <= 30 then 1 when ${loans.dpd} <= 60 then 2
  when ${loans.dpd} <= 90 then 3 when ${loans.dpd} <= 180 then 4 else 5 end`;

/** Open loans meeting the criteria, joined to their customers only when the segment is asked for. */
function openLoans(criteria: PortfolioCriteria, groupBy: PortfolioGroupKey = 'NONE') {
  const conditions: (SQL | undefined)[] = [
    eq(loans.status, 'OPEN'),
    criteria.productType == null ? undefined : inArray(loans.productType, [...criteria.productType]),
    criteria.sourceSystem == null ? undefined : inArray(loans.sourceSystem, [...criteria.sourceSystem]),
    criteria.segment == null ? undefined : inArray(customers.segment, [...criteria.segment]),
    criteria.cifs == null ? undefined : sql`${loans.cif} = any(${sql.param(criteria.cifs)})`,
  ];
  return { where: and(...conditions), joinCustomers: criteria.segment != null || groupBy === 'SEGMENT' };
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
      ratio: ratioOf(outstanding, total),
    })
    .from(loans);
  const joined = joinCustomers ? select.innerJoin(customers, eq(customers.cif, loans.cif)) : select;
  return joined.where(where).groupBy(sql`1`, loans.currency).orderBy(sql`1`, loans.currency);
}

/** What a portfolio-at-risk answer is grouped by. */
export type PortfolioGroupKey = 'NONE' | 'PRODUCT_TYPE' | 'SEGMENT';

/** One group's open loans in one currency: those more than the given days past due, and all of them. */
export interface AtRiskRow {
  key: string | null;
  currency: string;
  atRiskLoanCount: number;
  loanCount: number;
  atRisk: string;
  outstanding: string;
  ratio: string;
}

const groupKeys: Record<PortfolioGroupKey, SQL<string | null>> = {
  NONE: sql<null>`null::text`,
  PRODUCT_TYPE: sql<string>`${loans.productType}`,
  SEGMENT: sql<string>`${customers.segment}`,
};

/** Outstanding of open loans with dpd > `days` against all open loans, per group and currency: one statement. */
export async function aggregatePortfolioAtRisk(
  db: BankSyncQueryRunner,
  query: { days: number; groupBy: PortfolioGroupKey; criteria: PortfolioCriteria },
): Promise<AtRiskRow[]> {
  const { where, joinCustomers } = openLoans(query.criteria, query.groupBy);
  const late = sql`${loans.dpd} > ${query.days}`;
  const atRisk = sql`coalesce(sum(${loans.outstanding}) filter (where ${late}), 0)`;
  const outstanding = sql`sum(${loans.outstanding})`;
  const select = db
    .select({
      key: sql<string | null>`${groupKeys[query.groupBy]}`.as('key'),
      currency: loans.currency,
      atRiskLoanCount: sql<number>`count(*) filter (where ${late})`.mapWith(Number),
      loanCount: sql<number>`count(*)`.mapWith(Number),
      atRisk: sql<string>`round(${atRisk}, 2)::text`,
      outstanding: sql<string>`${outstanding}::text`,
      ratio: ratioOf(atRisk, outstanding),
    })
    .from(loans);
  const joined = joinCustomers ? select.innerJoin(customers, eq(customers.cif, loans.cif)) : select;
  return joined.where(where).groupBy(sql`1`, loans.currency).orderBy(sql`1`, loans.currency);
}
