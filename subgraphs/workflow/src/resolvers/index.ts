import { scalarResolvers } from '@collexis/platform';
import type { Resolvers } from '../generated/resolvers-types';
import { ActionRecord } from './ActionRecord';
import { Agent } from './Agent';
import { Customer } from './Customer';
import { CustomerAgent } from './CustomerAgent';
import { CustomerCase } from './CustomerCase';
import { CustomerCaseAction } from './CustomerCaseAction';
import { Loan } from './Loan';
import { Query } from './Query';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  Agent,
  ActionRecord,
  Customer,
  CustomerAgent,
  CustomerCase,
  CustomerCaseAction,
  Loan,
};
