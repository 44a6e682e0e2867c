import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AgentRow, ActionRecordRow, CustomerAgentRow, CustomerCaseRow, CustomerCaseActionRow, AuditEntryRow, WorkflowEventRow } from '../db/database';
import type { CustomerKey, LoanKey } from '../resolvers/references';
import type { TeamKey } from '../queries/teams';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** A point in time, ISO-8601 in UTC, e.g. "2026-01-31T09:30:00.000Z". */
  DateTime: { input: Date; output: Date; }
  /** An exact decimal number carried as a string, e.g. "1234.50". Never a float. */
  Decimal: { input: string; output: string; }
  /** A JSON object. */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** An action a collection agent took on a customer's loan: a call, visit, SMS, email or letter. */
export type ActionRecord = {
  __typename?: 'ActionRecord';
  /** When the action occurred. */
  actionDate: Scalars['DateTime']['output'];
  /** Action result, e.g. PROMISE_TO_PAY, NO_ANSWER, REFUSED. */
  actionResult: Scalars['String']['output'];
  /** The agent who took the action. */
  agent?: Maybe<Agent>;
  /** ID of the agent who took the action. */
  agentId: Scalars['ID']['output'];
  /** Call trace ID in the call centre. */
  callTraceId?: Maybe<Scalars['String']['output']>;
  /** CIF of the customer the action concerns. */
  cif: Scalars['String']['output'];
  /** Creation timestamp. */
  createdAt: Scalars['DateTime']['output'];
  /** User who created this action. */
  createdBy: Scalars['String']['output'];
  /** The customer the action concerns; null only when bank-sync, which owns customers, cannot answer. */
  customer?: Maybe<Customer>;
  /** Primary key. */
  id: Scalars['ID']['output'];
  /** The loan the action concerns; null only when bank-sync, which owns loans, cannot answer. */
  loan?: Maybe<Loan>;
  /** Account number of the loan the action concerns. */
  loanAccountNumber: Scalars['String']['output'];
  /** Action notes. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Action subtype, e.g. OUTBOUND_CALL, FIELD_VISIT, PAYMENT_REMINDER. */
  subtype: Scalars['String']['output'];
  /** Action type, e.g. CALL, VISIT, SMS, EMAIL, LETTER. */
  type: Scalars['String']['output'];
  /** Last update timestamp. */
  updatedAt: Scalars['DateTime']['output'];
  /** User who last updated this action. */
  updatedBy: Scalars['String']['output'];
  /** Visit address. */
  visitAddress?: Maybe<Scalars['String']['output']>;
  /** Visit location latitude. */
  visitLatitude?: Maybe<Scalars['Decimal']['output']>;
  /** Visit location longitude. */
  visitLongitude?: Maybe<Scalars['Decimal']['output']>;
};

/** A page of action records. */
export type ActionRecordConnection = {
  __typename?: 'ActionRecordConnection';
  /** The actions of this page with their cursors. */
  edges: Array<ActionRecordEdge>;
  /** The actions of this page. */
  nodes: Array<ActionRecord>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
};

/** An action record in a page of actions. */
export type ActionRecordEdge = {
  __typename?: 'ActionRecordEdge';
  /** Cursor of this action; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The action. */
  node: ActionRecord;
};

/** An action after a change. */
export type ActionRecordPayload = {
  __typename?: 'ActionRecordPayload';
  /** The action as stored. */
  action: ActionRecord;
};

/** The kinds of collection action. */
export type ActionType =
  /** A phone call. */
  | 'CALL'
  /** An email. */
  | 'EMAIL'
  /** A letter. */
  | 'LETTER'
  /** A text message. */
  | 'SMS'
  /** A visit to the customer, which may carry its location. */
  | 'VISIT';

/** A collection agent, supervisor or administrator of the CRM. */
export type Agent = {
  __typename?: 'Agent';
  /** The agent's worklist: customers whose current assignment names this agent as call or field agent, ordered by CIF; null only when a subgraph it draws on cannot answer. */
  assignedCustomers?: Maybe<WorklistConnection>;
  /** Creation timestamp. */
  createdAt: Scalars['DateTime']['output'];
  /** Work email. */
  email: Scalars['String']['output'];
  /** Employee ID in the bank's HR system. */
  employeeId: Scalars['String']['output'];
  /** Primary key. */
  id: Scalars['ID']['output'];
  /** Whether the agent is active. */
  isActive: Scalars['Boolean']['output'];
  /** Agent name. */
  name: Scalars['String']['output'];
  /** Work phone. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Team assignment, e.g. CALL_TEAM_A (call agents) or FIELD_TEAM_NORTH (field agents). */
  team: Scalars['String']['output'];
  /** Agent type. */
  type: AgentType;
  /** Last update timestamp. */
  updatedAt: Scalars['DateTime']['output'];
};


/** A collection agent, supervisor or administrator of the CRM. */
export type AgentAssignedCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of agents. */
export type AgentConnection = {
  __typename?: 'AgentConnection';
  /** The agents of this page with their cursors. */
  edges: Array<AgentEdge>;
  /** The agents of this page. */
  nodes: Array<Agent>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
};

/** An agent in a page of agents. */
export type AgentEdge = {
  __typename?: 'AgentEdge';
  /** Cursor of this agent; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The agent. */
  node: Agent;
};

/** Criteria an agent must match; omitted criteria match every agent. */
export type AgentFilter = {
  /** Whether the agent is active. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Team name, e.g. CALL_TEAM_A or FIELD_TEAM_NORTH. */
  team?: InputMaybe<Scalars['String']['input']>;
  /** Agent type. */
  type?: InputMaybe<AgentType>;
};

/** An agent after a change. */
export type AgentPayload = {
  __typename?: 'AgentPayload';
  /** The agent as stored. */
  agent: Agent;
};

/** What an agent did over a period. */
export type AgentPerformance = {
  __typename?: 'AgentPerformance';
  /** The actions by result, most frequent first. */
  actionsByResult: Array<ValueCount>;
  /** The actions by type, most frequent first. */
  actionsByType: Array<ValueCount>;
  /** The agent. */
  agent: Agent;
  /** Case actions (status inputs) the agent recorded in the period. */
  caseActions: Scalars['Int']['output'];
  /**
   * `contacts` divided by `totalActions`: a fraction between 0 and 1 rounded half up to 6 decimal places,
   * "0.000000" when the agent took no action.
   */
  contactRate: Scalars['Decimal']['output'];
  /**
   * Actions of the period that reached the customer or someone answering for them: results PROMISE_TO_PAY, PAID,
   * REFUSED, CALLBACK_REQUESTED or DISPUTE. NO_ANSWER, LEFT_MESSAGE, WRONG_NUMBER and NOT_AT_HOME are attempts that
   * reached no one; any other result is not counted as a contact.
   */
  contacts: Scalars['Int']['output'];
  /** Distinct customers the agent took at least one action on. */
  customersContacted: Scalars['Int']['output'];
  /** First day of the period (UTC), included. */
  from: Scalars['Date']['output'];
  /**
   * `promisesKept` divided by `promisesToPay`: a fraction between 0 and 1 rounded half up to 6 decimal places,
   * "0.000000" when the agent took no promise.
   */
  promiseKeptRate: Scalars['Decimal']['output'];
  /** Days after a promise within which a payment kept it (the `promiseWindowDays` asked for). */
  promiseWindowDays: Scalars['Int']['output'];
  /**
   * Promises to pay of the period (`promisesToPay`) that were kept: a payment of that customer reached the loan at
   * or after the action and less than `promiseWindowDays` days after it, and was not reversed since. workflow knows
   * payments from the payment subgraph's events (PAYMENT_RECEIVED, PAYMENT_REVERSED), which it records as it
   * consumes them. A promise still inside its window and not yet paid is not (yet) kept.
   */
  promisesKept: Scalars['Int']['output'];
  /** Actions whose result is PROMISE_TO_PAY. */
  promisesToPay: Scalars['Int']['output'];
  /** Last day of the period (UTC), included. */
  to: Scalars['Date']['output'];
  /** Actions the agent took in the period. */
  totalActions: Scalars['Int']['output'];
};

/** The role of an agent in the collection organisation. */
export type AgentType =
  /** An administrator of the CRM. */
  | 'ADMIN'
  /** A collection agent who calls or visits customers. */
  | 'AGENT'
  /** A supervisor of a team of agents. */
  | 'SUPERVISOR';

