import { toConnection } from '@collexis/platform';
import type { QueryResolvers } from '../generated/resolvers-types';
import { paymentConditions, paymentCursor, paymentPageRequest } from '../payment-args';
import { findPayments } from '../repository/payments';

export const Query: QueryResolvers = {
  payment: (_root, { referenceNumber }, { loaders }) =>
    loaders.paymentByReferenceNumber.load(referenceNumber),
  payments: async (_root, { filter, ...pageArgs }, { db }) => {
    const conditions = paymentConditions(filter);
    const { size, after } = paymentPageRequest(pageArgs);
    const rows = await findPayments(db, { conditions, after, take: size + 1 });
    return toConnection(rows, size, paymentCursor);
  },
};
