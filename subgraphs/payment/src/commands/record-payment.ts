import type { Viewer } from '@collexis/platform/graphql';
import type { PaymentEventRow, PaymentRow } from '../db/database';
import { ConflictError } from '../errors';
import { compareWithStored, type ReportedPaymentFrom } from '../inputs/compare';
import { stepsBetween } from './lifecycle';
import { eventsOfPayment } from './payment-rows';

export interface RecordOutcome {
  payment: PaymentRow;
  created: boolean;
  /** The events written: none for a PENDING payment or a repeated call. */
  events: PaymentEventRow[];
}

/** A payment to record, by whom, through which mutation (the audit entry's operation). */
export interface RecordRequest {
  viewer: Viewer;
  reported: ReportedPaymentFrom;
  operation: string;
}

/** The audit entry of a newly recorded payment. */
export const auditOfRecorded = (operation: string, inserted: PaymentRow) => ({
  operation,
  entityType: 'Payment',
  entityKey: inserted.referenceNumber,
  before: null,
  after: inserted,
});

/** The events of a newly recorded payment: its steps from nothing to the reported status. */
export const eventsOfRecorded = (inserted: PaymentRow, reported: ReportedPaymentFrom) =>
  eventsOfPayment(inserted, stepsBetween(null, reported.status) ?? []);

/**
 * What recording a payment whose reference number is taken comes to: nothing written when it is the stored
 * payment (or an older status of it), a CONFLICT naming the first differing field otherwise. A later status
 * is a CONFLICT too: status changes have their own mutations.
 */
export function outcomeOfRecorded(
  stored: PaymentRow,
  reported: ReportedPaymentFrom,
): RecordOutcome | ConflictError {
  const comparison = compareWithStored(stored, reported);
  if (comparison.kind === 'conflict')
    return new ConflictError(comparison.message, `input.${comparison.field}`);
  if (comparison.kind === 'advances') {
    return new ConflictError(
      `payment ${stored.referenceNumber} is ${stored.status}; change its status with ` +
        'completePayment, failPayment or reversePayment',
      'input.status',
    );
  }
  return { payment: stored, created: false, events: [] };
}
