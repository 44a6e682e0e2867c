import { and, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import { payments } from '../db';
import type { PaymentQueryRunner } from '../db/database';
import type { CollectionsGroupBy } from '../generated/resolvers-types';

/** One group of a collections summary in one currency. */
export interface CollectionsGroupRow {
  key: string;
  currency: string;
  count: number;
  amount: string;
}

/** The payment status that counts as collected: settled, the amount reached the loan. */
export const COLLECTED_STATUS = 'COMPLETED';

const groupKeys: Record<CollectionsGroupBy, SQL<string>> = {
  HOUR: sql<string>`to_char(date_trunc('hour', ${payments.paymentDate}), 'YYYY-MM-DD"T"HH24":00:00.000Z"')`,
  DAY: sql<string>`to_char(${payments.paymentDate}, 'YYYY-MM-DD')`,
  METHOD: sql<string>`${payments.paymentMethod}`,
  STATUS: sql<string>`${payments.status}`,
  SOURCE_SYSTEM: sql<string>`${payments.sourceSystem}`,
};

/**
 * Payments of [from, to) counted and summed per group and currency, in one statement; only collected payments
 * unless grouped by status.
 */
export function aggregateCollections(
  db: PaymentQueryRunner,
  period: { from: Date; to: Date },
  groupBy: CollectionsGroupBy,
): Promise<CollectionsGroupRow[]> {
  return db
    .select({
      key: sql<string>`${groupKeys[groupBy]}`.as('key'),
      currency: payments.currency,
      count: sql<number>`count(*)`.mapWith(Number),
      amount: sql<string>`sum(${payments.amount})::text`,
    })
    .from(payments)
    .where(
      and(
        gte(payments.paymentDate, period.from),
        lt(payments.paymentDate, period.to),
        groupBy === 'STATUS' ? undefined : eq(payments.status, COLLECTED_STATUS),
      ),
    )
    .groupBy(sql`1`, payments.currency)
    .orderBy(sql`1`, payments.currency);
}
