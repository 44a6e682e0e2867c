import { toConnection } from '@collexis/platform/graphql';
import type { CustomerResolvers } from '../generated/resolvers-types';
import { paymentConditions, paymentCursor, paymentPageRequest } from '../queries/payment-args';

export const Customer: CustomerResolvers = {
  __resolveReference: (reference) => reference,
  payments: async (customer, { filter, ...pageArgs }, { loaders }) => {
    const page = { ...paymentPageRequest(pageArgs), conditions: paymentConditions(filter) };
    const rows = await loaders.paymentsByCustomer.load({ parent: customer.cif, page });
    return toConnection(rows, page.size, paymentCursor);
  },
};
