import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PaymentRow, PaymentEventRow, AuditEntryRow } from '../db/database';
import type { PaymentReceiptModel } from '../queries/receipt';
import type { CustomerKey, LoanKey } from '../resolvers/references';
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
  /** Any JSON value: an object, array, string, number, boolean or null. */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A payment whose amount or currency differs between the CRM and the core system. */
export type AmountMismatch = {
  __typename?: 'AmountMismatch';
  /** Amount in the core system. */
  coreAmount: Scalars['Decimal']['output'];
  /** Currency in the core system. */
  coreCurrency: Scalars['String']['output'];
  /** Amount in the CRM. */
  crmAmount: Scalars['Decimal']['output'];
  /** Currency in the CRM. */
  crmCurrency: Scalars['String']['output'];
  /** The CRM's payment. */
  payment: Payment;
  /** Reference number. */
  referenceNumber: Scalars['String']['output'];
};

/** Collections of a period read at one point of the payment event stream (`collectionsAtHead`). */
export type CollectionsAtHead = {
  __typename?: 'CollectionsAtHead';
  /**
   * The cursor of the newest payment event counted here ("0" when there is none): pass it as `after` to
   * `paymentEvents` to receive exactly the events these summaries do not include.
   */
  cursor: Scalars['String']['output'];
  /** One summary per grouping asked for, in the order asked. */
  summaries: Array<CollectionsSummary>;
};

/** The payments of one group and one currency in a `collectionsSummary` period. */
export type CollectionsGroup = {
  __typename?: 'CollectionsGroup';
  /** Their amounts summed, exact. */
  amount: Scalars['Decimal']['output'];
  /** How many payments. */
  count: Scalars['Int']['output'];
  /** ISO 4217 currency code of the payments counted here. */
  currency: Scalars['String']['output'];
  /** Which group: an hour, a day, a method, a status or a source system, as `groupBy` describes. */
  key: Scalars['String']['output'];
};

/** How `collectionsSummary` groups payments; each group's `key` says which group it is. */
export type CollectionsGroupBy =
  /** By the UTC day of `paymentDate`; `key` is the date, e.g. "2026-01-31". */
  | 'DAY'
  /** By the UTC hour of `paymentDate`; `key` is the hour's start, e.g. "2026-01-31T09:00:00.000Z". */
  | 'HOUR'
  /** By payment method; `key` is the method, e.g. BANK_TRANSFER or CASH. */
  | 'METHOD'
  /** By the system the payment came from; `key` is the source system, e.g. T24 or W4. */
  | 'SOURCE_SYSTEM'
  /** By status, every status included; `key` is the status: PENDING, COMPLETED, FAILED or REVERSED. */
  | 'STATUS';

/** The period's collections under one grouping, as `collectionsSummary` answers it. */
export type CollectionsSummary = {
  __typename?: 'CollectionsSummary';
  /** The grouping. */
  groupBy: CollectionsGroupBy;
  /** Its groups, ordered by key, then currency; a group without payments is left out. */
  groups: Array<CollectionsGroup>;
};

/** Which payment to complete. */
export type CompletePaymentInput = {
  /** Reference number of a PENDING payment. */
  referenceNumber: Scalars['String']['input'];
};

/** One payment as the core system has it. */
export type CorePaymentInput = {
  /** Amount in the core system. */
  amount: Scalars['Decimal']['input'];
  /** ISO 4217 currency code in the core system. */
  currency: Scalars['String']['input'];
  /** Reference number. */
  referenceNumber: Scalars['String']['input'];
  /** Status in the core system. */
  status: PaymentStatus;
};

/** A bank customer, owned by the bank-sync subgraph; this subgraph adds their payments. */
export type Customer = {
  __typename?: 'Customer';
  /** Customer identification number (natural key). */
  cif: Scalars['String']['output'];
  /** The customer's payments across all their loans, newest first; null only when this subgraph cannot answer. */
  payments?: Maybe<PaymentConnection>;
};


/** A bank customer, owned by the bank-sync subgraph; this subgraph adds their payments. */
export type CustomerPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerPaymentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Narrows one customer's payments; every given condition must hold. */
export type CustomerPaymentFilter = {
  /** Only payments made at or after this instant (inclusive). */
  paymentDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only payments made before this instant (exclusive); must be later than `paymentDateFrom`. */
  paymentDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only payments in one of these statuses; omitted, every status. Must not be empty. */
  status?: InputMaybe<Array<PaymentStatus>>;
};

/** Which payment failed, and why. */
export type FailPaymentInput = {
  /** Why the payment failed, e.g. the payment system's rejection reason; 1 to 500 characters. */
  reason: Scalars['String']['input'];
  /** Reference number of a PENDING payment. */
  referenceNumber: Scalars['String']['input'];
};

/** A loan, owned by the bank-sync subgraph; this subgraph adds its payments. */
export type Loan = {
  __typename?: 'Loan';
  /** Loan account number (natural key). */
  accountNumber: Scalars['String']['output'];
  /** Payments made toward the loan, newest first; null only when this subgraph cannot answer. */
  payments?: Maybe<PaymentConnection>;
};


/** A loan, owned by the bank-sync subgraph; this subgraph adds its payments. */
export type LoanPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A payment the core system lists that the CRM does not hold. */
export type MissingPayment = {
  __typename?: 'MissingPayment';
  /** Amount in the core system. */
  amount: Scalars['Decimal']['output'];
  /** Currency in the core system. */
  currency: Scalars['String']['output'];
  /** Reference number. */
  referenceNumber: Scalars['String']['output'];
  /** Status in the core system. */
  status: PaymentStatus;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Settles a PENDING payment (PENDING to COMPLETED) and emits PAYMENT_RECEIVED. Any other status is a CONFLICT. */
  completePayment: PaymentStatusChangePayload;
  /** Marks a PENDING payment as rejected (PENDING to FAILED) and emits PAYMENT_FAILED. Any other status is a CONFLICT. */
  failPayment: PaymentStatusChangePayload;
  /**
   * Handles a real-time payment notification of a core system (seed 004 processPaymentNotification): records the
   * payment exactly as `recordPayment` does and, when asked, returns its receipt.
   */
  processPaymentNotification: PaymentNotificationPayload;
  /**
   * Records a payment (seed 004 recordPayment). Idempotent on `referenceNumber`: the same payment again returns
   * the stored one with `created: false` and changes nothing; the same reference with different data is a
   * CONFLICT naming the differing field. A COMPLETED payment emits PAYMENT_RECEIVED, a FAILED one
   * PAYMENT_FAILED, a PENDING one nothing until it is completed.
   */
  recordPayment: RecordPaymentPayload;
  /** Takes back a settled payment (COMPLETED to REVERSED) and emits PAYMENT_REVERSED. Any other status is a CONFLICT. */
  reversePayment: PaymentStatusChangePayload;
  /**
   * Applies a batch of recent payments from a core system (seed 004 syncRecentPayments), idempotent on each
   * reference number: new payments are recorded, a status the core system has moved on (PENDING to COMPLETED,
   * ...) is applied with its event, identical records change nothing. Each record gets its own result; a bad
   * or conflicting record is rejected without stopping the others.
   */
  syncPayments: SyncPaymentsPayload;
};


