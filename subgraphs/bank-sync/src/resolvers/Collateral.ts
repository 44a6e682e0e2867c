import type { CollateralResolvers } from '../generated/resolvers-types';
import { existing } from './related';

export const Collateral: CollateralResolvers = {
  __resolveReference: ({ collateralNumber }, { loaders }) =>
    loaders.collateralByNumber.load(collateralNumber),
  loans: ({ collateralNumber }, _, { loaders }) => loaders.loansByCollateral.load(collateralNumber),
  customer: ({ cif }, _, { loaders }) => existing(loaders.customerByCif.load(cif), `customer ${cif}`),
};
