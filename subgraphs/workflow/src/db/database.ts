import type { DomainDatabase, QueryRunner } from '@collexis/platform/db';
import type * as schema from './schema';
import type {
  actionRecords,
  agents,
  auditLog,
  customerAgents,
  customerCaseActions,
  customerCases,
  paymentsReceived,
  workflowEvents,
} from './schema';

/** The workflow schema's drizzle handle, created per server by `createDatabase` and injected, never global. */
export type WorkflowDatabase = DomainDatabase<typeof schema>;

/** The database or a transaction on it: what every repository function runs its statements on. */
export type WorkflowQueryRunner = QueryRunner<typeof schema>;

/** Rows as the repository returns them; resolvers map them to GraphQL types (see codegen.ts mappers). */
export type AgentRow = typeof agents.$inferSelect;
export type ActionRecordRow = typeof actionRecords.$inferSelect;
export type CustomerAgentRow = typeof customerAgents.$inferSelect;
export type CustomerCaseRow = typeof customerCases.$inferSelect;
export type CustomerCaseActionRow = typeof customerCaseActions.$inferSelect;
export type AuditEntryRow = typeof auditLog.$inferSelect;

/** A row of workflow_service.workflow_events (the outbox): what every WorkflowEvent resolver receives. */
export type WorkflowEventRow = typeof workflowEvents.$inferSelect;

/** An event to append to the outbox; the sequence is allocated on append. */
export type NewWorkflowEvent = Omit<typeof workflowEvents.$inferInsert, 'sequence' | 'occurredAt'>;
export type PaymentReceivedRow = typeof paymentsReceived.$inferSelect;
