import type { LoanResolvers } from '../generated/resolvers-types';
import { existing } from './related';

export const Loan: LoanResolvers = {
  __resolveReference: ({ accountNumber }, { loaders }) => loaders.loanByAccountNumber.load(accountNumber),
  customer: ({ cif }, _, { loaders }) => existing(loaders.customerByCif.load(cif), `customer ${cif}`),
  collaterals: ({ accountNumber }, _, { loaders }) => loaders.collateralsByLoan.load(accountNumber),
  collateralLinks: ({ accountNumber }, _, { loaders }) => loaders.collateralLinksByLoan.load(accountNumber),
  dueSegmentations: ({ accountNumber }, _, { loaders }) => loaders.dueSegmentationsByLoan.load(accountNumber),
};