export type MutationCompletePaymentArgs = {
  input: CompletePaymentInput;
};


export type MutationFailPaymentArgs = {
  input: FailPaymentInput;
};


export type MutationProcessPaymentNotificationArgs = {
  input: PaymentNotificationInput;
};


export type MutationRecordPaymentArgs = {
  input: RecordPaymentInput;
};


export type MutationReversePaymentArgs = {
  input: ReversePaymentInput;
};


export type MutationSyncPaymentsArgs = {
  input: SyncPaymentsInput;
};

/** Where a page of a connection ends and whether another follows. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A payment made toward a loan, as reported by a core banking system. */
export type Payment = {
  __typename?: 'Payment';
  /** Amount paid, in `currency`. */
  amount: Scalars['Decimal']['output'];
  /** CIF of the customer who paid. */
  cif: Scalars['String']['output'];
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** User or system that created the record. */
  createdBy: Scalars['String']['output'];
  /** ISO 4217 currency code of `amount`. */
  currency: Scalars['String']['output'];
  /** The customer who paid; null while the customer has not been synchronized yet. */
  customer?: Maybe<Customer>;
  /** Internal identifier of the payment record. */
  id: Scalars['ID']['output'];
  /** Whether the record may be modified in the CRM. */
  isEditable: Scalars['Boolean']['output'];
  /** When the record was last synchronized from its source system; null if never. */
  lastSyncedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The loan the payment goes to; null while the loan has not been synchronized yet. */
  loan?: Maybe<Loan>;
  /** Account number of the loan the payment goes to. */
  loanAccountNumber: Scalars['String']['output'];
  /** When the payment was made. */
  paymentDate: Scalars['DateTime']['output'];
  /** How the customer paid, e.g. BANK_TRANSFER, CASH, CARD, DIRECT_DEBIT, MOBILE_WALLET. */
  paymentMethod: Scalars['String']['output'];
  /** Reference number (natural key), unique across all payments. */
  referenceNumber: Scalars['String']['output'];
  /** The system that reported the payment. */
  sourceSystem: SourceSystem;
  /** Where the payment stands in its life cycle. */
  status: PaymentStatus;
  /** Why the payment has its status, e.g. the rejection reason of a failed payment. */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** When the record was last updated. */
  updatedAt: Scalars['DateTime']['output'];
  /** User or system that last updated the record. */
  updatedBy: Scalars['String']['output'];
};

/** One recorded change to a payment-domain entity. */
export type PaymentAuditEntry = {
  __typename?: 'PaymentAuditEntry';
  /** User or system that made the change. */
  actor: Scalars['String']['output'];
  /** The entity after the change. */
  after?: Maybe<Scalars['JSON']['output']>;
  /** The entity before the change; null when it was created. */
  before?: Maybe<Scalars['JSON']['output']>;
  /** Natural key of the entity changed, e.g. a payment's reference number. */
  entityKey: Scalars['String']['output'];
  /** Kind of entity changed, e.g. `Payment`. */
  entityType: Scalars['String']['output'];
  /** Position in the audit log. */
  id: Scalars['ID']['output'];
  /** When the change was made. */
  occurredAt: Scalars['DateTime']['output'];
  /** The mutation that made the change, e.g. `recordPayment`. */
  operation: Scalars['String']['output'];
};

/** A page of audit log entries, newest first. */
export type PaymentAuditEntryConnection = {
  __typename?: 'PaymentAuditEntryConnection';
  /** The entries of this page with their cursors. */
  edges: Array<PaymentAuditEntryEdge>;
  /** The entries of this page, without cursors. */
  nodes: Array<PaymentAuditEntry>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
};

