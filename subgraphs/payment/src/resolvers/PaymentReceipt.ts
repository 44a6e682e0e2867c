import type { PaymentReceiptResolvers } from '../generated/resolvers-types';
import { paymentStatusOf, sourceSystemOf } from '../inputs/enums';

export const PaymentReceipt: PaymentReceiptResolvers = {
  receiptNumber: ({ payment }) => `RCPT-${payment.referenceNumber}`,
  issuedAt: ({ issuedAt }) => issuedAt,
  referenceNumber: ({ payment }) => payment.referenceNumber,
  payerCif: ({ payment }) => payment.cif,
  loanAccountNumber: ({ payment }) => payment.loanAccountNumber,
  amount: ({ payment }) => payment.amount,
  currency: ({ payment }) => payment.currency,
  paymentMethod: ({ payment }) => payment.paymentMethod,
  paymentDate: ({ payment }) => payment.paymentDate,
  status: ({ payment }) => paymentStatusOf(payment.status),
  sourceSystem: ({ payment }) => sourceSystemOf(payment.sourceSystem),
  payment: ({ payment }) => payment,
  loan: ({ payment }) => ({ accountNumber: payment.loanAccountNumber }),
};
