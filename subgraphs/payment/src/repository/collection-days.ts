import { and, gte, lt, sql } from 'drizzle-orm';
import { collectionDays, dailyCollections, payments } from '../db';
import type { PaymentDatabase, PaymentQueryRunner } from '../db/database';

/** Days aggregated by one transaction at most, so a first close of years of payments stays within the timeout. */
const DAYS_PER_STEP = 31;

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00.000Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The UTC day of `at`, as YYYY-MM-DD. */
export const utcDayOf = (at: Date) => at.toISOString().slice(0, 10);

/**
 * Moves `collection_days.closed_before` forward to `before` (a YYYY-MM-DD UTC day), adding the payments of the
 * newly closed days to `daily_collections`, at most DAYS_PER_STEP days per transaction. Each transaction holds
 * the rollup's advisory lock alone: it waits for the writers in flight, whose trigger took it shared, and holds
 * back the next ones until the new closed_before is committed (migration 0003). Returns the closed_before reached.
 */
export async function closeCollectionDays(db: PaymentDatabase, before: string): Promise<string> {
  for (;;) {
    const reached = await db.transaction(async (tx) => {
      await tx.execute(
        sql`select pg_advisory_xact_lock('payment_service.daily_collections'::regclass::oid::bigint)`,
      );
      const [state] = await tx.select({ closedBefore: collectionDays.closedBefore }).from(collectionDays);
      const closed = state?.closedBefore ?? (await firstPaymentDay(tx)) ?? before;
      if (closed >= before) {
        if (!state?.closedBefore) await tx.update(collectionDays).set({ closedBefore: before });
        return { closedBefore: state?.closedBefore ?? before, done: true };
      }
      const next = addDays(closed, DAYS_PER_STEP) < before ? addDays(closed, DAYS_PER_STEP) : before;
      await tx.insert(dailyCollections).select(
        tx
          .select({
            day: sql<string>`${payments.paymentDate}::date`.as('day'),
            status: payments.status,
            paymentMethod: payments.paymentMethod,
            sourceSystem: payments.sourceSystem,
            currency: payments.currency,
            paymentCount: sql<number>`count(*)::int`.as('payment_count'),
            amount: sql<string>`sum(${payments.amount})`.as('amount'),
          })
          .from(payments)
          .where(and(gte(payments.paymentDate, dayStart(closed)), lt(payments.paymentDate, dayStart(next))))
          .groupBy(sql`1`, payments.status, payments.paymentMethod, payments.sourceSystem, payments.currency),
      );
      await tx.update(collectionDays).set({ closedBefore: next });
      return { closedBefore: next, done: next === before };
    });
    if (reached.done) return reached.closedBefore;
  }
}

const dayStart = (day: string) => new Date(`${day}T00:00:00.000Z`);

/** The first payment's day, where a close with nothing closed yet starts; null without payments. */
async function firstPaymentDay(tx: PaymentQueryRunner): Promise<string | null> {
  const [first] = await tx
    .select({ day: sql<string | null>`min(${payments.paymentDate})::date::text` })
    .from(payments);
  return first?.day ?? null;
}
