import { toConnection } from '@collexis/platform/graphql';
import type { LoanResolvers } from '../generated/resolvers-types';
import { timeCursor, timePage } from '../queries/pagination';

export const Loan: LoanResolvers = {
  // bank-sync owns loans: the key is all this subgraph needs to resolve its fields.
  __resolveReference: ({ accountNumber }) => ({ accountNumber }),
  actions: async ({ accountNumber }, args, { loaders }) => {
    const page = timePage(args);
    const rows = await loaders.actionsByLoan.load({ parent: accountNumber, page });
    return toConnection(rows, page.limit, timeCursor);
  },
};