/** An agent's current workload. */
export type AgentWorkload = {
  __typename?: 'AgentWorkload';
  /** Actions the agent took this ISO week (UTC, from Monday). */
  actionsThisWeek: Scalars['Int']['output'];
  /** Actions the agent took today (UTC). */
  actionsToday: Scalars['Int']['output'];
  /** The agent. */
  agent: Agent;
  /** When the figures were taken; today and this week are the UTC day and ISO week (from Monday) of this moment. */
  asOf: Scalars['DateTime']['output'];
  /** Distinct customers currently assigned to the agent, in either role. */
  assignedCustomers: Scalars['Int']['output'];
  /** Customers whose current assignment names the agent as call agent. */
  callAssignments: Scalars['Int']['output'];
  /** Customers whose current assignment names the agent as field agent. */
  fieldAssignments: Scalars['Int']['output'];
  /** Open cases (processing state not CLOSED, customer status not SETTLED) naming the agent as call or field agent. */
  openCases: Scalars['Int']['output'];
  /** The open cases by customer status, most frequent first. */
  openCasesByCustomerStatus: Array<ValueCount>;
};

/** A customer's new agents. */
export type AssignCustomerInput = {
  /** The call agent (a UUID, active); omitted, the customer has no call agent. */
  callAgentId?: InputMaybe<Scalars['ID']['input']>;
  /** CIF of the customer. */
  cif: Scalars['String']['input'];
  /** The field agent (a UUID, active); omitted, the customer has no field agent. At least one agent is required. */
  fieldAgentId?: InputMaybe<Scalars['ID']['input']>;
  /** First day of the new assignment: today (UTC) when omitted; not in the future, not before the current one's start. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

/** A customer's assignment after `assignCustomer` or `reassignCustomer`. */
export type AssignmentPayload = {
  __typename?: 'AssignmentPayload';
  /** The customer's current assignment. */
  assignment: CustomerAgent;
  /** Whether a new assignment was opened; false when the customer already had exactly these agents. */
  changed: Scalars['Boolean']['output'];
  /** The assignment it replaced, now closed; null when the customer had none or nothing changed. */
  previous?: Maybe<CustomerAgent>;
};

/** The role an agent plays in a customer's assignment. */
export type AssignmentRole =
  /** The call agent. */
  | 'CALL'
  /** The field agent. */
  | 'FIELD';

/** Many customers assigned to the same agents. */
export type BulkAssignCustomersInput = {
  /** The call agent (a UUID, active); omitted, the customers have no call agent. */
  callAgentId?: InputMaybe<Scalars['ID']['input']>;
  /** CIFs of the customers: 1 to 1,000, no repeats. */
  cifs: Array<Scalars['String']['input']>;
  /** The field agent (a UUID, active); omitted, the customers have no field agent. At least one agent is required. */
  fieldAgentId?: InputMaybe<Scalars['ID']['input']>;
  /** First day of the new assignments: today (UTC) when omitted; not in the future, not before any current one's start. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

/** The outcome of `bulkAssignCustomers`. */
export type BulkAssignmentPayload = {
  __typename?: 'BulkAssignmentPayload';
  /** The current assignment of each customer, in the order of `cifs`. */
  assignments: Array<CustomerAgent>;
  /** How many customers got a new assignment. */
  changedCount: Scalars['Int']['output'];
  /** How many customers already had exactly these agents and were left as they were. */
  unchangedCount: Scalars['Int']['output'];
};

/** A case action and the case it changed. */
export type CaseActionPayload = {
  __typename?: 'CaseActionPayload';
  /** The customer's case after the action. */
  case: CustomerCase;
  /** The case action as stored. */
  caseAction: CustomerCaseAction;
};

/** A new agent. */
export type CreateAgentInput = {
  /** Work email, at most 100 characters; unique (case-insensitively). */
  email: Scalars['String']['input'];
  /** Employee ID in the bank's HR system: letters, digits, `-` or `_`, at most 20 characters; unique. */
  employeeId: Scalars['String']['input'];
  /** Agent name, at most 100 characters. */
  name: Scalars['String']['input'];
  /** Work phone: digits, spaces, `+`, `-`, `(` or `)`, at most 20 characters. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Team, an upper-case code of at most 30 characters, e.g. CALL_TEAM_A (call agents) or FIELD_TEAM_NORTH (field agents). */
  team: Scalars['String']['input'];
  /** Agent type. */
  type: AgentType;
};

/** A bank customer (owned by bank-sync), with its collection workflow. */
export type Customer = {
  __typename?: 'Customer';
  /** Actions taken on the customer's loans, newest first; null only when this subgraph cannot answer. */
  actions?: Maybe<ActionRecordConnection>;
  /** Every assignment of the customer to agents, current and past, newest start date first; null only when this subgraph cannot answer. */
  assignments?: Maybe<Array<CustomerAgent>>;
  /** The customer's collection case; null when none was opened. */
  case?: Maybe<CustomerCase>;
  /** Case actions and status inputs on the customer, newest first; null only when this subgraph cannot answer. */
  caseActions?: Maybe<CustomerCaseActionConnection>;
  /** Customer identification number (natural key). */
  cif: Scalars['String']['output'];
  /** The customer's current assignment; null when the customer is unassigned. */
  currentAssignment?: Maybe<CustomerAgent>;
};


/** A bank customer (owned by bank-sync), with its collection workflow. */
export type CustomerActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A bank customer (owned by bank-sync), with its collection workflow. */
export type CustomerCaseActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One period of a customer's assignment to agents (slowly changing dimension, type 2): a new row starts each time the assignment changes. */
export type CustomerAgent = {
  __typename?: 'CustomerAgent';
  /** The assigned call agent. */
  assignedCallAgent?: Maybe<Agent>;
  /** ID of the assigned call agent. */
  assignedCallAgentId?: Maybe<Scalars['ID']['output']>;
  /** The assigned field agent. */
  assignedFieldAgent?: Maybe<Agent>;
  /** ID of the assigned field agent. */
  assignedFieldAgentId?: Maybe<Scalars['ID']['output']>;
  /** CIF of the assigned customer. */
  cif: Scalars['String']['output'];
  /** Creation timestamp. */
  createdAt: Scalars['DateTime']['output'];
  /** The assigned customer; null only when bank-sync, which owns customers, cannot answer. */
  customer?: Maybe<Customer>;
  /** Last day of this assignment; null while it is current. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Primary key. */
  id: Scalars['ID']['output'];
  /** Whether this is the customer's current assignment. */
  isCurrent: Scalars['Boolean']['output'];
  /** First day of this assignment. */
  startDate: Scalars['Date']['output'];
  /** Last update timestamp. */
  updatedAt: Scalars['DateTime']['output'];
};

/** The current collection status of a customer, used for strategy allocation (one case per customer). */
export type CustomerCase = {
  __typename?: 'CustomerCase';
  /** The assigned call agent. */
  assignedCallAgent?: Maybe<Agent>;
  /** ID of the assigned call agent. */
  assignedCallAgentId?: Maybe<Scalars['ID']['output']>;
  /** The assigned field agent. */
  assignedFieldAgent?: Maybe<Agent>;
  /** ID of the assigned field agent. */
  assignedFieldAgentId?: Maybe<Scalars['ID']['output']>;
  /** CIF of the customer. */
  cif: Scalars['String']['output'];
  /** Collateral's latest status, e.g. NONE, SECURED, UNDER_REVIEW, REPOSSESSION, SOLD. */
  collateralStatus: Scalars['String']['output'];
  /** Creation timestamp. */
  createdAt: Scalars['DateTime']['output'];
  /** The customer; null only when bank-sync, which owns customers, cannot answer. */
  customer?: Maybe<Customer>;
  /** Customer's latest status, e.g. NEW, CONTACTED, PROMISE_TO_PAY, BROKEN_PROMISE, UNREACHABLE, PAYING, SETTLED. */
  customerStatus: Scalars['String']['output'];
  /** Follow-up date. */
  fUpdate?: Maybe<Scalars['DateTime']['output']>;
  /** Primary key. */
  id: Scalars['ID']['output'];
  /** Latest lending violation status, e.g. NONE, SUSPECTED, CONFIRMED. */
  lendingViolationStatus: Scalars['String']['output'];
  /** Latest processing state, e.g. NEW, IN_PROGRESS, ESCALATED, LEGAL, CLOSED. */
  processingStateStatus: Scalars['String']['output'];
  /** Latest recovery ability status, e.g. HIGH, MEDIUM, LOW, NONE. */
  recoveryAbilityStatus: Scalars['String']['output'];
  /** Last update timestamp. */
  updatedAt: Scalars['DateTime']['output'];
};

/** An agent's action or status input at the customer level; the statuses it sets are null when unchanged. */
export type CustomerCaseAction = {
  __typename?: 'CustomerCaseAction';
  /** When the action occurred. */
  actionDate: Scalars['DateTime']['output'];
  /** The agent who took the action. */
  agent?: Maybe<Agent>;
  /** ID of the agent who took the action. */
  agentId: Scalars['ID']['output'];
  /** CIF of the customer. */
  cif: Scalars['String']['output'];
  /** Collateral status set by this action. */
  collateralStatus?: Maybe<Scalars['String']['output']>;
  /** Creation timestamp. */
  createdAt: Scalars['DateTime']['output'];
  /** User who created this action. */
  createdBy: Scalars['String']['output'];
  /** The customer; null only when bank-sync, which owns customers, cannot answer. */
  customer?: Maybe<Customer>;
  /** Customer status set by this action. */
  customerStatus?: Maybe<Scalars['String']['output']>;
  /** Primary key. */
  id: Scalars['ID']['output'];
  /** Lending violation status set by this action. */
  lendingViolationStatus?: Maybe<Scalars['String']['output']>;
  /** Action notes. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Processing state set by this action. */
  processingStateStatus?: Maybe<Scalars['String']['output']>;
  /** Recovery ability status set by this action. */
  recoveryAbilityStatus?: Maybe<Scalars['String']['output']>;
  /** Last update timestamp. */
  updatedAt: Scalars['DateTime']['output'];
  /** User who last updated this action. */
  updatedBy: Scalars['String']['output'];
};

/** A page of customer case actions. */
export type CustomerCaseActionConnection = {
  __typename?: 'CustomerCaseActionConnection';
  /** The case actions of this page with their cursors. */
  edges: Array<CustomerCaseActionEdge>;
  /** The case actions of this page. */
  nodes: Array<CustomerCaseAction>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
};

/** A customer case action in a page of case actions. */
export type CustomerCaseActionEdge = {
  __typename?: 'CustomerCaseActionEdge';
  /** Cursor of this case action; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The case action. */
  node: CustomerCaseAction;
};

/** Which agent to deactivate. */
export type DeactivateAgentInput = {
  /** The agent's id (a UUID). */
  id: Scalars['ID']['input'];
};

/** A loan (owned by bank-sync), with the collection actions taken on it. */
export type Loan = {
  __typename?: 'Loan';
  /** Loan account number (natural key). */
  accountNumber: Scalars['String']['output'];
  /** Actions taken on the loan, newest first; null only when this subgraph cannot answer. */
  actions?: Maybe<ActionRecordConnection>;
};


/** A loan (owned by bank-sync), with the collection actions taken on it. */
export type LoanActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * The collection workflow's writes. Each takes one `input`, is checked before anything is written (BAD_USER_INPUT,
 * NOT_FOUND or CONFLICT naming the field), runs in one transaction and is audited. The caller's roles (forwarded by
 * the gateway) must allow it: agents and assignments need SUPERVISOR or ADMIN; actions and case actions AGENT,
 * SUPERVISOR or ADMIN.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Assigns a customer to a call agent and/or a field agent (seed 004 assignCustomerToAgent, POST /api/assignments
   * and PUT /api/assignments/:id). History is kept (SCD type 2): the current assignment is closed on the new one's
   * start date and the new one becomes current, in one transaction. Assigning the agents the customer already has
   * changes nothing (`changed: false`), so a retry is harmless.
   */
  assignCustomer: AssignmentPayload;
  /**
   * Assigns up to 1,000 customers to the same agents at once, all or nothing: if any CIF is invalid nothing is
   * written and the error lists every invalid CIF (`extensions.problems`). Customers already assigned to exactly
   * these agents are left as they are.
   */
  bulkAssignCustomers: BulkAssignmentPayload;
  /** Adds an agent (seed 004 createAgent, POST /api/agents). A taken employeeId or email is a CONFLICT naming it. */
  createAgent: AgentPayload;
  /**
   * Marks an agent inactive: the agent can no longer take actions or receive assignments; history and current
   * assignments stay. Deactivating an inactive agent changes nothing.
   */
  deactivateAgent: AgentPayload;
  /**
   * Replaces one agent of a customer's current assignment and keeps the other (seed 004 reassignCustomer), as a new
   * version of the assignment like `assignCustomer`.
   */
  reassignCustomer: AssignmentPayload;
  /**
   * Records an action an agent took on a customer's loan (seed 004 recordAction, POST /api/actions). The customer
   * and the loan are checked with bank-sync: an unknown customer is NOT_FOUND, a loan of another customer
   * BAD_USER_INPUT; an unknown or inactive agent is rejected. An AGENT records only as itself (the agent its token
   * names); SUPERVISOR and ADMIN for any agent: another agent's action is FORBIDDEN.
   */
  recordAction: ActionRecordPayload;
  /**
   * Records an agent's case action on a customer and applies the statuses it gives to the customer's case, in one
   * transaction (seed 004 recordCaseAction, POST /api/cases, and updateCustomerStatus: a status update is a case
   * action that gives statuses). Statuses not given keep their value; a customer's first case action opens the case
   * and must give all five. An AGENT records only as itself; SUPERVISOR and ADMIN for any agent.
   */
  recordCaseAction: CaseActionPayload;
  /**
   * Sets the result of an action, and optionally its notes (seed 004 updateActionResult, PUT /api/actions/:id/result).
   * An AGENT updates only its own actions; SUPERVISOR and ADMIN any.
   */
  updateActionResult: ActionRecordPayload;
  /**
   * Changes the given fields of an agent (seed 004 updateAgent, PUT /api/agents/:id); omitted fields keep their
   * value. A taken employeeId or email is a CONFLICT naming it.
   */
  updateAgent: AgentPayload;
};


