import type { CustomerResolvers } from '../generated/resolvers-types';
import { paymentConditions, paymentPageRequest } from '../payment-args';

export const Customer: CustomerResolvers = {
  __resolveReference: (reference) => reference,
  payments: (customer, { filter, ...pageArgs }, { loaders }) =>
    loaders.paymentsByCustomer.load({
      parentKey: customer.cif,
      page: paymentPageRequest(pageArgs),
      conditions: paymentConditions(filter),
    }),
};
