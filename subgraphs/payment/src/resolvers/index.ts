import { scalarResolvers } from '@collexis/platform';
import type { Resolvers } from '../generated/resolvers-types';
import { Customer } from './Customer';
import { Loan } from './Loan';
import { Payment } from './Payment';
import { Query } from './Query';

export const resolvers: Resolvers = { ...scalarResolvers, Query, Payment, Customer, Loan };
