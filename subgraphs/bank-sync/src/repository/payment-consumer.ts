import { type LockWait, rowLocks } from '@collexis/events/consume';
import { eq, sql } from 'drizzle-orm';
import { loans, paymentApplications, paymentEventCheckpoints } from '../db';
import type { BankSyncQueryRunner, PaymentConsumerStatusRow } from '../db/database';

export type PaymentApplicationRow = typeof paymentApplications.$inferSelect;
export type NewPaymentApplication = typeof paymentApplications.$inferInsert;

/** A loan's three balances, as exact decimal strings. */
export interface LoanBalances {
  outstanding: string;
  remainingAmount: string;
  dueAmount: string;
}

export async function findConsumerStatus(
  db: BankSyncQueryRunner,
  consumer: string,
): Promise<PaymentConsumerStatusRow> {
  const [row] = await db
    .select()
    .from(paymentEventCheckpoints)
    .where(eq(paymentEventCheckpoints.consumer, consumer));
  return {
    consumer,
    lastSequence: row ? row.lastSequence.toString() : null,
    updatedAt: row?.updatedAt ?? null,
  };
}

/**
 * The payment's application, locked for the rest of the transaction; null when none was recorded. With
 * 'nowait' a row held elsewhere fails the statement (55P03) instead of waiting.
 */
export async function findApplicationForUpdate(
  tx: BankSyncQueryRunner,
  referenceNumber: string,
  locks: LockWait,
): Promise<PaymentApplicationRow | null> {
  const [row] = await tx
    .select()
    .from(paymentApplications)
    .where(eq(paymentApplications.paymentReferenceNumber, referenceNumber))
    .for('update', rowLocks(locks));
  return row ?? null;
}

export async function insertApplication(
  tx: BankSyncQueryRunner,
  application: NewPaymentApplication,
): Promise<void> {
  await tx.insert(paymentApplications).values(application);
}

export async function markApplicationReversed(
  tx: BankSyncQueryRunner,
  referenceNumber: string,
  sequence: string,
): Promise<void> {
  await tx
    .update(paymentApplications)
    .set({ status: 'REVERSED', reversalSequence: BigInt(sequence), reversedAt: sql`now()` })
    .where(eq(paymentApplications.paymentReferenceNumber, referenceNumber));
}

/** The loan's currency and balances, locked for the rest of the transaction (as `locks` says); null if unknown. */
export async function findLoanForUpdate(
  tx: BankSyncQueryRunner,
  accountNumber: string,
  locks: LockWait,
): Promise<(LoanBalances & { currency: string }) | null> {
  const [row] = await tx
    .select({
      currency: loans.currency,
      outstanding: loans.outstanding,
      remainingAmount: loans.remainingAmount,
      dueAmount: loans.dueAmount,
    })
    .from(loans)
    .where(eq(loans.accountNumber, accountNumber))
    .for('update', rowLocks(locks));
  return row ?? null;
}

/**
 * Adds the (signed) change to the loan's balances, in PostgreSQL's exact numeric arithmetic; returns the
 * balances after, or null for an unknown loan.
 */
export async function adjustBalances(
  tx: BankSyncQueryRunner,
  adjustment: { accountNumber: string; change: LoanBalances; writer: string },
): Promise<LoanBalances | null> {
  const { change } = adjustment;
  const [after] = await tx
    .update(loans)
    .set({
      outstanding: sql`${loans.outstanding} + ${change.outstanding}::numeric`,
      remainingAmount: sql`${loans.remainingAmount} + ${change.remainingAmount}::numeric`,
      dueAmount: sql`${loans.dueAmount} + ${change.dueAmount}::numeric`,
      updatedBy: adjustment.writer,
      updatedAt: sql`now()`,
    })
    .where(eq(loans.accountNumber, adjustment.accountNumber))
    .returning({
      outstanding: loans.outstanding,
      remainingAmount: loans.remainingAmount,
      dueAmount: loans.dueAmount,
    });
  return after ?? null;
}
