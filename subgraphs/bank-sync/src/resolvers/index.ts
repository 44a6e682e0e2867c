import { scalarResolvers } from '@collexis/platform';
import type { Resolvers } from '../generated/resolvers-types';
import { Collateral } from './Collateral';
import { Customer } from './Customer';
import { Loan } from './Loan';
import { LoanCollateral } from './LoanCollateral';
import { Query } from './Query';

/** Every resolver of the subgraph; types not listed here resolve their fields straight from the row. */
export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  Customer,
  Loan,
  Collateral,
  LoanCollateral,
};