/**
 * The collection workflow's writes. Each takes one `input`, is checked before anything is written (BAD_USER_INPUT,
 * NOT_FOUND or CONFLICT naming the field), runs in one transaction and is audited. The caller's roles (forwarded by
 * the gateway) must allow it: agents and assignments need SUPERVISOR or ADMIN; actions and case actions AGENT,
 * SUPERVISOR or ADMIN.
 */
export type MutationAssignCustomerArgs = {
  input: AssignCustomerInput;
};


/**
 * The collection workflow's writes. Each takes one `input`, is checked before anything is written (BAD_USER_INPUT,
 * NOT_FOUND or CONFLICT naming the field), runs in one transaction and is audited. The caller's roles (forwarded by
 * the gateway) must allow it: agents and assignments need SUPERVISOR or ADMIN; actions and case actions AGENT,
 * SUPERVISOR or ADMIN.
 */
export type MutationBulkAssignCustomersArgs = {
  input: BulkAssignCustomersInput;
};


/**
 * The collection workflow's writes. Each takes one `input`, is checked before anything is written (BAD_USER_INPUT,
 * NOT_FOUND or CONFLICT naming the field), runs in one transaction and is audited. The caller's roles (forwarded by
 * the gateway) must allow it: agents and assignments need SUPERVISOR or ADMIN; actions and case actions AGENT,
 * SUPERVISOR or ADMIN.
 */
export type MutationCreateAgentArgs = {
  input: CreateAgentInput;
};


/**
 * The collection workflow's writes. Each takes one `input`, is checked before anything is written (BAD_USER_INPUT,
 * NOT_FOUND or CONFLICT naming the field), runs in one transaction and is audited. The caller's roles (forwarded by
 * the gateway) must allow it: agents and assignments need SUPERVISOR or ADMIN; actions and case actions AGENT,
 * SUPERVISOR or ADMIN.
 */
export type MutationDeactivateAgentArgs = {
  input: DeactivateAgentInput;
};


/**
 * The collection workflow's writes. Each takes one `input`, is checked before anything is written (BAD_USER_INPUT,
 * NOT_FOUND or CONFLICT naming the field), runs in one transaction and is audited. The caller's roles (forwarded by
 * the gateway) must allow it: agents and assignments need SUPERVISOR or ADMIN; actions and case actions AGENT,
 * SUPERVISOR or ADMIN.
 */
export type MutationReassignCustomerArgs = {
  input: ReassignCustomerInput;
};


