import { type LockWait, rowLocks } from '@collexis/events/consume';
import { eq, inArray, sql } from 'drizzle-orm';
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
 * The applications of these payments, locked for the rest of the transaction. With 'nowait' a row held
 * elsewhere fails the statement (55P03) instead of waiting.
 */
export function findApplicationsForUpdate(
  tx: BankSyncQueryRunner,
  referenceNumbers: readonly string[],
  locks: LockWait,
): Promise<PaymentApplicationRow[]> {
  return tx
    .select()
    .from(paymentApplications)
    .where(inArray(paymentApplications.paymentReferenceNumber, [...referenceNumbers]))
    .for('update', rowLocks(locks));
}

/** Inserts the applications in one statement, in their order. */
export async function insertApplications(
  tx: BankSyncQueryRunner,
  applications: readonly NewPaymentApplication[],
): Promise<void> {
  if (applications.length === 0) return;
  await tx.insert(paymentApplications).values([...applications]);
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

/** The loans' currencies and balances, locked for the rest of the transaction as `locks` says. */
export function findLoansForUpdate(
  tx: BankSyncQueryRunner,
  accountNumbers: readonly string[],
  locks: LockWait,
): Promise<(LoanBalances & { currency: string; accountNumber: string })[]> {
  if (accountNumbers.length === 0) return Promise.resolve([]);
  return tx
    .select({
      accountNumber: loans.accountNumber,
      currency: loans.currency,
      outstanding: loans.outstanding,
      remainingAmount: loans.remainingAmount,
      dueAmount: loans.dueAmount,
    })
    .from(loans)
    .where(inArray(loans.accountNumber, [...accountNumbers]))
    .for('update', rowLocks(locks));
}

/**
 * Adds each (signed) change to its loan's balances, in PostgreSQL's exact numeric arithmetic, in one statement
 * whatever the number of loans; one change per loan.
 */
export async function adjustBalances(
  tx: BankSyncQueryRunner,
  adjustments: readonly { accountNumber: string; change: LoanBalances }[],
  writer: string,
): Promise<void> {
  if (adjustments.length === 0) return;
  const values = sql.join(
    adjustments.map(
      ({ accountNumber, change }) =>
        sql`(${accountNumber}, ${change.outstanding}::numeric, ${change.remainingAmount}::numeric, ${change.dueAmount}::numeric)`,
    ),
    sql`, `,
  );
  await tx
    .update(loans)
    .set({
      outstanding: sql`${loans.outstanding} + change.outstanding_change`,
      remainingAmount: sql`${loans.remainingAmount} + change.remaining_change`,
      dueAmount: sql`${loans.dueAmount} + change.due_change`,
      updatedBy: writer,
      updatedAt: sql`now()`,
    })
    .from(sql`(values ${values}) as change (account, outstanding_change, remaining_change, due_change)`)
    .where(eq(loans.accountNumber, sql`change.account`));
}
