import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AgentRow, ActionRecordRow, CustomerAgentRow, CustomerCaseRow, CustomerCaseActionRow, CustomerKey, LoanKey } from '../models';
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
  /** The customer the action concerns. */
  customer: Customer;
  /** Primary key. */
  id: Scalars['ID']['output'];
  /** The loan the action concerns. */
  loan: Loan;
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

/** A collection agent, supervisor or administrator of the CRM. */
export type Agent = {
  __typename?: 'Agent';
  /** The agent's worklist: customers whose current assignment names this agent as call or field agent, ordered by CIF. */
  assignedCustomers: WorklistConnection;
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

/** The role of an agent in the collection organisation. */
export type AgentType =
  /** An administrator of the CRM. */
  | 'ADMIN'
  /** A collection agent who calls or visits customers. */
  | 'AGENT'
  /** A supervisor of a team of agents. */
  | 'SUPERVISOR';

/** A bank customer (owned by bank-sync), with its collection workflow. */
export type Customer = {
  __typename?: 'Customer';
  /** Actions taken on the customer's loans, newest first. */
  actions: ActionRecordConnection;
  /** Every assignment of the customer to agents, current and past, newest start date first. */
  assignments: Array<CustomerAgent>;
  /** The customer's collection case; null when none was opened. */
  case?: Maybe<CustomerCase>;
  /** Case actions and status inputs on the customer, newest first. */
  caseActions: CustomerCaseActionConnection;
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
  /** The assigned customer. */
  customer: Customer;
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
  /** The customer. */
  customer: Customer;
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
  /** The customer. */
  customer: Customer;
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

/** A loan (owned by bank-sync), with the collection actions taken on it. */
export type Loan = {
  __typename?: 'Loan';
  /** Loan account number (natural key). */
  accountNumber: Scalars['String']['output'];
  /** Actions taken on the loan, newest first. */
  actions: ActionRecordConnection;
};


/** A loan (owned by bank-sync), with the collection actions taken on it. */
export type LoanActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  /** Agents ordered by name (then id), optionally filtered. */
  agents: AgentConnection;
  /** The case of one customer; null when the customer has no case. */
  customerCase?: Maybe<CustomerCase>;
};


/** The collection workflow: agents, their actions, customer assignments and case statuses. */
export type QueryAgentArgs = {
  id: Scalars['ID']['input'];
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
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActionRecord: ResolverTypeWrapper<ActionRecordRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ActionRecordConnection: ResolverTypeWrapper<Omit<ActionRecordConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ActionRecordEdge']>, nodes: Array<ResolversTypes['ActionRecord']> }>;
  ActionRecordEdge: ResolverTypeWrapper<Omit<ActionRecordEdge, 'node'> & { node: ResolversTypes['ActionRecord'] }>;
  Agent: ResolverTypeWrapper<AgentRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AgentConnection: ResolverTypeWrapper<Omit<AgentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AgentEdge']>, nodes: Array<ResolversTypes['Agent']> }>;
  AgentEdge: ResolverTypeWrapper<Omit<AgentEdge, 'node'> & { node: ResolversTypes['Agent'] }>;
  AgentFilter: AgentFilter;
  AgentType: AgentType;
  Customer: ResolverTypeWrapper<CustomerKey>;
  CustomerAgent: ResolverTypeWrapper<CustomerAgentRow>;
  CustomerCase: ResolverTypeWrapper<CustomerCaseRow>;
  CustomerCaseAction: ResolverTypeWrapper<CustomerCaseActionRow>;
  CustomerCaseActionConnection: ResolverTypeWrapper<Omit<CustomerCaseActionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CustomerCaseActionEdge']>, nodes: Array<ResolversTypes['CustomerCaseAction']> }>;
  CustomerCaseActionEdge: ResolverTypeWrapper<Omit<CustomerCaseActionEdge, 'node'> & { node: ResolversTypes['CustomerCaseAction'] }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Loan: ResolverTypeWrapper<LoanKey>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
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
  Agent: AgentRow;
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  AgentConnection: Omit<AgentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AgentEdge']>, nodes: Array<ResolversParentTypes['Agent']> };
  AgentEdge: Omit<AgentEdge, 'node'> & { node: ResolversParentTypes['Agent'] };
  AgentFilter: AgentFilter;
  Customer: CustomerKey;
  CustomerAgent: CustomerAgentRow;
  CustomerCase: CustomerCaseRow;
  CustomerCaseAction: CustomerCaseActionRow;
  CustomerCaseActionConnection: Omit<CustomerCaseActionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CustomerCaseActionEdge']>, nodes: Array<ResolversParentTypes['CustomerCaseAction']> };
  CustomerCaseActionEdge: Omit<CustomerCaseActionEdge, 'node'> & { node: ResolversParentTypes['CustomerCaseAction'] };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Loan: LoanKey;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  WorklistConnection: Omit<WorklistConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['WorklistEdge']>, nodes: Array<ResolversParentTypes['Customer']> };
  WorklistEdge: Omit<WorklistEdge, 'assignment' | 'node'> & { assignment: ResolversParentTypes['CustomerAgent'], node: ResolversParentTypes['Customer'] };
}>;

