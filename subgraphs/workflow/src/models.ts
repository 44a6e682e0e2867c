import type {
  actionRecords,
  agents,
  auditLog,
  customerAgents,
  customerCaseActions,
  customerCases,
} from './db';

/** Rows as the repository returns them; resolvers map them to GraphQL types (see codegen.ts mappers). */
export type AgentRow = typeof agents.$inferSelect;
export type ActionRecordRow = typeof actionRecords.$inferSelect;
export type CustomerAgentRow = typeof customerAgents.$inferSelect;
export type CustomerCaseRow = typeof customerCases.$inferSelect;
export type CustomerCaseActionRow = typeof customerCaseActions.$inferSelect;
export type AuditEntryRow = typeof auditLog.$inferSelect;

/** A Customer as this subgraph knows it: the key bank-sync resolves. */
export interface CustomerKey {
  cif: string;
}

/** A Loan as this subgraph knows it: the key bank-sync resolves. */
export interface LoanKey {
  accountNumber: string;
}
