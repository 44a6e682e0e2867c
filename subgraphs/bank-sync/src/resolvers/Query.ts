import { customerConnection } from '../connections/customers';
import { loanConnection } from '../connections/loans';
import type { QueryResolvers } from '../generated/resolvers-types';

export const Query: QueryResolvers = {
  customer: (_, { cif }, { loaders }) => loaders.customerByCif.load(cif),
  customers: (_, args, { db }) => customerConnection(db, args),
  loan: (_, { accountNumber }, { loaders }) => loaders.loanByAccountNumber.load(accountNumber),
  loans: (_, args, { db }) => loanConnection(db, args),
  collateral: (_, { collateralNumber }, { loaders }) => loaders.collateralByNumber.load(collateralNumber),
};
