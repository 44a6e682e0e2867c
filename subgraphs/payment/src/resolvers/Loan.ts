import { toConnection } from '@collexis/platform/graphql';
import type { LoanResolvers } from '../generated/resolvers-types';
import { paymentCursor, paymentPageRequest } from '../queries/payment-args';

export const Loan: LoanResolvers = {
  __resolveReference: (reference) => reference,
  payments: async (loan, args, { loaders }) => {
    const page = { ...paymentPageRequest(args), conditions: {} };
    const rows = await loaders.paymentsByLoan.load({ parent: loan.accountNumber, page });
    return toConnection(rows, page.size, paymentCursor);
  },
};
