import { findEventsPage, headSequence } from '@collexis/events/publish';
import { toConnection, validateInput } from '@collexis/platform/graphql';
import type { QueryResolvers } from '../generated/resolvers-types';
import { reconcilePaymentsInput } from '../inputs/payments';
import { collectionsSummary } from '../queries/collections';
import { collectionsAtHead } from '../queries/collections-at-head';
import { eventSelection } from '../queries/event-args';
import { paymentConditions, paymentCursor, paymentPageRequest } from '../queries/payment-args';
import { issueReceipt } from '../queries/receipt';
import { reconcilePayments } from '../queries/reconcile';
import { validatePayment } from '../queries/validate-payment';
import { findAuditPage } from '../repository/audit-log';
import { paymentOutbox } from '../repository/payment-events';
import { findPayments } from '../repository/payments';

export const Query: QueryResolvers = {
  payment: (_root, { referenceNumber }, { loaders }) =>
    loaders.paymentByReferenceNumber.load(referenceNumber),
  payments: async (_root, { filter, ...pageArgs }, { db }) => {
    const conditions = paymentConditions(filter);
    const { size, after } = paymentPageRequest(pageArgs);
    const rows = await findPayments(db, { conditions, after, take: size + 1 });
    return toConnection(rows, size, paymentCursor);
  },
  paymentEvents: (_root, { after, first, filter }, { db }) =>
    findEventsPage(db, paymentOutbox, {
      after,
      first,
      where: eventSelection(filter).where,
      what: 'payment event',
    }),
  paymentEventsHead: async (_root, _args, { db }) => String(await headSequence(db, paymentOutbox)),
  paymentReceipt: async (_root, { referenceNumber }, { loaders }) => {
    const payment = await loaders.paymentByReferenceNumber.load(referenceNumber);
    return payment && issueReceipt(payment);
  },
  validatePayment: (_root, { input }, { loaders }) =>
    validatePayment(input, (referenceNumber) => loaders.paymentByReferenceNumber.load(referenceNumber)),
  reconcilePayments: (_root, { input }, { db }) =>
    reconcilePayments(db, validateInput(reconcilePaymentsInput, input)),
  collectionsSummary: (_root, args, { db }) => collectionsSummary(db, args),
  collectionsAtHead: (_root, args, { db }) => collectionsAtHead(db, args),
  paymentAuditLog: (_root, args, { db }) => {
    return findAuditPage(db, args);
  },
};
