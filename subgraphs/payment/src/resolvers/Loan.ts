import type { LoanResolvers } from '../generated/resolvers-types';
import { paymentPageRequest } from '../payment-args';

export const Loan: LoanResolvers = {
  __resolveReference: (reference) => reference,
  payments: (loan, args, { loaders }) =>
    loaders.paymentsByLoan.load({
      parentKey: loan.accountNumber,
      page: paymentPageRequest(args),
      conditions: {},
    }),
};