export type ActionRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionRecord'] = ResolversParentTypes['ActionRecord']> = ResolversObject<{
  actionDate?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  actionResult?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  agent?: Resolver<Maybe<ResolversTypes['Agent']>, ParentType, ContextType>;
  agentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  callTraceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cif?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  loan?: Resolver<ResolversTypes['Loan'], ParentType, ContextType>;
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

export type AgentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agent'] = ResolversParentTypes['Agent'], FederationReferenceType extends FederationReferenceTypes['Agent'] = FederationReferenceTypes['Agent']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Agent']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignedCustomers?: Resolver<ResolversTypes['WorklistConnection'], ParentType, ContextType, Partial<AgentAssignedCustomersArgs>>;
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

export type CustomerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  actions?: Resolver<ResolversTypes['ActionRecordConnection'], ParentType, ContextType, Partial<CustomerActionsArgs>>;
  assignments?: Resolver<Array<ResolversTypes['CustomerAgent']>, ParentType, ContextType>;
  case?: Resolver<Maybe<ResolversTypes['CustomerCase']>, ParentType, ContextType>;
  caseActions?: Resolver<ResolversTypes['CustomerCaseActionConnection'], ParentType, ContextType, Partial<CustomerCaseActionsArgs>>;
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
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
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
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
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
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
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

export type LoanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Loan'] = ResolversParentTypes['Loan'], FederationReferenceType extends FederationReferenceTypes['Loan'] = FederationReferenceTypes['Loan']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Loan']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accountNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actions?: Resolver<ResolversTypes['ActionRecordConnection'], ParentType, ContextType, Partial<LoanActionsArgs>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  agent?: Resolver<Maybe<ResolversTypes['Agent']>, ParentType, ContextType, RequireFields<QueryAgentArgs, 'id'>>;
  agents?: Resolver<ResolversTypes['AgentConnection'], ParentType, ContextType, Partial<QueryAgentsArgs>>;
  customerCase?: Resolver<Maybe<ResolversTypes['CustomerCase']>, ParentType, ContextType, RequireFields<QueryCustomerCaseArgs, 'cif'>>;
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
  Agent?: AgentResolvers<ContextType>;
  AgentConnection?: AgentConnectionResolvers<ContextType>;
  AgentEdge?: AgentEdgeResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerAgent?: CustomerAgentResolvers<ContextType>;
  CustomerCase?: CustomerCaseResolvers<ContextType>;
  CustomerCaseAction?: CustomerCaseActionResolvers<ContextType>;
  CustomerCaseActionConnection?: CustomerCaseActionConnectionResolvers<ContextType>;
  CustomerCaseActionEdge?: CustomerCaseActionEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Loan?: LoanResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  WorklistConnection?: WorklistConnectionResolvers<ContextType>;
  WorklistEdge?: WorklistEdgeResolvers<ContextType>;
}>;