/** An audit log entry and its position. */
export type PaymentAuditEntryEdge = {
  __typename?: 'PaymentAuditEntryEdge';
  /** The entry's cursor; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: PaymentAuditEntry;
};

/** A page of payments, newest first. */
export type PaymentConnection = {
  __typename?: 'PaymentConnection';
  /** The payments of this page with their cursors. */
  edges: Array<PaymentEdge>;
  /** The payments of this page, without cursors. */
  nodes: Array<Payment>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
};

/** A payment and its position in a list. */
export type PaymentEdge = {
  __typename?: 'PaymentEdge';
  /** Position of this payment; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The payment. */
  node: Payment;
};

/** One entry of the payment outbox, in commit order. */
export type PaymentEvent = {
  __typename?: 'PaymentEvent';
  /** Amount of the payment. */
  amount: Scalars['Decimal']['output'];
  /** CIF of the customer who paid. */
  cif: Scalars['String']['output'];
  /** ISO 4217 currency code of `amount`. */
  currency: Scalars['String']['output'];
  /** Opaque resume cursor; pass it as `after` to continue after this event. */
  cursor: Scalars['String']['output'];
  /** Account number of the loan the payment goes to. */
  loanAccountNumber: Scalars['String']['output'];
  /** When the event was written. */
  occurredAt: Scalars['DateTime']['output'];
  /** The payment as it is now. */
  payment: Payment;
  /** Reference number of the payment. */
  paymentReferenceNumber: Scalars['String']['output'];
  /** Position in the outbox; strictly increasing in commit order. A decimal string (it outgrows 32 bits). */
  sequence: Scalars['String']['output'];
  /** Status of the payment after this event. */
  status: PaymentStatus;
  /** What happened. */
  type: PaymentEventType;
};

/** A page of payment events, oldest first. */
export type PaymentEventConnection = {
  __typename?: 'PaymentEventConnection';
  /** The events of this page with their cursors. */
  edges: Array<PaymentEventEdge>;
  /** The events of this page, without cursors. */
  nodes: Array<PaymentEvent>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
};

/** A payment event and its position in the outbox. */
export type PaymentEventEdge = {
  __typename?: 'PaymentEventEdge';
  /** The event's cursor; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: PaymentEvent;
};

/** Narrows payment events; every given condition must hold. */
export type PaymentEventFilter = {
  /** Only events of this customer. */
  cif?: InputMaybe<Scalars['String']['input']>;
  /** Only events of this loan. */
  loanAccountNumber?: InputMaybe<Scalars['String']['input']>;
  /** Only events of at least this amount. */
  minAmount?: InputMaybe<Scalars['Decimal']['input']>;
  /** Only events of these types. Must not be empty. */
  types?: InputMaybe<Array<PaymentEventType>>;
};

/** What happened to a payment. */
export type PaymentEventType =
  /** The payment was rejected by the payment system. */
  | 'PAYMENT_FAILED'
  /** The payment reached the loan: recorded as COMPLETED, or completed later. */
  | 'PAYMENT_RECEIVED'
  /** A settled payment was taken back. */
  | 'PAYMENT_REVERSED';

/** Narrows a list of payments; every given condition must hold. */
export type PaymentFilter = {
  /** Only payments of this customer. */
  cif?: InputMaybe<Scalars['String']['input']>;
  /** Only payments to this loan account. */
  loanAccountNumber?: InputMaybe<Scalars['String']['input']>;
  /** Only payments made at or after this instant (inclusive). */
  paymentDateFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only payments made before this instant (exclusive); must be later than `paymentDateFrom`. */
  paymentDateTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only payments in one of these statuses; omitted, every status. Must not be empty. */
  status?: InputMaybe<Array<PaymentStatus>>;
};

/** A payment notification of a core system (seed 004 PaymentNotification). */
export type PaymentNotificationInput = {
  /** Amount paid: positive, at most 2 decimals and 16 integer digits (DECIMAL(18,2)). */
  amount: Scalars['Decimal']['input'];
  /** CIF of the customer who paid, at most 20 characters. */
  cif: Scalars['String']['input'];
  /** ISO 4217 currency code, e.g. VND. */
  currency: Scalars['String']['input'];
  /** Account number of the loan paid, at most 20 characters. */
  loanAccountNumber: Scalars['String']['input'];
  /** When the payment was made; not in the future. */
  paymentDate: Scalars['DateTime']['input'];
  /** How the customer paid; at most 20 characters. */
  paymentMethod: Scalars['String']['input'];
  /** Reference number (natural key), at most 20 characters. */
  referenceNumber: Scalars['String']['input'];
  /** Whether the sender wants the payment's receipt back. */
  requiresReceipt?: Scalars['Boolean']['input'];
  /** The system that sent the notification. */
  sourceSystem: SourceSystem;
  /** Status as reported: PENDING, COMPLETED or FAILED. */
  status?: PaymentStatus;
  /** Why the payment has its status; at most 500 characters. */
  statusReason?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `processPaymentNotification`. */
export type PaymentNotificationPayload = {
  __typename?: 'PaymentNotificationPayload';
  /** False when the notification was already processed and nothing changed. */
  created: Scalars['Boolean']['output'];
  /** The event this call wrote; null when it wrote none. */
  event?: Maybe<PaymentEvent>;
  /** The payment as stored. */
  payment: Payment;
  /** The payment's receipt when the notification asked for one (`requiresReceipt`), otherwise null. */
  receipt?: Maybe<PaymentReceipt>;
};

/** A payment receipt (seed 004 PaymentReceipt). */
export type PaymentReceipt = {
  __typename?: 'PaymentReceipt';
  /** Amount paid. */
  amount: Scalars['Decimal']['output'];
  /** ISO 4217 currency code of `amount`. */
  currency: Scalars['String']['output'];
  /** When this receipt was issued. */
  issuedAt: Scalars['DateTime']['output'];
  /** The loan paid; null while it has not been synchronized. */
  loan?: Maybe<Loan>;
  /** Account number of the loan paid. */
  loanAccountNumber: Scalars['String']['output'];
  /** CIF of the customer who paid. */
  payerCif: Scalars['String']['output'];
  /** The payment. */
  payment: Payment;
  /** When the payment was made. */
  paymentDate: Scalars['DateTime']['output'];
  /** How the customer paid. */
  paymentMethod: Scalars['String']['output'];
  /** Receipt number: `RCPT-` and the payment's reference number, the same each time it is issued. */
  receiptNumber: Scalars['String']['output'];
  /** Reference number of the payment. */
  referenceNumber: Scalars['String']['output'];
  /** The system that reported the payment. */
  sourceSystem: SourceSystem;
  /** The payment's status when the receipt was issued. */
  status: PaymentStatus;
};

/** Where a payment stands in its life cycle. */
export type PaymentStatus =
  /** Settled: the amount reached the loan. */
  | 'COMPLETED'
  /** Rejected by the payment system; the amount never reached the loan. */
  | 'FAILED'
  /** Received but not yet settled. */
  | 'PENDING'
  /** Settled, then taken back; `statusReason` says why. */
  | 'REVERSED';

/** Result of a status change (`completePayment`, `failPayment`, `reversePayment`). */
export type PaymentStatusChangePayload = {
  __typename?: 'PaymentStatusChangePayload';
  /** False when the payment already had the target status (a repeated call) and nothing changed. */
  changed: Scalars['Boolean']['output'];
  /** The event this call wrote; null when nothing changed. */
  event?: Maybe<PaymentEvent>;
  /** The payment as stored. */
  payment: Payment;
};

export type Query = {
  __typename?: 'Query';
  /**
   * `collectionsSummary` of one period for each grouping asked, together with the cursor of the newest payment
   * event they include, all read in one database snapshot: every event up to `cursor` is counted in the groups and
   * none after it. A live view that subscribes to `paymentEvents(after: cursor)` and applies each event it
   * receives therefore counts every payment exactly once, whatever commits while it loads. Same rules and limits
   * as `collectionsSummary`; `groupBy` names 1 to 5 distinct groupings (BAD_USER_INPUT naming `groupBy` otherwise).
   */
  collectionsAtHead: CollectionsAtHead;
  /**
   * Collections of a period: payments counted and their amounts summed per group and per currency (amounts are
   * never added across currencies), computed by one SQL aggregation. A payment belongs to the period by its
   * `paymentDate`. Collected means COMPLETED: a PENDING payment has not reached the loan yet, a FAILED one never
   * did and a REVERSED one was taken back. Grouped by STATUS, every status is shown, so the collected and the
   * rest can be compared. Groups are ordered by key, then currency; a group without payments is left out.
   * The period is at most 366 days, and at most 31 days grouped by HOUR (BAD_USER_INPUT naming `to` otherwise).
   */
  collectionsSummary: Array<CollectionsGroup>;
  /** The payment with this reference number, or null when there is none. */
  payment?: Maybe<Payment>;
  /** Changes made to payments, newest first. Only for callers with the ADMIN role (FORBIDDEN otherwise). */
  paymentAuditLog: PaymentAuditEntryConnection;
  /** Payment events after a cursor, oldest first: how consumers catch up with the outbox. */
  paymentEvents: PaymentEventConnection;
  /**
   * The cursor of the newest committed event ("0" when there is none). A subscriber that passes it as `after`
   * receives every event committed from now on, with no gap even if it has to reconnect before the first one.
   */
  paymentEventsHead: Scalars['String']['output'];
  /** The receipt of a payment (seed 004 generatePaymentReceipt), or null when there is no such payment. */
  paymentReceipt?: Maybe<PaymentReceipt>;
  /** Payments matching the filter, newest first (by payment date, then id). */
  payments: PaymentConnection;
  /**
   * Compares one day's payments with a core banking system's list of that day (seed 004 reconcilePayments)
   * and reports every discrepancy. Read-only: nothing is changed.
   */
  reconcilePayments: ReconciliationReport;
  /** Checks a payment as `recordPayment` would, listing every problem; writes nothing. */
  validatePayment: ValidationResult;
};


export type QueryCollectionsAtHeadArgs = {
  from: Scalars['DateTime']['input'];
  groupBy: Array<CollectionsGroupBy>;
  to: Scalars['DateTime']['input'];
};


export type QueryCollectionsSummaryArgs = {
  from: Scalars['DateTime']['input'];
  groupBy: CollectionsGroupBy;
  to: Scalars['DateTime']['input'];
};


export type QueryPaymentArgs = {
  referenceNumber: Scalars['String']['input'];
};


export type QueryPaymentAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityKey?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPaymentEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PaymentEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPaymentReceiptArgs = {
  referenceNumber: Scalars['String']['input'];
};


export type QueryPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PaymentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReconcilePaymentsArgs = {
  input: ReconcilePaymentsInput;
};


export type QueryValidatePaymentArgs = {
  input: RecordPaymentInput;
};

/** One day's payments as a core system lists them, to reconcile with the CRM. */
export type ReconcilePaymentsInput = {
  /** The core system's payments of that day, at most 5,000. */
  corePayments: Array<CorePaymentInput>;
  /** The day (UTC) whose payments are compared. */
  date: Scalars['Date']['input'];
  /** Only the CRM payments reported by this system; omitted, every CRM payment of the day. */
  sourceSystem?: InputMaybe<SourceSystem>;
};

/** The outcome of reconciling one day's payments with a core system. */
export type ReconciliationReport = {
  __typename?: 'ReconciliationReport';
  /** Payments whose amount or currency differ between the two sides. */
  amountMismatches: Array<AmountMismatch>;
  /** True when nothing is missing, extra or mismatched. */
  balanced: Scalars['Boolean']['output'];
  /** How many payments the core system listed. */
  corePaymentCount: Scalars['Int']['output'];
  /** How many payments of the day the CRM holds. */
  crmPaymentCount: Scalars['Int']['output'];
  /** The day reconciled. */
  date: Scalars['Date']['output'];
  /** Payments of the day the CRM holds that the core system does not list. */
  extraInCrm: Array<Payment>;
  /** Payments present on both sides with the same amount, currency and status. */
  matchedCount: Scalars['Int']['output'];
  /** Payments the core system lists that the CRM does not hold at all. */
  missingInCrm: Array<MissingPayment>;
  /** The source system whose CRM payments were compared; null for all of them. */
  sourceSystem?: Maybe<SourceSystem>;
  /** Payments whose status differs between the two sides. */
  statusMismatches: Array<StatusMismatch>;
};

/** Why a record was rejected. */
export type RecordError = {
  __typename?: 'RecordError';
  /** BAD_USER_INPUT or CONFLICT. */
  code: Scalars['String']['output'];
  /** The offending field, as a path in the mutation's input, e.g. `input.payments.3.amount`. */
  field: Scalars['String']['output'];
  /** What to fix. */
  message: Scalars['String']['output'];
};

/** A payment to record. */
export type RecordPaymentInput = {
  /** Amount paid: positive, at most 2 decimals and 16 integer digits (DECIMAL(18,2)). */
  amount: Scalars['Decimal']['input'];
  /** CIF of the customer who paid, at most 20 characters. */
  cif: Scalars['String']['input'];
  /** ISO 4217 currency code, e.g. VND. */
  currency: Scalars['String']['input'];
  /** Account number of the loan paid, at most 20 characters. The loan need not be synchronized yet. */
  loanAccountNumber: Scalars['String']['input'];
  /** When the payment was made; not in the future. */
  paymentDate: Scalars['DateTime']['input'];
  /** How the customer paid, e.g. BANK_TRANSFER, CASH, CARD, DIRECT_DEBIT, MOBILE_WALLET; at most 20 characters. */
  paymentMethod: Scalars['String']['input'];
  /** Reference number (natural key), at most 20 characters. */
  referenceNumber: Scalars['String']['input'];
  /** The system that reported the payment. */
  sourceSystem: SourceSystem;
  /** Status as reported: PENDING, COMPLETED or FAILED (a payment is reversed with `reversePayment`). */
  status?: PaymentStatus;
  /** Why the payment has its status, e.g. the rejection reason of a FAILED payment; at most 500 characters. */
  statusReason?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `recordPayment`. */
export type RecordPaymentPayload = {
  __typename?: 'RecordPaymentPayload';
  /** False when the payment was already recorded with the same data and nothing changed. */
  created: Scalars['Boolean']['output'];
  /** The event this call wrote; null when it wrote none (a PENDING payment, or a repeated call). */
  event?: Maybe<PaymentEvent>;
  /** The payment as stored. */
  payment: Payment;
};

/** Which payment to reverse, and why. */
export type ReversePaymentInput = {
  /** Why the payment is taken back, e.g. cheque returned unpaid; 1 to 500 characters. */
  reason: Scalars['String']['input'];
  /** Reference number of a COMPLETED payment. */
  referenceNumber: Scalars['String']['input'];
};

/** The core or internal system a record came from. */
export type SourceSystem =
  | 'CRM'
  | 'OTHER'
  | 'T24'
  | 'W4';

/** A payment whose status differs between the CRM and the core system. */
export type StatusMismatch = {
  __typename?: 'StatusMismatch';
  /** Status in the core system. */
  coreStatus: PaymentStatus;
  /** Status in the CRM. */
  crmStatus: PaymentStatus;
  /** The CRM's payment. */
  payment: Payment;
  /** Reference number. */
  referenceNumber: Scalars['String']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Every event after `after` (replayed from the outbox), then live events, in sequence order, without gap or
   * duplicate. `after` omitted or null: live events only, from now.
   */
  paymentEvents: PaymentEvent;
};


export type SubscriptionPaymentEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PaymentEventFilter>;
};

/** One payment as a core system reports it. */
export type SyncPaymentRecordInput = {
  /** Amount paid: positive, at most 2 decimals and 16 integer digits. */
  amount: Scalars['Decimal']['input'];
  /** CIF of the customer who paid, at most 20 characters. */
  cif: Scalars['String']['input'];
  /** ISO 4217 currency code. */
  currency: Scalars['String']['input'];
  /** Account number of the loan paid, at most 20 characters. */
  loanAccountNumber: Scalars['String']['input'];
  /** When the payment was made; not in the future. */
  paymentDate: Scalars['DateTime']['input'];
  /** How the customer paid; at most 20 characters. */
  paymentMethod: Scalars['String']['input'];
  /** Reference number (natural key), at most 20 characters. */
  referenceNumber: Scalars['String']['input'];
  /** The payment's current status in the core system. */
  status: PaymentStatus;
  /** Why the payment has its status; at most 500 characters. */
  statusReason?: InputMaybe<Scalars['String']['input']>;
};

/** The result of one record of a sync batch. */
export type SyncPaymentResult = {
  __typename?: 'SyncPaymentResult';
  /** Why the record was rejected; null otherwise. */
  error?: Maybe<RecordError>;
  /** Position of the record in `input.payments`, from 0. */
  index: Scalars['Int']['output'];
  /** What happened to the record. */
  outcome: SyncRecordOutcome;
  /** The payment as stored; null when the record was rejected and no payment has this reference. */
  payment?: Maybe<Payment>;
  /** The record's reference number. */
  referenceNumber: Scalars['String']['output'];
};

/** A batch of recent payments from one core system. */
export type SyncPaymentsInput = {
  /** The records, 1 to 500 of them. */
  payments: Array<SyncPaymentRecordInput>;
  /** The system the records come from. */
  sourceSystem: SourceSystem;
};

/** Result of `syncPayments`. */
export type SyncPaymentsPayload = {
  __typename?: 'SyncPaymentsPayload';
  /** How many records created a payment. */
  created: Scalars['Int']['output'];
  /** How many records were rejected. */
  rejected: Scalars['Int']['output'];
  /** One result per record, in input order. */
  results: Array<SyncPaymentResult>;
  /** How many records changed nothing. */
  unchanged: Scalars['Int']['output'];
  /** How many records moved a payment's status on. */
  updated: Scalars['Int']['output'];
};

/** What happened to one record of a sync batch. */
export type SyncRecordOutcome =
  /** A new payment was recorded. */
  | 'CREATED'
  /** The record was not applied; `error` says why. */
  | 'REJECTED'
  /** The payment was already recorded with this data; nothing changed. */
  | 'UNCHANGED'
  /** The payment's status was moved on to the core system's. */
  | 'UPDATED';

/** One problem found by `validatePayment`. */
export type ValidationProblem = {
  __typename?: 'ValidationProblem';
  /** The offending field, as a path in the input, e.g. `input.amount`. */
  field: Scalars['String']['output'];
  /** What is wrong and how to fix it. */
  message: Scalars['String']['output'];
};

/** Whether a payment would be accepted. */
export type ValidationResult = {
  __typename?: 'ValidationResult';
  /** Every problem found; empty when the payment is valid. */
  problems: Array<ValidationProblem>;
  /** True when `problems` is empty. */
  valid: Scalars['Boolean']['output'];
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
  Customer: Customer;
  Loan: Loan;
  Payment: Payment;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"cif":true}> );
  Loan:
    ( { __typename: 'Loan' }
    & GraphQLRecursivePick<FederationTypes['Loan'], {"accountNumber":true}> );
  Payment:
    ( { __typename: 'Payment' }
    & GraphQLRecursivePick<FederationTypes['Payment'], {"referenceNumber":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AmountMismatch: ResolverTypeWrapper<Omit<AmountMismatch, 'payment'> & { payment: ResolversTypes['Payment'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CollectionsAtHead: ResolverTypeWrapper<CollectionsAtHead>;
  CollectionsGroup: ResolverTypeWrapper<CollectionsGroup>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CollectionsGroupBy: CollectionsGroupBy;
  CollectionsSummary: ResolverTypeWrapper<CollectionsSummary>;
  CompletePaymentInput: CompletePaymentInput;
  CorePaymentInput: CorePaymentInput;
  Customer: ResolverTypeWrapper<CustomerKey>;
  CustomerPaymentFilter: CustomerPaymentFilter;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  FailPaymentInput: FailPaymentInput;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Loan: ResolverTypeWrapper<LoanKey>;
  MissingPayment: ResolverTypeWrapper<MissingPayment>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Payment: ResolverTypeWrapper<PaymentRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  PaymentAuditEntry: ResolverTypeWrapper<AuditEntryRow>;
  PaymentAuditEntryConnection: ResolverTypeWrapper<Omit<PaymentAuditEntryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PaymentAuditEntryEdge']>, nodes: Array<ResolversTypes['PaymentAuditEntry']> }>;
  PaymentAuditEntryEdge: ResolverTypeWrapper<Omit<PaymentAuditEntryEdge, 'node'> & { node: ResolversTypes['PaymentAuditEntry'] }>;
  PaymentConnection: ResolverTypeWrapper<Omit<PaymentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PaymentEdge']>, nodes: Array<ResolversTypes['Payment']> }>;
  PaymentEdge: ResolverTypeWrapper<Omit<PaymentEdge, 'node'> & { node: ResolversTypes['Payment'] }>;
  PaymentEvent: ResolverTypeWrapper<PaymentEventRow>;
  PaymentEventConnection: ResolverTypeWrapper<Omit<PaymentEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PaymentEventEdge']>, nodes: Array<ResolversTypes['PaymentEvent']> }>;
  PaymentEventEdge: ResolverTypeWrapper<Omit<PaymentEventEdge, 'node'> & { node: ResolversTypes['PaymentEvent'] }>;
  PaymentEventFilter: PaymentEventFilter;
  PaymentEventType: PaymentEventType;
  PaymentFilter: PaymentFilter;
  PaymentNotificationInput: PaymentNotificationInput;
  PaymentNotificationPayload: ResolverTypeWrapper<Omit<PaymentNotificationPayload, 'event' | 'payment' | 'receipt'> & { event?: Maybe<ResolversTypes['PaymentEvent']>, payment: ResolversTypes['Payment'], receipt?: Maybe<ResolversTypes['PaymentReceipt']> }>;
  PaymentReceipt: ResolverTypeWrapper<PaymentReceiptModel>;
  PaymentStatus: PaymentStatus;
  PaymentStatusChangePayload: ResolverTypeWrapper<Omit<PaymentStatusChangePayload, 'event' | 'payment'> & { event?: Maybe<ResolversTypes['PaymentEvent']>, payment: ResolversTypes['Payment'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReconcilePaymentsInput: ReconcilePaymentsInput;
  ReconciliationReport: ResolverTypeWrapper<Omit<ReconciliationReport, 'amountMismatches' | 'extraInCrm' | 'statusMismatches'> & { amountMismatches: Array<ResolversTypes['AmountMismatch']>, extraInCrm: Array<ResolversTypes['Payment']>, statusMismatches: Array<ResolversTypes['StatusMismatch']> }>;
  RecordError: ResolverTypeWrapper<RecordError>;
  RecordPaymentInput: RecordPaymentInput;
  RecordPaymentPayload: ResolverTypeWrapper<Omit<RecordPaymentPayload, 'event' | 'payment'> & { event?: Maybe<ResolversTypes['PaymentEvent']>, payment: ResolversTypes['Payment'] }>;
  ReversePaymentInput: ReversePaymentInput;
  SourceSystem: SourceSystem;
  StatusMismatch: ResolverTypeWrapper<Omit<StatusMismatch, 'payment'> & { payment: ResolversTypes['Payment'] }>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SyncPaymentRecordInput: SyncPaymentRecordInput;
  SyncPaymentResult: ResolverTypeWrapper<Omit<SyncPaymentResult, 'payment'> & { payment?: Maybe<ResolversTypes['Payment']> }>;
  SyncPaymentsInput: SyncPaymentsInput;
  SyncPaymentsPayload: ResolverTypeWrapper<Omit<SyncPaymentsPayload, 'results'> & { results: Array<ResolversTypes['SyncPaymentResult']> }>;
  SyncRecordOutcome: SyncRecordOutcome;
  ValidationProblem: ResolverTypeWrapper<ValidationProblem>;
  ValidationResult: ResolverTypeWrapper<ValidationResult>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AmountMismatch: Omit<AmountMismatch, 'payment'> & { payment: ResolversParentTypes['Payment'] };
  String: Scalars['String']['output'];
  CollectionsAtHead: CollectionsAtHead;
  CollectionsGroup: CollectionsGroup;
  Int: Scalars['Int']['output'];
  CollectionsSummary: CollectionsSummary;
  CompletePaymentInput: CompletePaymentInput;
  CorePaymentInput: CorePaymentInput;
  Customer: CustomerKey;
  CustomerPaymentFilter: CustomerPaymentFilter;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  FailPaymentInput: FailPaymentInput;
  JSON: Scalars['JSON']['output'];
  Loan: LoanKey;
  MissingPayment: MissingPayment;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Payment: PaymentRow;
  ID: Scalars['ID']['output'];
  PaymentAuditEntry: AuditEntryRow;
  PaymentAuditEntryConnection: Omit<PaymentAuditEntryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PaymentAuditEntryEdge']>, nodes: Array<ResolversParentTypes['PaymentAuditEntry']> };
  PaymentAuditEntryEdge: Omit<PaymentAuditEntryEdge, 'node'> & { node: ResolversParentTypes['PaymentAuditEntry'] };
  PaymentConnection: Omit<PaymentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PaymentEdge']>, nodes: Array<ResolversParentTypes['Payment']> };
  PaymentEdge: Omit<PaymentEdge, 'node'> & { node: ResolversParentTypes['Payment'] };
  PaymentEvent: PaymentEventRow;
  PaymentEventConnection: Omit<PaymentEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PaymentEventEdge']>, nodes: Array<ResolversParentTypes['PaymentEvent']> };
  PaymentEventEdge: Omit<PaymentEventEdge, 'node'> & { node: ResolversParentTypes['PaymentEvent'] };
  PaymentEventFilter: PaymentEventFilter;
  PaymentFilter: PaymentFilter;
  PaymentNotificationInput: PaymentNotificationInput;
  PaymentNotificationPayload: Omit<PaymentNotificationPayload, 'event' | 'payment' | 'receipt'> & { event?: Maybe<ResolversParentTypes['PaymentEvent']>, payment: ResolversParentTypes['Payment'], receipt?: Maybe<ResolversParentTypes['PaymentReceipt']> };
  PaymentReceipt: PaymentReceiptModel;
  PaymentStatusChangePayload: Omit<PaymentStatusChangePayload, 'event' | 'payment'> & { event?: Maybe<ResolversParentTypes['PaymentEvent']>, payment: ResolversParentTypes['Payment'] };
  Query: Record<PropertyKey, never>;
  ReconcilePaymentsInput: ReconcilePaymentsInput;
  ReconciliationReport: Omit<ReconciliationReport, 'amountMismatches' | 'extraInCrm' | 'statusMismatches'> & { amountMismatches: Array<ResolversParentTypes['AmountMismatch']>, extraInCrm: Array<ResolversParentTypes['Payment']>, statusMismatches: Array<ResolversParentTypes['StatusMismatch']> };
  RecordError: RecordError;
  RecordPaymentInput: RecordPaymentInput;
  RecordPaymentPayload: Omit<RecordPaymentPayload, 'event' | 'payment'> & { event?: Maybe<ResolversParentTypes['PaymentEvent']>, payment: ResolversParentTypes['Payment'] };
  ReversePaymentInput: ReversePaymentInput;
  StatusMismatch: Omit<StatusMismatch, 'payment'> & { payment: ResolversParentTypes['Payment'] };
  Subscription: Record<PropertyKey, never>;
  SyncPaymentRecordInput: SyncPaymentRecordInput;
  SyncPaymentResult: Omit<SyncPaymentResult, 'payment'> & { payment?: Maybe<ResolversParentTypes['Payment']> };
  SyncPaymentsInput: SyncPaymentsInput;
  SyncPaymentsPayload: Omit<SyncPaymentsPayload, 'results'> & { results: Array<ResolversParentTypes['SyncPaymentResult']> };
  ValidationProblem: ValidationProblem;
  ValidationResult: ValidationResult;
}>;

export type AmountMismatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AmountMismatch'] = ResolversParentTypes['AmountMismatch']> = ResolversObject<{
  coreAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  coreCurrency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  crmAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  crmCurrency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payment?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
  referenceNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CollectionsAtHeadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollectionsAtHead'] = ResolversParentTypes['CollectionsAtHead']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summaries?: Resolver<Array<ResolversTypes['CollectionsSummary']>, ParentType, ContextType>;
}>;

export type CollectionsGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollectionsGroup'] = ResolversParentTypes['CollectionsGroup']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CollectionsSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollectionsSummary'] = ResolversParentTypes['CollectionsSummary']> = ResolversObject<{
  groupBy?: Resolver<ResolversTypes['CollectionsGroupBy'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['CollectionsGroup']>, ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cif?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payments?: Resolver<Maybe<ResolversTypes['PaymentConnection']>, ParentType, ContextType, Partial<CustomerPaymentsArgs>>;
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

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LoanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Loan'] = ResolversParentTypes['Loan'], FederationReferenceType extends FederationReferenceTypes['Loan'] = FederationReferenceTypes['Loan']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Loan']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accountNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payments?: Resolver<Maybe<ResolversTypes['PaymentConnection']>, ParentType, ContextType, Partial<LoanPaymentsArgs>>;
}>;

export type MissingPaymentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MissingPayment'] = ResolversParentTypes['MissingPayment']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  referenceNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  completePayment?: Resolver<ResolversTypes['PaymentStatusChangePayload'], ParentType, ContextType, RequireFields<MutationCompletePaymentArgs, 'input'>>;
  failPayment?: Resolver<ResolversTypes['PaymentStatusChangePayload'], ParentType, ContextType, RequireFields<MutationFailPaymentArgs, 'input'>>;
  processPaymentNotification?: Resolver<ResolversTypes['PaymentNotificationPayload'], ParentType, ContextType, RequireFields<MutationProcessPaymentNotificationArgs, 'input'>>;
  recordPayment?: Resolver<ResolversTypes['RecordPaymentPayload'], ParentType, ContextType, RequireFields<MutationRecordPaymentArgs, 'input'>>;
  reversePayment?: Resolver<ResolversTypes['PaymentStatusChangePayload'], ParentType, ContextType, RequireFields<MutationReversePaymentArgs, 'input'>>;
  syncPayments?: Resolver<ResolversTypes['SyncPaymentsPayload'], ParentType, ContextType, RequireFields<MutationSyncPaymentsArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PaymentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment'], FederationReferenceType extends FederationReferenceTypes['Payment'] = FederationReferenceTypes['Payment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Payment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  cif?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isEditable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastSyncedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  loan?: Resolver<Maybe<ResolversTypes['Loan']>, ParentType, ContextType>;
  loanAccountNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paymentDate?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  paymentMethod?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  referenceNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceSystem?: Resolver<ResolversTypes['SourceSystem'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PaymentAuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaymentAuditEntry'] = ResolversParentTypes['PaymentAuditEntry']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  entityKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PaymentAuditEntryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaymentAuditEntryConnection'] = ResolversParentTypes['PaymentAuditEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PaymentAuditEntryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PaymentAuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PaymentAuditEntryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaymentAuditEntryEdge'] = ResolversParentTypes['PaymentAuditEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PaymentAuditEntry'], ParentType, ContextType>;
}>;

export type PaymentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaymentConnection'] = ResolversParentTypes['PaymentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PaymentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PaymentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaymentEdge'] = ResolversParentTypes['PaymentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
}>;

export type PaymentEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaymentEvent'] = ResolversParentTypes['PaymentEvent']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  cif?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  loanAccountNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  payment?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
  paymentReferenceNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['PaymentEventType'], ParentType, ContextType>;
}>;

export type PaymentEventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaymentEventConnection'] = ResolversParentTypes['PaymentEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PaymentEventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PaymentEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PaymentEventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaymentEventEdge'] = ResolversParentTypes['PaymentEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PaymentEvent'], ParentType, ContextType>;
}>;

export type PaymentNotificationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaymentNotificationPayload'] = ResolversParentTypes['PaymentNotificationPayload']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['PaymentEvent']>, ParentType, ContextType>;
  payment?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
  receipt?: Resolver<Maybe<ResolversTypes['PaymentReceipt']>, ParentType, ContextType>;
}>;

