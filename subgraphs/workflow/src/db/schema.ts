/**
 * workflow's tables: agents, their actions, customer assignments and cases (seed 000). Property names are the
 * camelCase of the seed's column names; types, nullability and indexes follow the seed.
 */
import { eventCheckpointsTable } from '@collexis/events/consume';
import { outboxColumns } from '@collexis/events/publish';
import { auditLogTable } from '@collexis/platform/db';
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  foreignKey,
  index,
  jsonb,
  numeric,
  pgSchema,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';

// Deliberately not exported. An exported pgSchema makes drizzle-kit emit `CREATE SCHEMA "workflow_service"`,
// which fails under migrateDomain: drizzle's migrator has already run `CREATE SCHEMA IF NOT EXISTS` for the
// domain schema, because the migrations table lives in it. Unexported, the migrator creates the schema.
const workflowService = pgSchema('workflow_service');

// The seed's unique indexes are declared as UNIQUE constraints (each is backed by a unique index of the same
// name), so they exist before drizzle-kit adds the foreign keys that may reference them.

function timestamps() {
  return {
    createdAt: timestamp('created_at', { mode: 'date', precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { mode: 'date', precision: 3 })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  };
}

export const agents = workflowService.table(
  'agents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employeeId: varchar('employee_id', { length: 20 }).notNull(),
    name: varchar('name', { length: 100 }).notNull(),
    email: varchar('email', { length: 100 }).notNull(),
    phone: varchar('phone', { length: 20 }),
    type: varchar('type', { length: 20 }).notNull(),
    team: varchar('team', { length: 30 }).notNull(),
    isActive: boolean('is_active').notNull().default(true),
    ...timestamps(),
  },
  (t) => [
    unique('uq_agents_employee_id').on(t.employeeId),
    unique('uq_agents_email').on(t.email),
    index('idx_agents_team').on(t.team),
    index('idx_agents_type').on(t.type),
    index('idx_agents_is_active').on(t.isActive),
  ],
);

export const actionRecords = workflowService.table(
  'action_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // No foreign key to bank_sync_service.customers: each domain schema can move to its own database.
    cif: varchar('cif', { length: 20 }).notNull(),
    // No foreign key to bank_sync_service.loans: each domain schema can move to its own database.
    loanAccountNumber: varchar('loan_account_number', { length: 20 }).notNull(),
    agentId: uuid('agent_id').notNull(),
    type: varchar('type', { length: 20 }).notNull(),
    subtype: varchar('subtype', { length: 30 }).notNull(),
    actionResult: varchar('action_result', { length: 30 }).notNull(),
    actionDate: timestamp('action_date', { mode: 'date', precision: 3 }).notNull(),
    notes: text('notes'),
    callTraceId: varchar('call_trace_id', { length: 20 }),
    visitLatitude: numeric('visit_latitude', { precision: 10, scale: 8 }),
    visitLongitude: numeric('visit_longitude', { precision: 11, scale: 8 }),
    visitAddress: text('visit_address'),
    ...timestamps(),
    createdBy: varchar('created_by', { length: 50 }).notNull(),
    updatedBy: varchar('updated_by', { length: 50 }).notNull(),
  },
  (t) => [
    index('idx_action_records_cif').on(t.cif),
    index('idx_action_records_loan_account_number').on(t.loanAccountNumber),
    index('idx_action_records_agent_id').on(t.agentId),
    index('idx_action_records_type').on(t.type),
    index('idx_action_records_action_date').on(t.actionDate),
    index('idx_action_records_action_result').on(t.actionResult),
    index('idx_action_records_cif_action_date').on(t.cif, t.actionDate),
    // agentPerformance reads an agent's actions of a period from this index alone (decision 0029).
    index('idx_action_records_agent_id_action_date').on(
      t.agentId,
      t.actionDate,
      t.type,
      t.actionResult,
      t.cif,
    ),
    index('idx_action_records_loan_account_number_action_date').on(t.loanAccountNumber, t.actionDate),
    foreignKey({ name: 'fk_action_records_agent_id', columns: [t.agentId], foreignColumns: [agents.id] }),
  ],
);

