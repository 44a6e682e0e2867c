import type { PaymentRow } from '../db/database';

/** A receipt: the payment it is for, issued at a moment (seed 004 generatePaymentReceipt). */
export interface PaymentReceiptModel {
  payment: PaymentRow;
  issuedAt: Date;
}

/** The receipt of a payment, issued now; nothing is stored, a receipt is the payment as it stands. */
export function issueReceipt(payment: PaymentRow): PaymentReceiptModel {
  return { payment, issuedAt: new Date() };
}
