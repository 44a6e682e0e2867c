import type { BankSyncQueryRunner } from '../db/database';
import { BadUserInputError } from '../errors';
import type { PortfolioFilter, PortfolioGroupBy } from '../generated/resolvers-types';
import {
  aggregateDelinquencyBuckets,
  aggregatePortfolioAtRisk,
  type BucketCurrencyRow,
} from '../repository/portfolio';

/** The value sets' delinquency buckets (docs/value-sets.md), in order; their index is the repository's bucket. */
export const DELINQUENCY_BUCKETS = [
  { label: 'CURRENT', minDpd: 0, maxDpd: 0 },
  { label: '1-30', minDpd: 1, maxDpd: 30 },
  { label: '31-60', minDpd: 31, maxDpd: 60 },
  { label: '61-90', minDpd: 61, maxDpd: 90 },
  { label: '91-180', minDpd: 91, maxDpd: 180 },
  { label: '181+', minDpd: 181, maxDpd: null },
] as const;

export interface CurrencyAmount {
  currency: string;
  amount: string;
}

export interface CurrencyShare extends CurrencyAmount {
  total: string;
  ratio: string;
}

export interface DelinquencyBucket {
  label: string;
  minDpd: number;
  maxDpd: number | null;
  loanCount: number;
  outstanding: CurrencyAmount[];
  share: CurrencyShare[];
}

export interface DelinquencyBucketsArgs {
  asOf?: string | null;
  filter?: PortfolioFilter | null;
  /** Only loans of these customers; absent, every customer's. */
  cifs?: readonly string[];
}

/** The UTC date of a moment, YYYY-MM-DD. */
function utcDate(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/** Only today can be answered: bank-sync keeps each loan's current days past due, not their history. */
export function validateAsOf(asOf: string | null | undefined, now: Date): void {
  if (asOf == null || asOf === utcDate(now)) return;
  throw new BadUserInputError(
    'asOf',
    `asOf must be today (${utcDate(now)}) or omitted: days past due are kept as of the last sync, without history; got ${asOf}`,
  );
}

/** Every bucket, in order, with the aggregated rows of its currencies; a currency of the portfolio missing from a bucket shares 0. */
export function assembleBuckets(rows: readonly BucketCurrencyRow[]): DelinquencyBucket[] {
  const totals = new Map<string, string>();
  for (const row of rows) totals.set(row.currency, row.total);
  const currencies = [...totals.keys()].sort();
  return DELINQUENCY_BUCKETS.map((bucket, index) => {
    const own = new Map(rows.filter((row) => row.bucket === index).map((row) => [row.currency, row]));
    return {
      ...bucket,
      loanCount: [...own.values()].reduce((count, row) => count + row.loanCount, 0),
      outstanding: [...own.values()].map((row) => ({ currency: row.currency, amount: row.outstanding })),
      share: currencies.map((currency) => {
        const row = own.get(currency);
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

export async function delinquencyBuckets(
  db: BankSyncQueryRunner,
  args: DelinquencyBucketsArgs,
  now: Date = new Date(),
): Promise<DelinquencyBucket[]> {
  validateAsOf(args.asOf, now);
  return assembleBuckets(await aggregateDelinquencyBuckets(db, { ...args.filter, cifs: args.cifs }));
}

/** The thresholds of PAR30, PAR60 and PAR90. */
const PAR_DAYS = [30, 60, 90];

export interface PortfolioAtRiskArgs {
  days: number;
  groupBy?: PortfolioGroupBy | null;
  filter?: PortfolioFilter | null;
  /** Only loans of these customers; absent, every customer's. */
  cifs?: readonly string[];
}

export async function portfolioAtRisk(db: BankSyncQueryRunner, args: PortfolioAtRiskArgs) {
  if (!PAR_DAYS.includes(args.days)) {
    throw new BadUserInputError('days', `days must be 30, 60 or 90; got ${args.days}`);
  }
  const rows = await aggregatePortfolioAtRisk(db, {
    days: args.days,
    groupBy: args.groupBy ?? 'NONE',
    criteria: { ...args.filter, cifs: args.cifs },
  });
  return rows.map((row) => ({ ...row, days: args.days }));
}