/**
 * The collection workflow's writes. Each takes one `input`, is checked before anything is written (BAD_USER_INPUT,
 * NOT_FOUND or CONFLICT naming the field), runs in one transaction and is audited. The caller's roles (forwarded by
 * the gateway) must allow it: agents and assignments need SUPERVISOR or ADMIN; actions and case actions AGENT,
 * SUPERVISOR or ADMIN.
 */
export type MutationRecordActionArgs = {
  input: RecordActionInput;
};


/**
 * The collection workflow's writes. Each takes one `input`, is checked before anything is written (BAD_USER_INPUT,
 * NOT_FOUND or CONFLICT naming the field), runs in one transaction and is audited. The caller's roles (forwarded by
 * the gateway) must allow it: agents and assignments need SUPERVISOR or ADMIN; actions and case actions AGENT,
 * SUPERVISOR or ADMIN.
 */
export type MutationRecordCaseActionArgs = {
  input: RecordCaseActionInput;
};


/**
 * The collection workflow's writes. Each takes one `input`, is checked before anything is written (BAD_USER_INPUT,
 * NOT_FOUND or CONFLICT naming the field), runs in one transaction and is audited. The caller's roles (forwarded by
 * the gateway) must allow it: agents and assignments need SUPERVISOR or ADMIN; actions and case actions AGENT,
 * SUPERVISOR or ADMIN.
 */
export type MutationUpdateActionResultArgs = {
  input: UpdateActionResultInput;
};


/**
 * The collection workflow's writes. Each takes one `input`, is checked before anything is written (BAD_USER_INPUT,
 * NOT_FOUND or CONFLICT naming the field), runs in one transaction and is audited. The caller's roles (forwarded by
 * the gateway) must allow it: agents and assignments need SUPERVISOR or ADMIN; actions and case actions AGENT,
 * SUPERVISOR or ADMIN.
 */
export type MutationUpdateAgentArgs = {
  input: UpdateAgentInput;
};

/** Where a page of a connection ends and whether another follows. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** The collection workflow: agents, their actions, customer assignments and case statuses. */
export type Query = {
  __typename?: 'Query';
  /** One agent by id; null when no agent has this id. */
  agent?: Maybe<Agent>;
  /**
   * What an agent did over a period (seed 004 getAgentPerformance, GET /api/agents/:id/performance): actions by
   * type and by result, customers contacted, promises to pay, case actions. The period is whole UTC days, at most
   * 366 of them. NOT_FOUND for an unknown agent.
   */
  agentPerformance: AgentPerformance;
  /**
   * An agent's current workload (seed 004 getAgentWorkload): customers assigned now, their open cases by customer
   * status, and the actions the agent took today and this week (UTC). NOT_FOUND for an unknown agent.
   */
  agentWorkload: AgentWorkload;
  /** Agents ordered by name (then id), optionally filtered. */
  agents: AgentConnection;
  /** The case of one customer; null when the customer has no case. */
  customerCase?: Maybe<CustomerCase>;
  /**
   * One team of agents, e.g. CALL_TEAM_A, with its portfolio: `delinquencyBuckets` and `portfolioAtRisk` of the
   * loans of the customers its agents are assigned to now. NOT_FOUND naming `name` when no agent is in the team.
   */
  team?: Maybe<Team>;
  /**
   * Every team some agent is in, by name, with its agents and the customers assigned to them now. A team's
   * portfolio figures are on `team(name)`, one team a request.
   */
  teams: Array<TeamSummary>;
  /** Changes to workflow data, newest first: who, when, which entity, before and after. Needs the ADMIN role. */
  workflowAuditLog: WorkflowAuditEntryConnection;
  /** Workflow events after `after`, oldest first: the outbox as a page (seed 004 WorkflowEvent). */
  workflowEvents: WorkflowEventConnection;
  /**
   * The cursor of the newest workflow event (\"0\" when there is none). A subscription with this as `after`
   * receives every event committed from now on.
   */
  workflowEventsHead: Scalars['String']['output'];
};


/** The collection workflow: agents, their actions, customer assignments and case statuses. */
export type QueryAgentArgs = {
  id: Scalars['ID']['input'];
};


/** The collection workflow: agents, their actions, customer assignments and case statuses. */
export type QueryAgentPerformanceArgs = {
  agentId: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  promiseWindowDays?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['Date']['input'];
};


/** The collection workflow: agents, their actions, customer assignments and case statuses. */
export type QueryAgentWorkloadArgs = {
  agentId: Scalars['ID']['input'];
};


/** The collection workflow: agents, their actions, customer assignments and case statuses. */
export type QueryAgentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The collection workflow: agents, their actions, customer assignments and case statuses. */
export type QueryCustomerCaseArgs = {
  cif: Scalars['String']['input'];
};


/** The collection workflow: agents, their actions, customer assignments and case statuses. */
export type QueryTeamArgs = {
  name: Scalars['String']['input'];
};


/** The collection workflow: agents, their actions, customer assignments and case statuses. */
export type QueryWorkflowAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityKey?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The collection workflow: agents, their actions, customer assignments and case statuses. */
export type QueryWorkflowEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkflowEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One agent of a customer's assignment replaced. */
export type ReassignCustomerInput = {
  /** CIF of the customer; it must have a current assignment. */
  cif: Scalars['String']['input'];
  /** The new agent (a UUID, active). */
  newAgentId: Scalars['ID']['input'];
  /** The role the new agent takes; the other role keeps its agent. */
  role: AssignmentRole;
  /** First day of the new assignment: today (UTC) when omitted; not in the future, not before the current one's start. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

/** An action an agent took on a customer's loan. */
export type RecordActionInput = {
  /** When the action occurred: now when omitted; never in the future. */
  actionDate?: InputMaybe<Scalars['DateTime']['input']>;
  /** Action result, an upper-case code of at most 30 characters, e.g. PROMISE_TO_PAY, NO_ANSWER. */
  actionResult: Scalars['String']['input'];
  /** The agent who took the action (a UUID); must be active. */
  agentId: Scalars['ID']['input'];
  /** Call trace ID of the call centre, at most 20 characters; only for a CALL. */
  callTraceId?: InputMaybe<Scalars['String']['input']>;
  /** CIF of the customer. */
  cif: Scalars['String']['input'];
  /** Account number of the loan; it must be the customer's. */
  loanAccountNumber: Scalars['String']['input'];
  /** Notes, at most 10,000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Action subtype, an upper-case code of at most 30 characters, e.g. OUTBOUND_CALL, FIELD_VISIT. */
  subtype: Scalars['String']['input'];
  /** Action type. */
  type: ActionType;
  /** Address of the visit, at most 500 characters; only for a VISIT. */
  visitAddress?: InputMaybe<Scalars['String']['input']>;
  /** Latitude of the visit, -90 to 90, at most 8 decimals; only for a VISIT, together with `visitLongitude`. */
  visitLatitude?: InputMaybe<Scalars['Decimal']['input']>;
  /** Longitude of the visit, -180 to 180, at most 8 decimals; only for a VISIT, together with `visitLatitude`. */
  visitLongitude?: InputMaybe<Scalars['Decimal']['input']>;
};

/** An agent's case action on a customer; the statuses it gives are applied to the customer's case. */
export type RecordCaseActionInput = {
  /** When the action occurred: now when omitted; never in the future. */
  actionDate?: InputMaybe<Scalars['DateTime']['input']>;
  /** The agent who took the action (a UUID); must be active. */
  agentId: Scalars['ID']['input'];
  /** CIF of the customer. */
  cif: Scalars['String']['input'];
  /** New collateral status, e.g. NONE, SECURED, UNDER_REVIEW, REPOSSESSION, SOLD. */
  collateralStatus?: InputMaybe<Scalars['String']['input']>;
  /** New customer status, an upper-case code of at most 30 characters, e.g. CONTACTED, PROMISE_TO_PAY, SETTLED. */
  customerStatus?: InputMaybe<Scalars['String']['input']>;
  /** The case's next follow-up: omitted, it stays; null clears it. */
  fUpdate?: InputMaybe<Scalars['DateTime']['input']>;
  /** New lending violation status, e.g. NONE, SUSPECTED, CONFIRMED. */
  lendingViolationStatus?: InputMaybe<Scalars['String']['input']>;
  /** Notes, at most 10,000 characters. A case action gives notes or at least one status. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** New processing state, e.g. NEW, IN_PROGRESS, ESCALATED, LEGAL, CLOSED. */
  processingStateStatus?: InputMaybe<Scalars['String']['input']>;
  /** New recovery ability status, e.g. HIGH, MEDIUM, LOW, NONE. */
  recoveryAbilityStatus?: InputMaybe<Scalars['String']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Every workflow event after `after` (replayed from the outbox), then live events, in sequence order, without
   * gap or duplicate. `after` omitted or null: live events only, from now.
   */
  workflowEvents: WorkflowEvent;
};


export type SubscriptionWorkflowEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkflowEventFilter>;
};

