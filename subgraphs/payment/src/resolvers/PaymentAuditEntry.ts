import type { PaymentAuditEntryResolvers } from '../generated/resolvers-types';

export const PaymentAuditEntry: PaymentAuditEntryResolvers = {
  id: (entry) => entry.id.toString(),
};