export type PaymentReceiptResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaymentReceipt'] = ResolversParentTypes['PaymentReceipt']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  loan?: Resolver<Maybe<ResolversTypes['Loan']>, ParentType, ContextType>;
  loanAccountNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payerCif?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payment?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
  paymentDate?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  paymentMethod?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receiptNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  referenceNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceSystem?: Resolver<ResolversTypes['SourceSystem'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
}>;

export type PaymentStatusChangePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaymentStatusChangePayload'] = ResolversParentTypes['PaymentStatusChangePayload']> = ResolversObject<{
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['PaymentEvent']>, ParentType, ContextType>;
  payment?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  collectionsAtHead?: Resolver<ResolversTypes['CollectionsAtHead'], ParentType, ContextType, RequireFields<QueryCollectionsAtHeadArgs, 'from' | 'groupBy' | 'to'>>;
  collectionsSummary?: Resolver<Array<ResolversTypes['CollectionsGroup']>, ParentType, ContextType, RequireFields<QueryCollectionsSummaryArgs, 'from' | 'groupBy' | 'to'>>;
  payment?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType, RequireFields<QueryPaymentArgs, 'referenceNumber'>>;
  paymentAuditLog?: Resolver<ResolversTypes['PaymentAuditEntryConnection'], ParentType, ContextType, Partial<QueryPaymentAuditLogArgs>>;
  paymentEvents?: Resolver<ResolversTypes['PaymentEventConnection'], ParentType, ContextType, Partial<QueryPaymentEventsArgs>>;
  paymentEventsHead?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paymentReceipt?: Resolver<Maybe<ResolversTypes['PaymentReceipt']>, ParentType, ContextType, RequireFields<QueryPaymentReceiptArgs, 'referenceNumber'>>;
  payments?: Resolver<ResolversTypes['PaymentConnection'], ParentType, ContextType, Partial<QueryPaymentsArgs>>;
  reconcilePayments?: Resolver<ResolversTypes['ReconciliationReport'], ParentType, ContextType, RequireFields<QueryReconcilePaymentsArgs, 'input'>>;
  validatePayment?: Resolver<ResolversTypes['ValidationResult'], ParentType, ContextType, RequireFields<QueryValidatePaymentArgs, 'input'>>;
}>;

