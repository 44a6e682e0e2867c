import type { LoanCollateralResolvers } from '../generated/resolvers-types';
import { existing } from './related';

export const LoanCollateral: LoanCollateralResolvers = {
  loan: ({ loanAccountNumber }, _, { loaders }) =>
    existing(loaders.loanByAccountNumber.load(loanAccountNumber), `loan ${loanAccountNumber}`),
  collateral: ({ collateralNumber }, _, { loaders }) =>
    existing(loaders.collateralByNumber.load(collateralNumber), `collateral ${collateralNumber}`),
};
