import { scalarResolvers } from '@collexis/platform/graphql';
import type { Resolvers } from '../generated/resolvers-types';
import { JSONObjectScalar } from '../scalars';
import { ActionRecord } from './ActionRecord';
import { Agent } from './Agent';
import { Customer } from './Customer';
import { CustomerAgent } from './CustomerAgent';
import { CustomerCase } from './CustomerCase';
import { CustomerCaseAction } from './CustomerCaseAction';
import { Loan } from './Loan';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { Subscription } from './Subscription';
import { Team } from './Team';
import { WorkflowAuditEntry } from './WorkflowAuditEntry';
import { WorkflowEvent } from './WorkflowEvent';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  JSONObject: JSONObjectScalar,
  Query,
  Mutation,
  Subscription,
  WorkflowAuditEntry,
  WorkflowEvent,
  Agent,
  ActionRecord,
  Customer,
  CustomerAgent,
  CustomerCase,
  CustomerCaseAction,
  Loan,
  Team,
};