/**
 * A team of agents and the customers assigned to them: those whose current assignment names one of the team's
 * agents as call or field agent. bank-sync adds the portfolio of their open loans.
 */
export type Team = {
  __typename?: 'Team';
  /**
   * CIFs of those customers, by CIF: what the gateway hands bank-sync for the team's portfolio figures. Not
   * offered to clients (tens of thousands of CIFs at 100,000 customers).
   */
  customerCifs: Array<Scalars['String']['output']>;
  /** Customers whose current assignment names an agent of the team. */
  customerCount: Scalars['Int']['output'];
  /** The team's name, e.g. CALL_TEAM_A or FIELD_TEAM_NORTH. */
  name: Scalars['String']['output'];
};

/** A team some agent is in, with its size (`teams`). */
export type TeamSummary = {
  __typename?: 'TeamSummary';
  /** Active agents in the team. */
  activeAgentCount: Scalars['Int']['output'];
  /** Agents in the team, active or not. */
  agentCount: Scalars['Int']['output'];
  /** Customers whose current assignment names an agent of the team. */
  customerCount: Scalars['Int']['output'];
  /** The team's name, e.g. CALL_TEAM_A; `team(name)` has its portfolio. */
  name: Scalars['String']['output'];
};

/** The new result of an action. */
export type UpdateActionResultInput = {
  /** Action result, an upper-case code of at most 30 characters, e.g. PROMISE_TO_PAY. */
  actionResult: Scalars['String']['input'];
  /** The action's id (a UUID). */
  id: Scalars['ID']['input'];
  /** New notes, at most 10,000 characters; omitted, the notes stay; null removes them. */
  notes?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an agent; omitted fields keep their value, at least one must be given. */
export type UpdateAgentInput = {
  /** New work email; unique. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** New employee ID; unique. */
  employeeId?: InputMaybe<Scalars['String']['input']>;
  /** The agent's id (a UUID). */
  id: Scalars['ID']['input'];
  /** Whether the agent is active; true reactivates a deactivated agent. */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New work phone; null removes it. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** New team. */
  team?: InputMaybe<Scalars['String']['input']>;
  /** New agent type. */
  type?: InputMaybe<AgentType>;
};

/** How many items share a value. */
export type ValueCount = {
  __typename?: 'ValueCount';
  /** How many items have it. */
  count: Scalars['Int']['output'];
  /** The value, e.g. an action type or result, or a customer status. */
  value: Scalars['String']['output'];
};

/** One change to workflow data. */
export type WorkflowAuditEntry = {
  __typename?: 'WorkflowAuditEntry';
  /** User or system that made it: the caller's id, or `SYSTEM` for reactions to payment events. */
  actor: Scalars['String']['output'];
  /** The state after the change. */
  after?: Maybe<Scalars['JSONObject']['output']>;
  /** The state before the change; null for a creation. */
  before?: Maybe<Scalars['JSONObject']['output']>;
  /** Key of what changed: an agent, action or case action id, or a customer's CIF (assignments and cases). */
  entityKey: Scalars['String']['output'];
  /** What changed: `Agent`, `ActionRecord`, `CustomerAgent`, `CustomerCase` or `CustomerCaseAction`. */
  entityType: Scalars['String']['output'];
  /** Id of the entry; later entries have larger ids. */
  id: Scalars['ID']['output'];
  /** When the change was committed. */
  occurredAt: Scalars['DateTime']['output'];
  /** The operation: a mutation's name, or `paymentReceived` / `paymentReversed` (the payment-event reaction). */
  operation: Scalars['String']['output'];
};

/** A page of workflow audit entries, newest first. */
export type WorkflowAuditEntryConnection = {
  __typename?: 'WorkflowAuditEntryConnection';
  /** The entries of this page with their cursors. */
  edges: Array<WorkflowAuditEntryEdge>;
  /** The entries of this page. */
  nodes: Array<WorkflowAuditEntry>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
};

/** An entry in a page of workflow audit entries. */
export type WorkflowAuditEntryEdge = {
  __typename?: 'WorkflowAuditEntryEdge';
  /** Cursor of this entry; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: WorkflowAuditEntry;
};

/** One entry of the workflow outbox, in commit order. */
export type WorkflowEvent = {
  __typename?: 'WorkflowEvent';
  /** ACTION_RECORDED: the action as it is now; null for other events. */
  action?: Maybe<ActionRecord>;
  /** The agent the event is about (`agentId`). */
  agent?: Maybe<Agent>;
  /** The agent the event is about (seed 004 agentId): the action's agent, the new call (else field) agent, or the agent of a case action; null for a reaction of the system. */
  agentId?: Maybe<Scalars['ID']['output']>;
  /** Every agent the event involves: the action's agent, the assignment's agents before and after, the case's agents. */
  agentIds: Array<Scalars['ID']['output']>;
  /** CUSTOMER_ASSIGNED: the assignment it opened; null for other events. */
  assignment?: Maybe<CustomerAgent>;
  /** STATUS_CHANGED: the customer's case as it is now; null for other events. */
  case?: Maybe<CustomerCase>;
  /** CIF of the customer the event concerns. */
  cif: Scalars['String']['output'];
  /** Opaque resume cursor; pass it as `after` to continue after this event. */
  cursor: Scalars['String']['output'];
  /** The customer the event concerns; null only when bank-sync, which owns customers, cannot answer. */
  customer?: Maybe<Customer>;
  /** What changed (seed 004 details): for ACTION_RECORDED the action's type, result and loan; for CUSTOMER_ASSIGNED the agents before and after; for STATUS_CHANGED each changed status `{ from, to }` and its cause. */
  details: Scalars['JSONObject']['output'];
  /** Id of that entity (seed 004 entityId): the action's or the assignment's id, or the case's CIF. */
  entityId: Scalars['String']['output'];
  /** The kind of entity the event concerns: `ActionRecord`, `CustomerAgent` (an assignment) or `CustomerCase`. */
  entityType: Scalars['String']['output'];
  /** ACTION_RECORDED: the loan the action concerns; null for other events. */
  loan?: Maybe<Loan>;
  /** When the event was written. */
  occurredAt: Scalars['DateTime']['output'];
  /** CUSTOMER_ASSIGNED: the call agent before the change; null for other events or when there was none. */
  previousCallAgent?: Maybe<Agent>;
  /** CUSTOMER_ASSIGNED: the field agent before the change; null for other events or when there was none. */
  previousFieldAgent?: Maybe<Agent>;
  /** Position in the outbox; strictly increasing in commit order. A decimal string (it outgrows 32 bits). */
  sequence: Scalars['String']['output'];
  /** The teams of those agents when the event was written. */
  teams: Array<Scalars['String']['output']>;
  /** What happened. */
  type: WorkflowEventType;
};

/** A page of workflow events, oldest first. */
export type WorkflowEventConnection = {
  __typename?: 'WorkflowEventConnection';
  /** The events of this page with their cursors. */
  edges: Array<WorkflowEventEdge>;
  /** The events of this page, without cursors. */
  nodes: Array<WorkflowEvent>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
};

/** A workflow event and its position in the outbox. */
export type WorkflowEventEdge = {
  __typename?: 'WorkflowEventEdge';
  /** The event's cursor; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: WorkflowEvent;
};

/** Narrows workflow events; every given condition must hold. */
export type WorkflowEventFilter = {
  /** Only events that involve this agent. */
  agentId?: InputMaybe<Scalars['ID']['input']>;
  /** Only events of this customer. */
  cif?: InputMaybe<Scalars['String']['input']>;
  /** Only events that involve an agent of this team (a supervisor's board). */
  team?: InputMaybe<Scalars['String']['input']>;
  /** Only events of these types. Must not be empty. */
  types?: InputMaybe<Array<WorkflowEventType>>;
};

/** What happened in the collection workflow (seed 004 WorkflowEvent). */
export type WorkflowEventType =
  /** An action was recorded (`recordAction`) or its result set (`updateActionResult`). */
  | 'ACTION_RECORDED'
  /** A customer's current assignment changed (`assignCustomer`, `reassignCustomer`, `bulkAssignCustomers`). */
  | 'CUSTOMER_ASSIGNED'
  /** Statuses of a customer's case changed (a case action, or a reaction to a payment or a loan). */
  | 'STATUS_CHANGED';

/** A page of an agent's worklist. */
export type WorklistConnection = {
  __typename?: 'WorklistConnection';
  /** The customers of this page with their cursors and assignments. */
  edges: Array<WorklistEdge>;
  /** The customers of this page. */
  nodes: Array<Customer>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
};

/** A customer in an agent's worklist. */
export type WorklistEdge = {
  __typename?: 'WorklistEdge';
  /** The current assignment that puts the customer in this worklist. */
  assignment: CustomerAgent;
  /** Cursor of this customer; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The assigned customer. */
  node: Customer;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Agent: Agent;
  Customer: Customer;
  Loan: Loan;
  Team: Team;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Agent:
    ( { __typename: 'Agent' }
    & GraphQLRecursivePick<FederationTypes['Agent'], {"id":true}> );
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"cif":true}> );
  Loan:
    ( { __typename: 'Loan' }
    & GraphQLRecursivePick<FederationTypes['Loan'], {"accountNumber":true}> );
  Team:
    ( { __typename: 'Team' }
    & GraphQLRecursivePick<FederationTypes['Team'], {"name":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActionRecord: ResolverTypeWrapper<ActionRecordRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ActionRecordConnection: ResolverTypeWrapper<Omit<ActionRecordConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ActionRecordEdge']>, nodes: Array<ResolversTypes['ActionRecord']> }>;
  ActionRecordEdge: ResolverTypeWrapper<Omit<ActionRecordEdge, 'node'> & { node: ResolversTypes['ActionRecord'] }>;
  ActionRecordPayload: ResolverTypeWrapper<Omit<ActionRecordPayload, 'action'> & { action: ResolversTypes['ActionRecord'] }>;
  ActionType: ActionType;
  Agent: ResolverTypeWrapper<AgentRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AgentConnection: ResolverTypeWrapper<Omit<AgentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AgentEdge']>, nodes: Array<ResolversTypes['Agent']> }>;
  AgentEdge: ResolverTypeWrapper<Omit<AgentEdge, 'node'> & { node: ResolversTypes['Agent'] }>;
  AgentFilter: AgentFilter;
  AgentPayload: ResolverTypeWrapper<Omit<AgentPayload, 'agent'> & { agent: ResolversTypes['Agent'] }>;
  AgentPerformance: ResolverTypeWrapper<Omit<AgentPerformance, 'agent'> & { agent: ResolversTypes['Agent'] }>;
  AgentType: AgentType;
  AgentWorkload: ResolverTypeWrapper<Omit<AgentWorkload, 'agent'> & { agent: ResolversTypes['Agent'] }>;
  AssignCustomerInput: AssignCustomerInput;
  AssignmentPayload: ResolverTypeWrapper<Omit<AssignmentPayload, 'assignment' | 'previous'> & { assignment: ResolversTypes['CustomerAgent'], previous?: Maybe<ResolversTypes['CustomerAgent']> }>;
  AssignmentRole: AssignmentRole;
  BulkAssignCustomersInput: BulkAssignCustomersInput;
  BulkAssignmentPayload: ResolverTypeWrapper<Omit<BulkAssignmentPayload, 'assignments'> & { assignments: Array<ResolversTypes['CustomerAgent']> }>;
  CaseActionPayload: ResolverTypeWrapper<Omit<CaseActionPayload, 'case' | 'caseAction'> & { case: ResolversTypes['CustomerCase'], caseAction: ResolversTypes['CustomerCaseAction'] }>;
  CreateAgentInput: CreateAgentInput;
  Customer: ResolverTypeWrapper<CustomerKey>;
  CustomerAgent: ResolverTypeWrapper<CustomerAgentRow>;
  CustomerCase: ResolverTypeWrapper<CustomerCaseRow>;
  CustomerCaseAction: ResolverTypeWrapper<CustomerCaseActionRow>;
  CustomerCaseActionConnection: ResolverTypeWrapper<Omit<CustomerCaseActionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CustomerCaseActionEdge']>, nodes: Array<ResolversTypes['CustomerCaseAction']> }>;
  CustomerCaseActionEdge: ResolverTypeWrapper<Omit<CustomerCaseActionEdge, 'node'> & { node: ResolversTypes['CustomerCaseAction'] }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeactivateAgentInput: DeactivateAgentInput;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  Loan: ResolverTypeWrapper<LoanKey>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReassignCustomerInput: ReassignCustomerInput;
  RecordActionInput: RecordActionInput;
  RecordCaseActionInput: RecordCaseActionInput;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Team: ResolverTypeWrapper<TeamKey>;
  TeamSummary: ResolverTypeWrapper<TeamSummary>;
  UpdateActionResultInput: UpdateActionResultInput;
  UpdateAgentInput: UpdateAgentInput;
  ValueCount: ResolverTypeWrapper<ValueCount>;
  WorkflowAuditEntry: ResolverTypeWrapper<AuditEntryRow>;
  WorkflowAuditEntryConnection: ResolverTypeWrapper<Omit<WorkflowAuditEntryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['WorkflowAuditEntryEdge']>, nodes: Array<ResolversTypes['WorkflowAuditEntry']> }>;
  WorkflowAuditEntryEdge: ResolverTypeWrapper<Omit<WorkflowAuditEntryEdge, 'node'> & { node: ResolversTypes['WorkflowAuditEntry'] }>;
  WorkflowEvent: ResolverTypeWrapper<WorkflowEventRow>;
  WorkflowEventConnection: ResolverTypeWrapper<Omit<WorkflowEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['WorkflowEventEdge']>, nodes: Array<ResolversTypes['WorkflowEvent']> }>;
  WorkflowEventEdge: ResolverTypeWrapper<Omit<WorkflowEventEdge, 'node'> & { node: ResolversTypes['WorkflowEvent'] }>;
  WorkflowEventFilter: WorkflowEventFilter;
  WorkflowEventType: WorkflowEventType;
  WorklistConnection: ResolverTypeWrapper<Omit<WorklistConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['WorklistEdge']>, nodes: Array<ResolversTypes['Customer']> }>;
  WorklistEdge: ResolverTypeWrapper<Omit<WorklistEdge, 'assignment' | 'node'> & { assignment: ResolversTypes['CustomerAgent'], node: ResolversTypes['Customer'] }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ActionRecord: ActionRecordRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  ActionRecordConnection: Omit<ActionRecordConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ActionRecordEdge']>, nodes: Array<ResolversParentTypes['ActionRecord']> };
  ActionRecordEdge: Omit<ActionRecordEdge, 'node'> & { node: ResolversParentTypes['ActionRecord'] };
  ActionRecordPayload: Omit<ActionRecordPayload, 'action'> & { action: ResolversParentTypes['ActionRecord'] };
  Agent: AgentRow;
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  AgentConnection: Omit<AgentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AgentEdge']>, nodes: Array<ResolversParentTypes['Agent']> };
  AgentEdge: Omit<AgentEdge, 'node'> & { node: ResolversParentTypes['Agent'] };
  AgentFilter: AgentFilter;
  AgentPayload: Omit<AgentPayload, 'agent'> & { agent: ResolversParentTypes['Agent'] };
  AgentPerformance: Omit<AgentPerformance, 'agent'> & { agent: ResolversParentTypes['Agent'] };
  AgentWorkload: Omit<AgentWorkload, 'agent'> & { agent: ResolversParentTypes['Agent'] };
  AssignCustomerInput: AssignCustomerInput;
  AssignmentPayload: Omit<AssignmentPayload, 'assignment' | 'previous'> & { assignment: ResolversParentTypes['CustomerAgent'], previous?: Maybe<ResolversParentTypes['CustomerAgent']> };
  BulkAssignCustomersInput: BulkAssignCustomersInput;
  BulkAssignmentPayload: Omit<BulkAssignmentPayload, 'assignments'> & { assignments: Array<ResolversParentTypes['CustomerAgent']> };
  CaseActionPayload: Omit<CaseActionPayload, 'case' | 'caseAction'> & { case: ResolversParentTypes['CustomerCase'], caseAction: ResolversParentTypes['CustomerCaseAction'] };
  CreateAgentInput: CreateAgentInput;
  Customer: CustomerKey;
  CustomerAgent: CustomerAgentRow;
  CustomerCase: CustomerCaseRow;
  CustomerCaseAction: CustomerCaseActionRow;
  CustomerCaseActionConnection: Omit<CustomerCaseActionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CustomerCaseActionEdge']>, nodes: Array<ResolversParentTypes['CustomerCaseAction']> };
  CustomerCaseActionEdge: Omit<CustomerCaseActionEdge, 'node'> & { node: ResolversParentTypes['CustomerCaseAction'] };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeactivateAgentInput: DeactivateAgentInput;
  Decimal: Scalars['Decimal']['output'];
  JSONObject: Scalars['JSONObject']['output'];
  Loan: LoanKey;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  ReassignCustomerInput: ReassignCustomerInput;
  RecordActionInput: RecordActionInput;
  RecordCaseActionInput: RecordCaseActionInput;
  Subscription: Record<PropertyKey, never>;
  Team: TeamKey;
  TeamSummary: TeamSummary;
  UpdateActionResultInput: UpdateActionResultInput;
  UpdateAgentInput: UpdateAgentInput;
  ValueCount: ValueCount;
  WorkflowAuditEntry: AuditEntryRow;
  WorkflowAuditEntryConnection: Omit<WorkflowAuditEntryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['WorkflowAuditEntryEdge']>, nodes: Array<ResolversParentTypes['WorkflowAuditEntry']> };
  WorkflowAuditEntryEdge: Omit<WorkflowAuditEntryEdge, 'node'> & { node: ResolversParentTypes['WorkflowAuditEntry'] };
  WorkflowEvent: WorkflowEventRow;
  WorkflowEventConnection: Omit<WorkflowEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['WorkflowEventEdge']>, nodes: Array<ResolversParentTypes['WorkflowEvent']> };
  WorkflowEventEdge: Omit<WorkflowEventEdge, 'node'> & { node: ResolversParentTypes['WorkflowEvent'] };
  WorkflowEventFilter: WorkflowEventFilter;
  WorklistConnection: Omit<WorklistConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['WorklistEdge']>, nodes: Array<ResolversParentTypes['Customer']> };
  WorklistEdge: Omit<WorklistEdge, 'assignment' | 'node'> & { assignment: ResolversParentTypes['CustomerAgent'], node: ResolversParentTypes['Customer'] };
}>;

