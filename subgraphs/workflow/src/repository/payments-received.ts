import { and, eq, isNull } from 'drizzle-orm';
import { paymentsReceived } from '../db';
import type { WorkflowQueryRunner } from '../db/database';

/** A payment reached the loan; the same event applied again records nothing more. */
export async function recordPaymentReceived(
  tx: WorkflowQueryRunner,
  payment: { paymentReferenceNumber: string; cif: string; receivedAt: Date },
): Promise<void> {
  await tx.insert(paymentsReceived).values(payment).onConflictDoNothing();
}

/** A received payment was taken back; it no longer keeps a promise. */
export async function recordPaymentReversed(
  tx: WorkflowQueryRunner,
  paymentReferenceNumber: string,
  reversedAt: Date,
): Promise<void> {
  await tx
    .update(paymentsReceived)
    .set({ reversedAt })
    .where(
      and(
        eq(paymentsReceived.paymentReferenceNumber, paymentReferenceNumber),
        isNull(paymentsReceived.reversedAt),
      ),
    );
}
