import { findEventsPage, headSequence } from '@collexis/events/publish';
import { isUuid } from '@collexis/platform/graphql';
import { LOAN_BALANCE_CONSUMER } from '../events/loan-balances';
import type { QueryResolvers } from '../generated/resolvers-types';
import { customerConnection } from '../queries/customers';
import { loanConnection } from '../queries/loans';
import { delinquencyBuckets, portfolioAtRisk } from '../queries/portfolio';
import { staleRecordConnection } from '../queries/stale-records';
import { syncEventSelection } from '../queries/sync-event-args';
import { syncRunConnection } from '../queries/sync-runs';
import { findAuditPage } from '../repository/audit-log';
import { findConsumerStatus } from '../repository/payment-consumer';
import { syncOutbox } from '../repository/sync-events';
import { findSyncStatus } from '../repository/sync-runs';
import { startCustomerLists } from './customer-lists';

export const Query: QueryResolvers = {
  customer: (_, { cif }, { loaders }, info) => {
    startCustomerLists(loaders, cif, info);
    return loaders.customerByCif.load(cif);
  },
  customers: (_, args, { db }) => customerConnection(db, args),
  loan: (_, { accountNumber }, { loaders }) => loaders.loanByAccountNumber.load(accountNumber),
  loans: (_, args, { db }) => loanConnection(db, args),
  collateral: (_, { collateralNumber }, { loaders }) => loaders.collateralByNumber.load(collateralNumber),
  syncStatus: (_, __, { db }) => findSyncStatus(db),
  syncRuns: (_, args, { db }) => syncRunConnection(db, args),
  // An id that is not a UUID names no run; PostgreSQL would reject it as uuid input.
  syncRun: (_, { id }, { loaders }) => (isUuid(id) ? loaders.syncRunById.load(id) : null),
  staleRecords: (_, args, { db }) => staleRecordConnection(db, args),
  paymentConsumerStatus: (_, __, { db }) => findConsumerStatus(db, LOAN_BALANCE_CONSUMER),
  delinquencyBuckets: (_, args, { db }) => delinquencyBuckets(db, args),
  portfolioAtRisk: (_, args, { db }) => portfolioAtRisk(db, args),
  bankSyncAuditLog: (_, args, { db }) => {
    return findAuditPage(db, args);
  },
  syncEvents: (_, { after, first, filter }, { db }) =>
    findEventsPage(db, syncOutbox, {
      after,
      first,
      where: syncEventSelection(filter).where,
      what: 'sync event',
    }),
  syncEventsHead: async (_, _args, { db }) => String(await headSequence(db, syncOutbox)),
};