export type PersonalDataDirectiveArgs = { };

export type PersonalDataDirectiveResolver<Result, Parent, ContextType = Context, Args = PersonalDataDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActionRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionRecord'] = ResolversParentTypes['ActionRecord']> = ResolversObject<{
  actionDate?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  actionResult?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  agent?: Resolver<Maybe<ResolversTypes['Agent']>, ParentType, ContextType>;
  agentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  callTraceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cif?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  loan?: Resolver<Maybe<ResolversTypes['Loan']>, ParentType, ContextType>;
  loanAccountNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subtype?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  visitAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  visitLatitude?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  visitLongitude?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
}>;

export type ActionRecordConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionRecordConnection'] = ResolversParentTypes['ActionRecordConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ActionRecordEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ActionRecord']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ActionRecordEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionRecordEdge'] = ResolversParentTypes['ActionRecordEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ActionRecord'], ParentType, ContextType>;
}>;

export type ActionRecordPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionRecordPayload'] = ResolversParentTypes['ActionRecordPayload']> = ResolversObject<{
  action?: Resolver<ResolversTypes['ActionRecord'], ParentType, ContextType>;
}>;

export type AgentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agent'] = ResolversParentTypes['Agent'], FederationReferenceType extends FederationReferenceTypes['Agent'] = FederationReferenceTypes['Agent']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Agent']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignedCustomers?: Resolver<Maybe<ResolversTypes['WorklistConnection']>, ParentType, ContextType, Partial<AgentAssignedCustomersArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  employeeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  team?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['AgentType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type AgentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgentConnection'] = ResolversParentTypes['AgentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AgentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Agent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AgentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgentEdge'] = ResolversParentTypes['AgentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agent'], ParentType, ContextType>;
}>;

