import { isBehind, stepsBetween } from '../commands/lifecycle';
import type { PaymentRow } from '../db/database';
import type { PaymentStatus, SourceSystem } from '../generated/resolvers-types';
import { sameDecimal } from './decimal';
import { paymentStatusOf } from './enums';
import type { ReportedPayment } from './payments';

/** A payment as reported again, with the system that reports it. */
export type ReportedPaymentFrom = ReportedPayment & { sourceSystem: SourceSystem };

/** How a reported payment relates to the stored payment with the same reference number. */
export type Comparison =
  /** The same payment: identical, or reported in a status it has already passed (older news). */
  | { kind: 'same' }
  /** The same payment, reported in a later status it has not reached yet. */
  | { kind: 'advances'; steps: PaymentStatus[] }
  /** Different data under the same reference number; `field` is the first that differs. */
  | { kind: 'conflict'; field: string; message: string };

type ComparedField = 'loanAccountNumber' | 'cif' | 'currency' | 'paymentMethod' | 'sourceSystem';
const plainFields: ComparedField[] = [
  'loanAccountNumber',
  'cif',
  'currency',
  'paymentMethod',
  'sourceSystem',
];

function conflict(stored: PaymentRow, field: string, storedValue: string, reportedValue: string): Comparison {
  return {
    kind: 'conflict',
    field,
    message:
      `payment ${stored.referenceNumber} is already recorded with ${field} ${storedValue}, not ` +
      `${reportedValue}; a different payment needs a reference number of its own`,
  };
}

export function compareWithStored(stored: PaymentRow, reported: ReportedPaymentFrom): Comparison {
  for (const field of plainFields) {
    if (stored[field] !== reported[field]) return conflict(stored, field, stored[field], reported[field]);
  }
  if (!sameDecimal(stored.amount, reported.amount))
    return conflict(stored, 'amount', stored.amount, reported.amount);
  if (stored.paymentDate.getTime() !== reported.paymentDate.getTime()) {
    return conflict(
      stored,
      'paymentDate',
      stored.paymentDate.toISOString(),
      reported.paymentDate.toISOString(),
    );
  }
  const storedStatus = paymentStatusOf(stored.status);
  if (storedStatus === reported.status) {
    if (reported.statusReason !== null && reported.statusReason !== stored.statusReason) {
      return conflict(
        stored,
        'statusReason',
        JSON.stringify(stored.statusReason),
        JSON.stringify(reported.statusReason),
      );
    }
    return { kind: 'same' };
  }
  if (isBehind(reported.status, storedStatus)) return { kind: 'same' };
  const steps = stepsBetween(storedStatus, reported.status);
  if (steps === null) {
    return {
      kind: 'conflict',
      field: 'status',
      message: `payment ${stored.referenceNumber} is ${storedStatus}; it can never become ${reported.status}`,
    };
  }
  return { kind: 'advances', steps };
}