/** Customer-to-agent assignments with history (SCD type 2): one current row per customer. */
export const customerAgents = workflowService.table(
  'customer_agents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // No foreign key to bank_sync_service.customers: each domain schema can move to its own database.
    cif: varchar('cif', { length: 20 }).notNull(),
    assignedCallAgentId: uuid('assigned_call_agent_id'),
    assignedFieldAgentId: uuid('assigned_field_agent_id'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    isCurrent: boolean('is_current').notNull().default(true),
    ...timestamps(),
  },
  (t) => [
    index('idx_customer_agents_cif').on(t.cif),
    index('idx_customer_agents_assigned_call_agent_id').on(t.assignedCallAgentId),
    index('idx_customer_agents_assigned_field_agent_id').on(t.assignedFieldAgentId),
    index('idx_customer_agents_is_current').on(t.isCurrent),
    index('idx_customer_agents_cif_is_current').on(t.cif, t.isCurrent),
    // Not in the seed: at most one current assignment per customer, enforced by the database.
    uniqueIndex('uq_customer_agents_cif_current').on(t.cif).where(sql`${t.isCurrent}`),
    foreignKey({
      name: 'fk_customer_agents_assigned_call_agent_id',
      columns: [t.assignedCallAgentId],
      foreignColumns: [agents.id],
    }),
    foreignKey({
      name: 'fk_customer_agents_assigned_field_agent_id',
      columns: [t.assignedFieldAgentId],
      foreignColumns: [agents.id],
    }),
  ],
);

/** The current collection status of each customer (one row per customer). */
export const customerCases = workflowService.table(
  'customer_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // No foreign key to bank_sync_service.customers: each domain schema can move to its own database.
    cif: varchar('cif', { length: 20 }).notNull(),
    assignedCallAgentId: uuid('assigned_call_agent_id'),
    assignedFieldAgentId: uuid('assigned_field_agent_id'),
    fUpdate: timestamp('f_update', { mode: 'date', precision: 3 }),
    customerStatus: varchar('customer_status', { length: 30 }).notNull(),
    collateralStatus: varchar('collateral_status', { length: 30 }).notNull(),
    processingStateStatus: varchar('processing_state_status', { length: 30 }).notNull(),
    lendingViolationStatus: varchar('lending_violation_status', { length: 30 }).notNull(),
    recoveryAbilityStatus: varchar('recovery_ability_status', { length: 30 }).notNull(),
    ...timestamps(),
  },
  (t) => [
    unique('uq_customer_cases_cif').on(t.cif),
    index('idx_customer_cases_assigned_call_agent_id').on(t.assignedCallAgentId),
    index('idx_customer_cases_assigned_field_agent_id').on(t.assignedFieldAgentId),
    index('idx_customer_cases_f_update').on(t.fUpdate),
    index('idx_customer_cases_customer_status').on(t.customerStatus),
    index('idx_customer_cases_processing_state_status').on(t.processingStateStatus),
    index('idx_customer_cases_recovery_ability_status').on(t.recoveryAbilityStatus),
    index('idx_customer_cases_status_composite').on(
      t.customerStatus,
      t.processingStateStatus,
      t.recoveryAbilityStatus,
    ),
    foreignKey({
      name: 'fk_customer_cases_assigned_call_agent_id',
      columns: [t.assignedCallAgentId],
      foreignColumns: [agents.id],
    }),
    foreignKey({
      name: 'fk_customer_cases_assigned_field_agent_id',
      columns: [t.assignedFieldAgentId],
      foreignColumns: [agents.id],
    }),
  ],
);

