import type { LockWait } from '@collexis/events/consume';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { paymentsReceived } from '../db';
import type { WorkflowQueryRunner } from '../db/database';

/** Payments reached their loans, in one statement; the same event applied again records nothing more. */
export async function recordPaymentsReceived(
  tx: WorkflowQueryRunner,
  payments: readonly { paymentReferenceNumber: string; cif: string; receivedAt: Date }[],
): Promise<void> {
  if (payments.length === 0) return;
  await tx
    .insert(paymentsReceived)
    .values([...payments])
    .onConflictDoNothing();
}

/**
 * A received payment was taken back; it no longer keeps a promise. With 'nowait' its row is locked NOWAIT
 * first, so that a row held elsewhere fails the statement (55P03) instead of waiting.
 */
export async function recordPaymentReversed(
  tx: WorkflowQueryRunner,
  paymentReferenceNumber: string,
  reversedAt: Date,
  locks: LockWait,
): Promise<void> {
  const unreversed = and(
    eq(paymentsReceived.paymentReferenceNumber, paymentReferenceNumber),
    isNull(paymentsReceived.reversedAt),
  );
  const locked = tx
    .select({ paymentReferenceNumber: paymentsReceived.paymentReferenceNumber })
    .from(paymentsReceived)
    .where(unreversed)
    .for('update', { noWait: true });
  await tx
    .update(paymentsReceived)
    .set({ reversedAt })
    .where(locks === 'nowait' ? inArray(paymentsReceived.paymentReferenceNumber, locked) : unreversed);
}
