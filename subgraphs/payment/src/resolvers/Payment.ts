import type { PaymentResolvers } from '../generated/resolvers-types';

export const Payment: PaymentResolvers = {
  __resolveReference: ({ referenceNumber }, { loaders }) =>
    loaders.paymentByReferenceNumber.load(referenceNumber),
  loan: (payment) => ({ accountNumber: payment.loanAccountNumber }),
  customer: (payment) => ({ cif: payment.cif }),
};
