import type { CustomerResolvers } from '../generated/resolvers-types';
import { loadCustomerLoans } from './customer-loan-details';

export const Customer: CustomerResolvers = {
  __resolveReference: ({ cif }, { loaders }) => loaders.customerByCif.load(cif),
  phones: ({ cif }, _, { loaders }) => loaders.phonesByCif.load(cif),
  addresses: ({ cif }, _, { loaders }) => loaders.addressesByCif.load(cif),
  emails: ({ cif }, _, { loaders }) => loaders.emailsByCif.load(cif),
  loans: ({ cif }, _, { loaders }) => loadCustomerLoans(loaders, cif),
  collaterals: ({ cif }, _, { loaders }) => loaders.collateralsByCif.load(cif),
  referenceCustomers: ({ cif }, _, { loaders }) => loaders.referenceCustomersByCif.load(cif),
};