export type AgentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgentPayload'] = ResolversParentTypes['AgentPayload']> = ResolversObject<{
  agent?: Resolver<ResolversTypes['Agent'], ParentType, ContextType>;
}>;

export type AgentPerformanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgentPerformance'] = ResolversParentTypes['AgentPerformance']> = ResolversObject<{
  actionsByResult?: Resolver<Array<ResolversTypes['ValueCount']>, ParentType, ContextType>;
  actionsByType?: Resolver<Array<ResolversTypes['ValueCount']>, ParentType, ContextType>;
  agent?: Resolver<ResolversTypes['Agent'], ParentType, ContextType>;
  caseActions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contactRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  contacts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  customersContacted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  promiseKeptRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  promiseWindowDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  promisesKept?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  promisesToPay?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  totalActions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AgentWorkloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgentWorkload'] = ResolversParentTypes['AgentWorkload']> = ResolversObject<{
  actionsThisWeek?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  actionsToday?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  agent?: Resolver<ResolversTypes['Agent'], ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  assignedCustomers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  callAssignments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fieldAssignments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openCases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openCasesByCustomerStatus?: Resolver<Array<ResolversTypes['ValueCount']>, ParentType, ContextType>;
}>;

export type AssignmentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssignmentPayload'] = ResolversParentTypes['AssignmentPayload']> = ResolversObject<{
  assignment?: Resolver<ResolversTypes['CustomerAgent'], ParentType, ContextType>;
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  previous?: Resolver<Maybe<ResolversTypes['CustomerAgent']>, ParentType, ContextType>;
}>;

export type BulkAssignmentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BulkAssignmentPayload'] = ResolversParentTypes['BulkAssignmentPayload']> = ResolversObject<{
  assignments?: Resolver<Array<ResolversTypes['CustomerAgent']>, ParentType, ContextType>;
  changedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchangedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CaseActionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseActionPayload'] = ResolversParentTypes['CaseActionPayload']> = ResolversObject<{
  case?: Resolver<ResolversTypes['CustomerCase'], ParentType, ContextType>;
  caseAction?: Resolver<ResolversTypes['CustomerCaseAction'], ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  actions?: Resolver<Maybe<ResolversTypes['ActionRecordConnection']>, ParentType, ContextType, Partial<CustomerActionsArgs>>;
  assignments?: Resolver<Maybe<Array<ResolversTypes['CustomerAgent']>>, ParentType, ContextType>;
  case?: Resolver<Maybe<ResolversTypes['CustomerCase']>, ParentType, ContextType>;
  caseActions?: Resolver<Maybe<ResolversTypes['CustomerCaseActionConnection']>, ParentType, ContextType, Partial<CustomerCaseActionsArgs>>;
  cif?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currentAssignment?: Resolver<Maybe<ResolversTypes['CustomerAgent']>, ParentType, ContextType>;
}>;