export const customerCaseActions = workflowService.table(
  'customer_case_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // No foreign key to bank_sync_service.customers: each domain schema can move to its own database.
    cif: varchar('cif', { length: 20 }).notNull(),
    agentId: uuid('agent_id').notNull(),
    actionDate: timestamp('action_date', { mode: 'date', precision: 3 }).notNull(),
    notes: text('notes'),
    customerStatus: varchar('customer_status', { length: 30 }),
    collateralStatus: varchar('collateral_status', { length: 30 }),
    processingStateStatus: varchar('processing_state_status', { length: 30 }),
    lendingViolationStatus: varchar('lending_violation_status', { length: 30 }),
    recoveryAbilityStatus: varchar('recovery_ability_status', { length: 30 }),
    ...timestamps(),
    createdBy: varchar('created_by', { length: 50 }).notNull(),
    updatedBy: varchar('updated_by', { length: 50 }).notNull(),
  },
  (t) => [
    index('idx_customer_case_actions_cif').on(t.cif),
    index('idx_customer_case_actions_agent_id').on(t.agentId),
    index('idx_customer_case_actions_action_date').on(t.actionDate),
    index('idx_customer_case_actions_agent_id_action_date').on(t.agentId, t.actionDate),
    foreignKey({
      name: 'fk_customer_case_actions_agent_id',
      columns: [t.agentId],
      foreignColumns: [agents.id],
    }),
  ],
);

/**
 * The payments workflow has been told of (the payment subgraph's events, through the case-updates consumer):
 * what agent performance needs to see whether a promise to pay was kept, without reading payment's tables.
 */
export const paymentsReceived = workflowService.table(
  'payments_received',
  {
    paymentReferenceNumber: varchar('payment_reference_number', { length: 20 }).primaryKey(),
    // No foreign key to bank_sync_service.customers: each domain schema can move to its own database.
    cif: varchar('cif', { length: 20 }).notNull(),
    /** When the payment reached the loan: its PAYMENT_RECEIVED event. */
    receivedAt: timestamp('received_at', { mode: 'date', precision: 3 }).notNull(),
    /** When it was taken back (PAYMENT_REVERSED); null while it stands. */
    reversedAt: timestamp('reversed_at', { mode: 'date', precision: 3 }),
  },
  // Promises kept look only for payments that stand: the probe is answered by the index alone.
  (t) => [
    index('idx_payments_received_cif_received_at_standing')
      .on(t.cif, t.receivedAt)
      .where(sql`${t.reversedAt} is null`),
  ],
);

/** Every write of the domain: who, when, which entity, before and after (ADMIN-only `workflowAuditLog`). */
export const auditLog = auditLogTable('workflow_service');

/**
 * How far each consumer of the payment subgraph's events has got: the sequence of the last event it applied.
 * The checkpoint moves in the same transaction as the event's effect, so each event is applied exactly once.
 */
export const paymentEventCheckpoints = eventCheckpointsTable('workflow_service', 'payment_event_checkpoints');

/** How far the sync-reactions consumer has applied bank-sync's events (its checkpoint, as for payments). */
export const syncEventCheckpoints = eventCheckpointsTable('workflow_service', 'sync_event_checkpoints');

/**
 * workflow's outbox (seed 004 WorkflowEvent): one row per ACTION_RECORDED, CUSTOMER_ASSIGNED or STATUS_CHANGED,
 * written in the transaction of the change, numbered in commit order by @collexis/events (decision 0027).
 * `agentIds` and `teams` are the agents the event involves and their teams when it happened, so that a
 * dashboard's filter by agent or team reads the event alone.
 */
export const workflowEvents = workflowService.table(
  'workflow_events',
  {
    ...outboxColumns(),
    entityType: varchar('entity_type', { length: 30 }).notNull(),
    entityId: varchar('entity_id', { length: 40 }).notNull(),
    cif: varchar('cif', { length: 20 }).notNull(),
    agentId: uuid('agent_id'),
    agentIds: uuid('agent_ids').array().notNull(),
    teams: varchar('teams', { length: 30 }).array().notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index('idx_workflow_events_cif_sequence').on(t.cif, t.sequence)],
);
