import type { Viewer } from '@collexis/platform/graphql';
import type { PaymentDatabase, PaymentEventRow, PaymentRow } from '../db/database';
import { ConflictError } from '../errors';
import { compareWithStored, type ReportedPaymentFrom } from '../inputs/compare';
import { recordAudit } from '../repository/audit-log';
import { appendPaymentEvents } from '../repository/payment-events';
import { insertPaymentIfAbsent, lockPaymentsByReferenceNumbers } from '../repository/payments';
import { stepsBetween } from './lifecycle';
import { eventsOfPayment, newPaymentRow } from './payment-rows';

export interface RecordOutcome {
  payment: PaymentRow;
  created: boolean;
  /** The events written: none for a PENDING payment or a repeated call. */
  events: PaymentEventRow[];
}

/**
 * Records a payment with its audit entry and events in one transaction. Idempotent on the reference number:
 * the same payment again (or in a status it has since left) writes nothing; different data is a CONFLICT
 * naming the first differing field. A later status is a CONFLICT too: status changes have their own mutations.
 */
export function recordPayment(
  db: PaymentDatabase,
  viewer: Viewer,
  reported: ReportedPaymentFrom,
  operation: string,
): Promise<RecordOutcome> {
  return db.transaction(async (tx) => {
    const inserted = await insertPaymentIfAbsent(tx, newPaymentRow(reported, viewer, new Date()));
    if (inserted) {
      await recordAudit(tx, viewer, [
        {
          operation,
          entityType: 'Payment',
          entityKey: inserted.referenceNumber,
          before: null,
          after: inserted,
        },
      ]);
      const steps = stepsBetween(null, reported.status) ?? [];
      const events = await appendPaymentEvents(tx, eventsOfPayment(inserted, steps));
      return { payment: inserted, created: true, events };
    }
    const [stored] = await lockPaymentsByReferenceNumbers(tx, [reported.referenceNumber]);
    if (!stored)
      throw new Error(`payment ${reported.referenceNumber} conflicted on insert but cannot be read`);
    const comparison = compareWithStored(stored, reported);
    if (comparison.kind === 'conflict')
      throw new ConflictError(comparison.message, `input.${comparison.field}`);
    if (comparison.kind === 'advances') {
      throw new ConflictError(
        `payment ${stored.referenceNumber} is ${stored.status}; change its status with ` +
          'completePayment, failPayment or reversePayment',
        'input.status',
      );
    }
    return { payment: stored, created: false, events: [] };
  });
}
