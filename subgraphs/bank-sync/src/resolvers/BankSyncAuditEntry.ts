import type { BankSyncAuditEntryResolvers } from '../generated/resolvers-types';

/** before / after are stored as jsonb objects (or null); anything else would be a bug of the writer. */
const asObject = (state: unknown) =>
  state === null || state === undefined ? null : Object.fromEntries(Object.entries(state));

export const BankSyncAuditEntry: BankSyncAuditEntryResolvers = {
  id: (entry) => String(entry.id),
  before: (entry) => asObject(entry.before),
  after: (entry) => asObject(entry.after),
};
