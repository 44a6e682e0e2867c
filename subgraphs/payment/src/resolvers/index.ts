import { scalarResolvers } from '@collexis/platform/graphql';
import type { Resolvers } from '../generated/resolvers-types';
import { JSONScalar } from '../scalars';
import { Customer } from './Customer';
import { Loan } from './Loan';
import { Mutation } from './Mutation';
import { Payment } from './Payment';
import { PaymentAuditEntry } from './PaymentAuditEntry';
import { PaymentEvent } from './PaymentEvent';
import { PaymentReceipt } from './PaymentReceipt';
import { Query } from './Query';
import { Subscription } from './Subscription';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  JSON: JSONScalar,
  Query,
  Mutation,
  Subscription,
  Payment,
  PaymentEvent,
  PaymentReceipt,
  PaymentAuditEntry,
  Customer,
  Loan,
};
