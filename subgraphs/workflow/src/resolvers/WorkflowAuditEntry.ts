import type { WorkflowAuditEntryResolvers } from '../generated/resolvers-types';

/** before / after are stored as jsonb objects (or null). */
const asObject = (state: unknown) =>
  typeof state === 'object' && state !== null ? Object.fromEntries(Object.entries(state)) : null;

export const WorkflowAuditEntry: WorkflowAuditEntryResolvers = {
  id: (entry) => String(entry.id),
  before: (entry) => asObject(entry.before),
  after: (entry) => asObject(entry.after),
};