export type CustomerAgentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerAgent'] = ResolversParentTypes['CustomerAgent']> = ResolversObject<{
  assignedCallAgent?: Resolver<Maybe<ResolversTypes['Agent']>, ParentType, ContextType>;
  assignedCallAgentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  assignedFieldAgent?: Resolver<Maybe<ResolversTypes['Agent']>, ParentType, ContextType>;
  assignedFieldAgentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  cif?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isCurrent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CustomerCaseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerCase'] = ResolversParentTypes['CustomerCase']> = ResolversObject<{
  assignedCallAgent?: Resolver<Maybe<ResolversTypes['Agent']>, ParentType, ContextType>;
  assignedCallAgentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  assignedFieldAgent?: Resolver<Maybe<ResolversTypes['Agent']>, ParentType, ContextType>;
  assignedFieldAgentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  cif?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  collateralStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  customerStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fUpdate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lendingViolationStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  processingStateStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recoveryAbilityStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CustomerCaseActionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerCaseAction'] = ResolversParentTypes['CustomerCaseAction']> = ResolversObject<{
  actionDate?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  agent?: Resolver<Maybe<ResolversTypes['Agent']>, ParentType, ContextType>;
  agentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  cif?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  collateralStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  customerStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lendingViolationStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  processingStateStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recoveryAbilityStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CustomerCaseActionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerCaseActionConnection'] = ResolversParentTypes['CustomerCaseActionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CustomerCaseActionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CustomerCaseAction']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CustomerCaseActionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerCaseActionEdge'] = ResolversParentTypes['CustomerCaseActionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CustomerCaseAction'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type LoanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Loan'] = ResolversParentTypes['Loan'], FederationReferenceType extends FederationReferenceTypes['Loan'] = FederationReferenceTypes['Loan']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Loan']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accountNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actions?: Resolver<Maybe<ResolversTypes['ActionRecordConnection']>, ParentType, ContextType, Partial<LoanActionsArgs>>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  assignCustomer?: Resolver<ResolversTypes['AssignmentPayload'], ParentType, ContextType, RequireFields<MutationAssignCustomerArgs, 'input'>>;
  bulkAssignCustomers?: Resolver<ResolversTypes['BulkAssignmentPayload'], ParentType, ContextType, RequireFields<MutationBulkAssignCustomersArgs, 'input'>>;
  createAgent?: Resolver<ResolversTypes['AgentPayload'], ParentType, ContextType, RequireFields<MutationCreateAgentArgs, 'input'>>;
  deactivateAgent?: Resolver<ResolversTypes['AgentPayload'], ParentType, ContextType, RequireFields<MutationDeactivateAgentArgs, 'input'>>;
  reassignCustomer?: Resolver<ResolversTypes['AssignmentPayload'], ParentType, ContextType, RequireFields<MutationReassignCustomerArgs, 'input'>>;
  recordAction?: Resolver<ResolversTypes['ActionRecordPayload'], ParentType, ContextType, RequireFields<MutationRecordActionArgs, 'input'>>;
  recordCaseAction?: Resolver<ResolversTypes['CaseActionPayload'], ParentType, ContextType, RequireFields<MutationRecordCaseActionArgs, 'input'>>;
  updateActionResult?: Resolver<ResolversTypes['ActionRecordPayload'], ParentType, ContextType, RequireFields<MutationUpdateActionResultArgs, 'input'>>;
  updateAgent?: Resolver<ResolversTypes['AgentPayload'], ParentType, ContextType, RequireFields<MutationUpdateAgentArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  agent?: Resolver<Maybe<ResolversTypes['Agent']>, ParentType, ContextType, RequireFields<QueryAgentArgs, 'id'>>;
  agentPerformance?: Resolver<ResolversTypes['AgentPerformance'], ParentType, ContextType, RequireFields<QueryAgentPerformanceArgs, 'agentId' | 'from' | 'promiseWindowDays' | 'to'>>;
  agentWorkload?: Resolver<ResolversTypes['AgentWorkload'], ParentType, ContextType, RequireFields<QueryAgentWorkloadArgs, 'agentId'>>;
  agents?: Resolver<ResolversTypes['AgentConnection'], ParentType, ContextType, Partial<QueryAgentsArgs>>;
  customerCase?: Resolver<Maybe<ResolversTypes['CustomerCase']>, ParentType, ContextType, RequireFields<QueryCustomerCaseArgs, 'cif'>>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType, RequireFields<QueryTeamArgs, 'name'>>;
  teams?: Resolver<Array<ResolversTypes['TeamSummary']>, ParentType, ContextType>;
  workflowAuditLog?: Resolver<ResolversTypes['WorkflowAuditEntryConnection'], ParentType, ContextType, Partial<QueryWorkflowAuditLogArgs>>;
  workflowEvents?: Resolver<ResolversTypes['WorkflowEventConnection'], ParentType, ContextType, Partial<QueryWorkflowEventsArgs>>;
  workflowEventsHead?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  workflowEvents?: SubscriptionResolver<ResolversTypes['WorkflowEvent'], "workflowEvents", ParentType, ContextType, Partial<SubscriptionWorkflowEventsArgs>>;
}>;

export type TeamResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team'], FederationReferenceType extends FederationReferenceTypes['Team'] = FederationReferenceTypes['Team']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Team']> | FederationReferenceType, FederationReferenceType, ContextType>;
  customerCifs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  customerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TeamSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TeamSummary'] = ResolversParentTypes['TeamSummary']> = ResolversObject<{
  activeAgentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  agentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  customerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ValueCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ValueCount'] = ResolversParentTypes['ValueCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WorkflowAuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkflowAuditEntry'] = ResolversParentTypes['WorkflowAuditEntry']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSONObject']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSONObject']>, ParentType, ContextType>;
  entityKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WorkflowAuditEntryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkflowAuditEntryConnection'] = ResolversParentTypes['WorkflowAuditEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WorkflowAuditEntryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['WorkflowAuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type WorkflowAuditEntryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkflowAuditEntryEdge'] = ResolversParentTypes['WorkflowAuditEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WorkflowAuditEntry'], ParentType, ContextType>;
}>;

export type WorkflowEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkflowEvent'] = ResolversParentTypes['WorkflowEvent']> = ResolversObject<{
  action?: Resolver<Maybe<ResolversTypes['ActionRecord']>, ParentType, ContextType>;
  agent?: Resolver<Maybe<ResolversTypes['Agent']>, ParentType, ContextType>;
  agentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  agentIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  assignment?: Resolver<Maybe<ResolversTypes['CustomerAgent']>, ParentType, ContextType>;
  case?: Resolver<Maybe<ResolversTypes['CustomerCase']>, ParentType, ContextType>;
  cif?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  details?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  loan?: Resolver<Maybe<ResolversTypes['Loan']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  previousCallAgent?: Resolver<Maybe<ResolversTypes['Agent']>, ParentType, ContextType>;
  previousFieldAgent?: Resolver<Maybe<ResolversTypes['Agent']>, ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  teams?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WorkflowEventType'], ParentType, ContextType>;
}>;

export type WorkflowEventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkflowEventConnection'] = ResolversParentTypes['WorkflowEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WorkflowEventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['WorkflowEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type WorkflowEventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkflowEventEdge'] = ResolversParentTypes['WorkflowEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WorkflowEvent'], ParentType, ContextType>;
}>;

export type WorklistConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorklistConnection'] = ResolversParentTypes['WorklistConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WorklistEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Customer']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type WorklistEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorklistEdge'] = ResolversParentTypes['WorklistEdge']> = ResolversObject<{
  assignment?: Resolver<ResolversTypes['CustomerAgent'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  ActionRecord?: ActionRecordResolvers<ContextType>;
  ActionRecordConnection?: ActionRecordConnectionResolvers<ContextType>;
  ActionRecordEdge?: ActionRecordEdgeResolvers<ContextType>;
  ActionRecordPayload?: ActionRecordPayloadResolvers<ContextType>;
  Agent?: AgentResolvers<ContextType>;
  AgentConnection?: AgentConnectionResolvers<ContextType>;
  AgentEdge?: AgentEdgeResolvers<ContextType>;
  AgentPayload?: AgentPayloadResolvers<ContextType>;
  AgentPerformance?: AgentPerformanceResolvers<ContextType>;
  AgentWorkload?: AgentWorkloadResolvers<ContextType>;
  AssignmentPayload?: AssignmentPayloadResolvers<ContextType>;
  BulkAssignmentPayload?: BulkAssignmentPayloadResolvers<ContextType>;
  CaseActionPayload?: CaseActionPayloadResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerAgent?: CustomerAgentResolvers<ContextType>;
  CustomerCase?: CustomerCaseResolvers<ContextType>;
  CustomerCaseAction?: CustomerCaseActionResolvers<ContextType>;
  CustomerCaseActionConnection?: CustomerCaseActionConnectionResolvers<ContextType>;
  CustomerCaseActionEdge?: CustomerCaseActionEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  JSONObject?: GraphQLScalarType;
  Loan?: LoanResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  TeamSummary?: TeamSummaryResolvers<ContextType>;
  ValueCount?: ValueCountResolvers<ContextType>;
  WorkflowAuditEntry?: WorkflowAuditEntryResolvers<ContextType>;
  WorkflowAuditEntryConnection?: WorkflowAuditEntryConnectionResolvers<ContextType>;
  WorkflowAuditEntryEdge?: WorkflowAuditEntryEdgeResolvers<ContextType>;
  WorkflowEvent?: WorkflowEventResolvers<ContextType>;
  WorkflowEventConnection?: WorkflowEventConnectionResolvers<ContextType>;
  WorkflowEventEdge?: WorkflowEventEdgeResolvers<ContextType>;
  WorklistConnection?: WorklistConnectionResolvers<ContextType>;
  WorklistEdge?: WorklistEdgeResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  personalData?: PersonalDataDirectiveResolver<any, any, ContextType>;
}>;
