import { scalarResolvers } from '@collexis/platform/graphql';
import type { Resolvers } from '../generated/resolvers-types';
import { JSONObjectScalar } from '../scalars';
import { BankSyncAuditEntry } from './BankSyncAuditEntry';
import { Collateral } from './Collateral';
import { Customer } from './Customer';
import { Loan } from './Loan';
import { LoanCollateral } from './LoanCollateral';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { StaleRecord } from './StaleRecord';
import { Subscription } from './Subscription';
import { SyncEvent } from './SyncEvent';
import { SyncLoanChange } from './SyncLoanChange';
import { SyncRun } from './SyncRun';
import { SyncRunEntity } from './SyncRunEntity';
import { SyncRunError } from './SyncRunError';
import { SyncStatus } from './SyncStatus';
import { Team } from './Team';

/** Every resolver of the subgraph; types not listed here resolve their fields straight from the row. */
export const resolvers: Resolvers = {
  ...scalarResolvers,
  JSONObject: JSONObjectScalar,
  Query,
  Mutation,
  Subscription,
  Customer,
  Loan,
  Collateral,
  LoanCollateral,
  SyncRun,
  SyncRunEntity,
  SyncRunError,
  SyncStatus,
  StaleRecord,
  BankSyncAuditEntry,
  SyncEvent,
  SyncLoanChange,
  Team,
};