export type ReconciliationReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReconciliationReport'] = ResolversParentTypes['ReconciliationReport']> = ResolversObject<{
  amountMismatches?: Resolver<Array<ResolversTypes['AmountMismatch']>, ParentType, ContextType>;
  balanced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  corePaymentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  crmPaymentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  extraInCrm?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType>;
  matchedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  missingInCrm?: Resolver<Array<ResolversTypes['MissingPayment']>, ParentType, ContextType>;
  sourceSystem?: Resolver<Maybe<ResolversTypes['SourceSystem']>, ParentType, ContextType>;
  statusMismatches?: Resolver<Array<ResolversTypes['StatusMismatch']>, ParentType, ContextType>;
}>;

export type RecordErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordError'] = ResolversParentTypes['RecordError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RecordPaymentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordPaymentPayload'] = ResolversParentTypes['RecordPaymentPayload']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['PaymentEvent']>, ParentType, ContextType>;
  payment?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
}>;

export type StatusMismatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatusMismatch'] = ResolversParentTypes['StatusMismatch']> = ResolversObject<{
  coreStatus?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
  crmStatus?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
  payment?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
  referenceNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  paymentEvents?: SubscriptionResolver<ResolversTypes['PaymentEvent'], "paymentEvents", ParentType, ContextType, Partial<SubscriptionPaymentEventsArgs>>;
}>;

