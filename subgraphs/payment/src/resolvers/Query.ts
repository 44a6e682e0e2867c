import { toConnection, validateInput } from '@collexis/platform/graphql';
import type { QueryResolvers } from '../generated/resolvers-types';
import { reconcilePaymentsInput } from '../inputs/payments';
import { collectionsSummary } from '../queries/collections';
import { eventCursor, eventPageSize, eventSelection, parseEventCursor } from '../queries/event-args';
import { paymentConditions, paymentCursor, paymentPageRequest } from '../queries/payment-args';
import { issueReceipt } from '../queries/receipt';
import { reconcilePayments } from '../queries/reconcile';
import { validatePayment } from '../queries/validate-payment';
import { findAuditPage } from '../repository/audit-log';
import { findEventsAfter, headSequence } from '../repository/payment-events';
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
  paymentEvents: async (_root, { after, first, filter }, { db }) => {
    const size = eventPageSize(first);
    const { conditions } = eventSelection(filter);
    const rows = await findEventsAfter(db, {
      after: parseEventCursor(after) ?? 0n,
      conditions,
      take: size + 1,
    });
    return toConnection(rows, size, eventCursor);
  },
  paymentEventsHead: async (_root, _args, { db }) => String(await headSequence(db)),
  paymentReceipt: async (_root, { referenceNumber }, { loaders }) => {
    const payment = await loaders.paymentByReferenceNumber.load(referenceNumber);
    return payment && issueReceipt(payment);
  },
  validatePayment: (_root, { input }, { loaders }) =>
    validatePayment(input, (referenceNumber) => loaders.paymentByReferenceNumber.load(referenceNumber)),
  reconcilePayments: (_root, { input }, { db }) =>
    reconcilePayments(db, validateInput(reconcilePaymentsInput, input)),
  collectionsSummary: (_root, args, { db }) => collectionsSummary(db, args),
  paymentAuditLog: (_root, args, { db }) => {
    return findAuditPage(db, args);
  },
};
