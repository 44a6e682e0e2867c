import { type SQL, sql } from 'drizzle-orm';
import { collectionDays, dailyCollections, payments } from '../db';
import type { PaymentQueryRunner } from '../db/database';
import type { CollectionsGroupBy } from '../generated/resolvers-types';
import { utcDayOf } from './collection-days';

/** One group of a collections summary in one currency. */
export interface CollectionsGroupRow {
  key: string;
  currency: string;
  count: number;
  amount: string;
}

/** The payment status that counts as collected: settled, the amount reached the loan. */
export const COLLECTED_STATUS = 'COMPLETED';

const DAY_MS = 86_400_000;

// Groups are keyed by raw values (a date, an hour's timestamp) and only the groups formatted: formatting every
// row of a month by hour took twice as long as the aggregation itself.
const rowKeys: Record<CollectionsGroupBy, SQL> = {
  HOUR: sql`date_trunc('hour', ${payments.paymentDate})`,
  DAY: sql`${payments.paymentDate}::date`,
  METHOD: sql`${payments.paymentMethod}`,
  STATUS: sql`${payments.status}`,
  SOURCE_SYSTEM: sql`${payments.sourceSystem}`,
};

/** The same keys from the daily rollup; HOUR has none (the rollup is by day). */
const rollupKeys: Record<Exclude<CollectionsGroupBy, 'HOUR'>, SQL> = {
  DAY: sql`${dailyCollections.day}`,
  METHOD: sql`${dailyCollections.paymentMethod}`,
  STATUS: sql`${dailyCollections.status}`,
  SOURCE_SYSTEM: sql`${dailyCollections.sourceSystem}`,
};

/** Each key as the API writes it: UTC hours as ISO timestamps, days as dates. */
const keyFormats: Record<CollectionsGroupBy, SQL<string>> = {
  HOUR: sql<string>`to_char(key, 'YYYY-MM-DD"T"HH24":00:00.000Z"')`,
  DAY: sql<string>`to_char(key, 'YYYY-MM-DD')`,
  METHOD: sql<string>`key`,
  STATUS: sql<string>`key`,
  SOURCE_SYSTEM: sql<string>`key`,
};

/**
 * Payments of [from, to) counted and summed per group and currency, in one statement; only collected payments
 * unless grouped by status. The whole closed days of the period are read from the daily rollup, the rest (the
 * partial first and last days, the days not closed yet, every hour) from the payments themselves: one snapshot,
 * so the answer is exact whenever the days were last closed (decision 0029).
 */
export async function aggregateCollections(
  db: PaymentQueryRunner,
  period: { from: Date; to: Date },
  groupBy: CollectionsGroupBy,
): Promise<CollectionsGroupRow[]> {
  const from = sql`${period.from.toISOString()}::timestamp`;
  const to = sql`${period.to.toISOString()}::timestamp`;
  // The rollup may serve the whole days [firstDay, lastDay) of the period, and only those already closed.
  const firstDay = utcDayOf(new Date(Math.ceil(period.from.getTime() / DAY_MS) * DAY_MS));
  const lastDay = groupBy === 'HOUR' ? firstDay : utcDayOf(period.to);
  const rollupFrom = sql`(select ${firstDay}::date)`;
  const rollupTo = sql`(select greatest(${firstDay}::date, least(${lastDay}::date, coalesce(${collectionDays.closedBefore}, ${firstDay}::date))) from ${collectionDays})`;
  // A literal, not a parameter: a generic plan could not prove the partial index on completed payments applies.
  const collected = sql.raw(`'${COLLECTED_STATUS}'`);
  const rowCollected = groupBy === 'STATUS' ? sql`true` : sql`${payments.status} = ${collected}`;
  const rollupCollected = groupBy === 'STATUS' ? sql`true` : sql`${dailyCollections.status} = ${collected}`;
  const rollupPart =
    groupBy === 'HOUR'
      ? sql``
      : sql`select ${rollupKeys[groupBy]} as key, ${dailyCollections.currency} as currency,
          ${dailyCollections.paymentCount} as count, ${dailyCollections.amount} as amount
        from ${dailyCollections}
        where ${dailyCollections.day} >= ${rollupFrom} and ${dailyCollections.day} < ${rollupTo} and ${rollupCollected}
        union all`;
  const rows = (after: SQL, before: SQL) =>
    sql`select ${rowKeys[groupBy]} as key, ${payments.currency} as currency, 1 as count, ${payments.amount} as amount
      from ${payments}
      where ${payments.paymentDate} >= ${after} and ${payments.paymentDate} < ${before} and ${rowCollected}`;
  const result = await db.execute<{ key: string; currency: string; count: number; amount: string }>(sql`
    select ${keyFormats[groupBy]} as key, currency, sum(count)::int as count, sum(amount)::text as amount
    from (
      ${rollupPart}
      ${rows(from, sql`least(${to}, ${rollupFrom})`)}
      union all
      ${rows(sql`greatest(${from}, ${rollupTo})`, to)}
    ) as collected
    group by key, currency
    having sum(count) > 0
    order by key, currency`);
  return result.rows;
}