export type SyncPaymentResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SyncPaymentResult'] = ResolversParentTypes['SyncPaymentResult']> = ResolversObject<{
  error?: Resolver<Maybe<ResolversTypes['RecordError']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['SyncRecordOutcome'], ParentType, ContextType>;
  payment?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType>;
  referenceNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SyncPaymentsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SyncPaymentsPayload'] = ResolversParentTypes['SyncPaymentsPayload']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['SyncPaymentResult']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ValidationProblemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ValidationProblem'] = ResolversParentTypes['ValidationProblem']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ValidationResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ValidationResult'] = ResolversParentTypes['ValidationResult']> = ResolversObject<{
  problems?: Resolver<Array<ResolversTypes['ValidationProblem']>, ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AmountMismatch?: AmountMismatchResolvers<ContextType>;
  CollectionsAtHead?: CollectionsAtHeadResolvers<ContextType>;
  CollectionsGroup?: CollectionsGroupResolvers<ContextType>;
  CollectionsSummary?: CollectionsSummaryResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  JSON?: GraphQLScalarType;
  Loan?: LoanResolvers<ContextType>;
  MissingPayment?: MissingPaymentResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PaymentAuditEntry?: PaymentAuditEntryResolvers<ContextType>;
  PaymentAuditEntryConnection?: PaymentAuditEntryConnectionResolvers<ContextType>;
  PaymentAuditEntryEdge?: PaymentAuditEntryEdgeResolvers<ContextType>;
  PaymentConnection?: PaymentConnectionResolvers<ContextType>;
  PaymentEdge?: PaymentEdgeResolvers<ContextType>;
  PaymentEvent?: PaymentEventResolvers<ContextType>;
  PaymentEventConnection?: PaymentEventConnectionResolvers<ContextType>;
  PaymentEventEdge?: PaymentEventEdgeResolvers<ContextType>;
  PaymentNotificationPayload?: PaymentNotificationPayloadResolvers<ContextType>;
  PaymentReceipt?: PaymentReceiptResolvers<ContextType>;
  PaymentStatusChangePayload?: PaymentStatusChangePayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReconciliationReport?: ReconciliationReportResolvers<ContextType>;
  RecordError?: RecordErrorResolvers<ContextType>;
  RecordPaymentPayload?: RecordPaymentPayloadResolvers<ContextType>;
  StatusMismatch?: StatusMismatchResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SyncPaymentResult?: SyncPaymentResultResolvers<ContextType>;
  SyncPaymentsPayload?: SyncPaymentsPayloadResolvers<ContextType>;
  ValidationProblem?: ValidationProblemResolvers<ContextType>;
  ValidationResult?: ValidationResultResolvers<ContextType>;
}>;

