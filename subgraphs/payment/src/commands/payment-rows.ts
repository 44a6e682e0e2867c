import type { Viewer } from '@collexis/platform/graphql';
import type { NewPaymentEvent, NewPaymentRow, PaymentRow } from '../db/database';
import type { PaymentStatus } from '../generated/resolvers-types';
import type { ReportedPaymentFrom } from '../inputs/compare';
import { eventsOfSteps } from './lifecycle';

/** Rows by their reference numbers (one payment each). */
export const byReferenceNumber = <Row extends { referenceNumber: string }>(rows: readonly Row[]) =>
  new Map(rows.map((row) => [row.referenceNumber, row]));

/** The row of a newly reported payment; a core system's payments are synchronized and not editable in the CRM. */
export function newPaymentRow(reported: ReportedPaymentFrom, viewer: Viewer, now: Date): NewPaymentRow {
  const fromCore = reported.sourceSystem !== 'CRM';
  return {
    referenceNumber: reported.referenceNumber,
    loanAccountNumber: reported.loanAccountNumber,
    cif: reported.cif,
    amount: reported.amount,
    currency: reported.currency,
    paymentDate: reported.paymentDate,
    paymentMethod: reported.paymentMethod,
    status: reported.status,
    statusReason: reported.statusReason,
    sourceSystem: reported.sourceSystem,
    createdBy: viewer.id,
    updatedBy: viewer.id,
    createdAt: now,
    updatedAt: now,
    isEditable: !fromCore,
    lastSyncedAt: fromCore ? now : null,
  };
}

/** The outbox entries of a payment entering `steps`, in order. */
export function eventsOfPayment(payment: PaymentRow, steps: readonly PaymentStatus[]): NewPaymentEvent[] {
  return eventsOfSteps(steps).map(({ type, status }) => ({
    eventType: type,
    paymentReferenceNumber: payment.referenceNumber,
    loanAccountNumber: payment.loanAccountNumber,
    cif: payment.cif,
    amount: payment.amount,
    currency: payment.currency,
    status,
  }));
}
