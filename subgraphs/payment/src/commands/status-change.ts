import type { Viewer } from '@collexis/platform/graphql';
import type { PaymentDatabase, PaymentEventRow, PaymentRow } from '../db/database';
import { ConflictError, NotFoundError } from '../errors';
import type { PaymentStatus } from '../generated/resolvers-types';
import { paymentStatusOf } from '../inputs/enums';
import { recordAudit } from '../repository/audit-log';
import { appendPaymentEvents } from '../repository/payment-events';
import { lockPaymentsByReferenceNumbers, updatePaymentStatus } from '../repository/payments';
import { previousStatus } from './lifecycle';
import { eventsOfPayment } from './payment-rows';

export interface StatusChangeRequest {
  referenceNumber: string;
  to: Exclude<PaymentStatus, 'PENDING'>;
  /** Stored as the status reason; null keeps the current one. */
  reason: string | null;
}

export interface StatusChangeOutcome {
  payment: PaymentRow;
  changed: boolean;
  events: PaymentEventRow[];
}

/**
 * Moves a payment one step along its life cycle, with its audit entry and event, in one transaction. A payment
 * already in the target status (a repeated call) is returned unchanged; any other status is a CONFLICT.
 */
export function changePaymentStatus(
  db: PaymentDatabase,
  viewer: Viewer,
  request: StatusChangeRequest,
  operation: string,
): Promise<StatusChangeOutcome> {
  const { referenceNumber, to, reason } = request;
  return db.transaction(async (tx) => {
    const [stored] = await lockPaymentsByReferenceNumbers(tx, [referenceNumber]);
    if (!stored) throw new NotFoundError('payment', referenceNumber, 'input.referenceNumber');
    const status = paymentStatusOf(stored.status);
    if (status === to) {
      if (reason !== null && reason !== stored.statusReason) {
        throw new ConflictError(
          `payment ${referenceNumber} is already ${to} for another reason: ${JSON.stringify(stored.statusReason)}`,
          'input.reason',
        );
      }
      return { payment: stored, changed: false, events: [] };
    }
    const from = previousStatus(to);
    if (status !== from) {
      throw new ConflictError(
        `payment ${referenceNumber} is ${status}; only a ${from} payment can become ${to}`,
        'input.referenceNumber',
      );
    }
    const updated = await updatePaymentStatus(tx, stored.id, {
      status: to,
      statusReason: reason ?? stored.statusReason,
      updatedBy: viewer.id,
    });
    await recordAudit(tx, viewer, [
      { operation, entityType: 'Payment', entityKey: referenceNumber, before: stored, after: updated },
    ]);
    const events = await appendPaymentEvents(tx, eventsOfPayment(updated, [to]));
    return { payment: updated, changed: true, events };
  });
}
