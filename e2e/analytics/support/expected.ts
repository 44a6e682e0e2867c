/**
 * The analytics answers computed independently: SQL on the demo data, written apart from the subgraphs'
 * statements (a join to a table of bucket bounds instead of a CASE, totals by a second grouping).
 */
import type pg from 'pg';

/** The value sets' buckets (docs/value-sets.md), as the test reads them. */
export const BUCKETS = [
  { label: 'CURRENT', minDpd: 0, maxDpd: 0 },
  { label: '1-30', minDpd: 1, maxDpd: 30 },
  { label: '31-60', minDpd: 31, maxDpd: 60 },
  { label: '61-90', minDpd: 61, maxDpd: 90 },
  { label: '91-180', minDpd: 91, maxDpd: 180 },
  { label: '181+', minDpd: 181, maxDpd: null },
] as const;

export interface BucketCurrency {
  label: string;
  currency: string;
  loanCount: number;
  outstanding: string;
  total: string;
  ratio: string;
}

/** Open loans per bucket and currency, with the portfolio's total per currency; `where` narrows the loans `l` (and customers `c`). */
export async function expectedBuckets(
  sql: pg.Pool,
  where = 'true',
  params: unknown[] = [],
): Promise<BucketCurrency[]> {
  const { rows } = await sql.query<BucketCurrency>(
    `with bounds(label, lo, hi) as (values ${BUCKETS.map(
      (bucket) => `('${bucket.label}', ${bucket.minDpd}, ${bucket.maxDpd ?? 'null::int'})`,
    ).join(', ')}),
     portfolio as (
       select l.* from bank_sync_service.loans l join bank_sync_service.customers c on c.cif = l.cif
       where l.status = 'OPEN' and ${where}),
     totals as (select currency, sum(outstanding) as total from portfolio group by currency)
     select b.label, p.currency, count(*)::int as "loanCount", sum(p.outstanding)::text as outstanding,
       t.total::text as total, round(sum(p.outstanding) / nullif(t.total, 0), 6)::text as ratio
     from portfolio p join bounds b on p.dpd between b.lo and coalesce(b.hi, 2147483647)
     join totals t on t.currency = p.currency
     group by b.label, p.currency, t.total`,
    params,
  );
  return rows;
}

export interface Bucket {
  label: string;
  minDpd: number;
  maxDpd: number | null;
  loanCount: number;
  outstanding: { currency: string; amount: string }[];
  share: { currency: string; amount: string; total: string; ratio: string }[];
}

/** The answer the expected rows make: every bucket, outstanding of its currencies, a share for every currency. */
export function bucketsAnswer(rows: readonly BucketCurrency[]): Bucket[] {
  const totals = new Map(rows.map((row) => [row.currency, row.total]));
  const currencies = [...totals.keys()].sort();
  return BUCKETS.map((bucket) => {
    const own = rows
      .filter((row) => row.label === bucket.label)
      .sort((a, b) => a.currency.localeCompare(b.currency));
    return {
      ...bucket,
      loanCount: own.reduce((count, row) => count + row.loanCount, 0),
      outstanding: own.map((row) => ({ currency: row.currency, amount: row.outstanding })),
      share: currencies.map((currency) => {
        const row = own.find((candidate) => candidate.currency === currency);
        return {
          currency,
          amount: row?.outstanding ?? '0.00',
          total: totals.get(currency) ?? '0.00',
          ratio: row?.ratio ?? '0.000000',
        };
      }),
    };
  });
}

export interface AtRisk {
  key: string | null;
  currency: string;
  days: number;
  atRiskLoanCount: number;
  loanCount: number;
  atRisk: string;
  outstanding: string;
  ratio: string;
}

/** The test's own PAR: at-risk and total outstanding summed separately, then joined and divided; `where`'s parameters start at $2. */
export async function expectedPar(
  sql: pg.Pool,
  days: number,
  keyColumn: string,
  where = 'true',
  params: unknown[] = [],
): Promise<AtRisk[]> {
  const { rows } = await sql.query<AtRisk>(
    `with open_loans as (
       select ${keyColumn} as key, l.currency, l.dpd, l.outstanding
       from bank_sync_service.loans l join bank_sync_service.customers c on c.cif = l.cif
       where l.status = 'OPEN' and ${where}),
     late as (select key, currency, count(*)::int as n, sum(outstanding) as amount
              from open_loans where dpd > $1 group by key, currency),
     whole as (select key, currency, count(*)::int as n, sum(outstanding) as amount from open_loans group by key, currency)
     select w.key, w.currency, $1::int as days, coalesce(late.n, 0) as "atRiskLoanCount", w.n as "loanCount",
       to_char(coalesce(late.amount, 0), 'FM999999999999999990.00') as "atRisk", w.amount::text as outstanding,
       round(coalesce(late.amount, 0) / w.amount, 6)::text as ratio
     from whole w left join late on late.key is not distinct from w.key and late.currency = w.currency
     order by w.key, w.currency`,
    [days, ...params],
  );
  return rows;
}

export interface CollectionsRow {
  key: string;
  currency: string;
  count: number;
  amount: string;
}

/** Payments of [from, to) by one column's value and currency, collected ones only unless `allStatuses`. */
export async function expectedCollections(
  sql: pg.Pool,
  keyExpression: string,
  period: { from: string; to: string },
  allStatuses: boolean,
): Promise<CollectionsRow[]> {
  const { rows } = await sql.query<CollectionsRow>(
    `select ${keyExpression} as key, currency, count(*)::int as count, sum(amount)::text as amount
     from payment_service.payments
     where payment_date >= $1::timestamptz at time zone 'UTC' and payment_date < $2::timestamptz at time zone 'UTC'
       and (${allStatuses} or status = 'COMPLETED')
     group by 1, currency order by 1, currency`,
    [period.from, period.to],
  );
  return rows;
}
