import { validateInput } from '@collexis/platform/graphql';
import { changePaymentStatus } from '../commands/status-change';
import { syncPayments } from '../commands/sync-payments';
import type { MutationResolvers } from '../generated/resolvers-types';
import {
  completePaymentInput,
  failPaymentInput,
  paymentNotificationInput,
  recordPaymentInput,
  reversePaymentInput,
  syncPaymentsInput,
} from '../inputs/payments';
import { issueReceipt } from '../queries/receipt';

const countOf = (results: readonly { outcome: string }[], outcome: string) =>
  results.filter((result) => result.outcome === outcome).length;

export const Mutation: MutationResolvers = {
  recordPayment: async (_root, { input }, { recorder, viewer }) => {
    const reported = validateInput(recordPaymentInput, input);
    const { payment, created, events } = await recorder({ viewer, reported, operation: 'recordPayment' });
    return { payment, created, event: events.at(-1) ?? null };
  },
  processPaymentNotification: async (_root, { input }, { recorder, viewer }) => {
    const { requiresReceipt, ...reported } = validateInput(paymentNotificationInput, input);
    const { payment, created, events } = await recorder({
      viewer,
      reported,
      operation: 'processPaymentNotification',
    });
    const receipt = requiresReceipt ? issueReceipt(payment) : null;
    return { payment, created, event: events.at(-1) ?? null, receipt };
  },
  completePayment: async (_root, { input }, { writer, viewer }) => {
    const { referenceNumber } = validateInput(completePaymentInput, input);
    const request = { referenceNumber, to: 'COMPLETED' as const, reason: null };
    const { payment, changed, events } = await changePaymentStatus(
      writer,
      viewer,
      request,
      'completePayment',
    );
    return { payment, changed, event: events.at(-1) ?? null };
  },
  failPayment: async (_root, { input }, { writer, viewer }) => {
    const { referenceNumber, reason } = validateInput(failPaymentInput, input);
    const request = { referenceNumber, to: 'FAILED' as const, reason };
    const { payment, changed, events } = await changePaymentStatus(writer, viewer, request, 'failPayment');
    return { payment, changed, event: events.at(-1) ?? null };
  },
  reversePayment: async (_root, { input }, { writer, viewer }) => {
    const { referenceNumber, reason } = validateInput(reversePaymentInput, input);
    const request = { referenceNumber, to: 'REVERSED' as const, reason };
    const { payment, changed, events } = await changePaymentStatus(writer, viewer, request, 'reversePayment');
    return { payment, changed, event: events.at(-1) ?? null };
  },
  syncPayments: async (_root, { input }, { writer, viewer }) => {
    const batch = validateInput(syncPaymentsInput, input);
    const results = await syncPayments(writer, viewer, batch);
    return {
      results,
      created: countOf(results, 'CREATED'),
      updated: countOf(results, 'UPDATED'),
      unchanged: countOf(results, 'UNCHANGED'),
      rejected: countOf(results, 'REJECTED'),
    };
  },
};
