import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomerRow, PhoneRow, AddressRow, EmailRow, LoanRow, CollateralRow, LoanCollateralRow, DueSegmentationRow, ReferenceCustomerRow, SyncRunRow, SyncRunEntityRow, SyncRunErrorRow, SyncStatusRow, StaleRecordRow, PaymentConsumerStatusRow, AuditEntryRow, SyncEventRow } from '../db/database';
import type { TeamReference } from '../queries/team-portfolio';
import type { KeyState } from '../repository/sync-records';
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
  /** A JSON object, e.g. one record of a core-system export with the seed 000 column names in snake_case as fields. */
  JSONObject: { input: unknown; output: Record<string, unknown>; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A customer's postal address. */
export type Address = {
  __typename?: 'Address';
  /** First address line. */
  addressLine1: Scalars['String']['output'];
  /** Second address line. */
  addressLine2?: Maybe<Scalars['String']['output']>;
  /** CIF of the customer the address belongs to. */
  cif: Scalars['String']['output'];
  /** City. */
  city: Scalars['String']['output'];
  /** Country. */
  country: Scalars['String']['output'];
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** User or system that created the record. */
  createdBy: Scalars['String']['output'];
  /** District. */
  district: Scalars['String']['output'];
  /** Internal identifier of the record. */
  id: Scalars['ID']['output'];
  /** Whether the record may be modified in the CRM. */
  isEditable: Scalars['Boolean']['output'];
  /** Whether this is the customer's primary address. */
  isPrimary: Scalars['Boolean']['output'];
  /** Whether the address has been verified. */
  isVerified: Scalars['Boolean']['output'];
  /** When the record was last synchronized from its source system. */
  lastSyncedAt?: Maybe<Scalars['DateTime']['output']>;
  /** System the record came from. */
  sourceSystem: SourceSystem;
  /** State or province. */
  state: Scalars['String']['output'];
  /** Kind of address, e.g. HOME, WORK, BILLING; one address of each kind per customer. */
  type: Scalars['String']['output'];
  /** When the record was last updated. */
  updatedAt: Scalars['DateTime']['output'];
  /** User or system that last updated the record. */
  updatedBy: Scalars['String']['output'];
  /** When the address was verified. */
  verificationDate?: Maybe<Scalars['DateTime']['output']>;
};

/** One change to bank-sync's data. */
export type BankSyncAuditEntry = {
  __typename?: 'BankSyncAuditEntry';
  /** User or system that made it. */
  actor: Scalars['String']['output'];
  /** The state after the change. */
  after?: Maybe<Scalars['JSONObject']['output']>;
  /** The state before the change; null for a creation. */
  before?: Maybe<Scalars['JSONObject']['output']>;
  /** Key of what changed: a run id, a loan account number. */
  entityKey: Scalars['String']['output'];
  /** What changed: `SyncRun`, `Loan` or a sync entity type such as `customers` (one entry per batch of a run). */
  entityType: Scalars['String']['output'];
  /** Id of the entry; later entries have larger ids. */
  id: Scalars['ID']['output'];
  /** When the change was committed. */
  occurredAt: Scalars['DateTime']['output'];
  /** The operation: `runSync`, `pushSyncBatch`, `applyPayment` or `reversePayment` (the payment-event consumer). */
  operation: Scalars['String']['output'];
};

/** A page of audit entries, newest first. */
export type BankSyncAuditEntryConnection = {
  __typename?: 'BankSyncAuditEntryConnection';
  /** The entries of this page, each with its cursor. */
  edges: Array<BankSyncAuditEntryEdge>;
  /** The entries of this page. */
  nodes: Array<BankSyncAuditEntry>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
};

/** An entry in a page of audit entries. */
export type BankSyncAuditEntryEdge = {
  __typename?: 'BankSyncAuditEntryEdge';
  /** Cursor of this entry; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: BankSyncAuditEntry;
};

/** An asset (vehicle, property) pledged as security for loans. */
export type Collateral = {
  __typename?: 'Collateral';
  /** Property address. */
  address?: Maybe<Scalars['String']['output']>;
  /** CIF of the customer who owns the asset. */
  cif: Scalars['String']['output'];
  /** Collateral number in the core banking system (natural key). */
  collateralNumber: Scalars['String']['output'];
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** User or system that created the record. */
  createdBy: Scalars['String']['output'];
  /** The customer who owns the asset. */
  customer: Customer;
  /** Description of the asset. */
  description: Scalars['String']['output'];
  /** Internal identifier of the record. */
  id: Scalars['ID']['output'];
  /** Whether the record may be modified in the CRM. */
  isEditable: Scalars['Boolean']['output'];
  /** When the record was last synchronized from its source system. */
  lastSyncedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Vehicle license plate. */
  licensePlate?: Maybe<Scalars['String']['output']>;
  /** Loans the asset secures, by account number. */
  loans: Array<Loan>;
  /** Vehicle make. */
  make?: Maybe<Scalars['String']['output']>;
  /** Vehicle model. */
  model?: Maybe<Scalars['String']['output']>;
  /** Kind of property, e.g. APARTMENT, HOUSE, LAND, COMMERCIAL. */
  propertyType?: Maybe<Scalars['String']['output']>;
  /** Property size. */
  size?: Maybe<Scalars['Decimal']['output']>;
  /** System the record came from. */
  sourceSystem: SourceSystem;
  /** Property title number. */
  titleNumber?: Maybe<Scalars['String']['output']>;
  /** Kind of asset, e.g. VEHICLE or PROPERTY. */
  type: Scalars['String']['output'];
  /** When the record was last updated. */
  updatedAt: Scalars['DateTime']['output'];
  /** User or system that last updated the record. */
  updatedBy: Scalars['String']['output'];
  /** When the value was assessed. */
  valuationDate: Scalars['Date']['output'];
  /** Assessed value. */
  value: Scalars['Decimal']['output'];
  /** Vehicle identification number. */
  vin?: Maybe<Scalars['String']['output']>;
  /** Vehicle model year. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** An amount of money in one currency. */
export type CurrencyAmount = {
  __typename?: 'CurrencyAmount';
  /** The amount, exact. */
  amount: Scalars['Decimal']['output'];
  /** ISO 4217 currency code. */
  currency: Scalars['String']['output'];
};

/** A part of a portfolio as a fraction of the whole, in one currency (amounts are never added across currencies). */
export type CurrencyShare = {
  __typename?: 'CurrencyShare';
  /** The part: outstanding of the bucket's loans in this currency. */
  amount: Scalars['Decimal']['output'];
  /** ISO 4217 currency code. */
  currency: Scalars['String']['output'];
  /**
   * `amount` divided by `total`, a fraction between 0 and 1 rounded half up to 6 decimal places ("0.125000" is
   * 12.5 %); "0.000000" when `total` is zero.
   */
  ratio: Scalars['Decimal']['output'];
  /** The whole: outstanding of every loan of the filtered portfolio in this currency. */
  total: Scalars['Decimal']['output'];
};

/** An individual or organizational customer of the bank, as synchronized from a core banking system. */
export type Customer = {
  __typename?: 'Customer';
  /** Postal addresses, primary first, then by type. */
  addresses: Array<Address>;
  /** Customer identification number in the core banking system (natural key). */
  cif: Scalars['String']['output'];
  /** Assets the customer owns that secure loans, by collateral number. */
  collaterals: Array<Collateral>;
  /** Organization's name. */
  companyName?: Maybe<Scalars['String']['output']>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** User or system that created the record. */
  createdBy: Scalars['String']['output'];
  /** Individual's date of birth. */
  dateOfBirth?: Maybe<Scalars['Date']['output']>;
  /** Email addresses, primary first, then by address. */
  emails: Array<Email>;
  /** Individual's gender, e.g. MALE or FEMALE. */
  gender?: Maybe<Scalars['String']['output']>;
  /** Internal identifier of the record. */
  id: Scalars['ID']['output'];
  /** Whether the record may be modified in the CRM. */
  isEditable: Scalars['Boolean']['output'];
  /** When the record was last synchronized from its source system. */
  lastSyncedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Loans the customer holds, by account number. */
  loans: Array<Loan>;
  /** Individual's name. */
  name?: Maybe<Scalars['String']['output']>;
  /** Individual's national ID number. */
  nationalId?: Maybe<Scalars['String']['output']>;
  /** Phone numbers, primary first, then by type. */
  phones: Array<Phone>;
  /** Related parties (spouses, guarantors, employers, ...), by their CIF. */
  referenceCustomers: Array<ReferenceCustomer>;
  /** Organization's registration number. */
  registrationNumber?: Maybe<Scalars['String']['output']>;
  /** Customer segment, e.g. RETAIL, PRIORITY, SME, CORPORATE. */
  segment: Scalars['String']['output'];
  /** System the record came from. */
  sourceSystem: SourceSystem;
  /** Relationship status. */
  status: CustomerStatus;
  /** Tax ID. */
  taxId?: Maybe<Scalars['String']['output']>;
  /** Person or company. */
  type: CustomerType;
  /** When the record was last updated. */
  updatedAt: Scalars['DateTime']['output'];
  /** User or system that last updated the record. */
  updatedBy: Scalars['String']['output'];
};

/** A page of customers. */
export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  /** The customers of this page, each with its cursor. */
  edges: Array<CustomerEdge>;
  /** The customers of this page. */
  nodes: Array<Customer>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
};

/** A customer in a page of customers. */
export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  /** Cursor of this customer; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The customer. */
  node: Customer;
};

/** Criteria for `customers`; a customer must meet every criterion given. */
export type CustomerFilter = {
  /** Exact customer identification number. */
  cif?: InputMaybe<Scalars['String']['input']>;
  /** Part of the individual's name or of the company name, ignoring case; not for a caller who sees names masked. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Exact national ID number of an individual; not for a caller who sees national ids masked. */
  nationalId?: InputMaybe<Scalars['String']['input']>;
  /** Exact registration number of an organization. */
  registrationNumber?: InputMaybe<Scalars['String']['input']>;
  /** Exact customer segment, e.g. RETAIL, PRIORITY, SME, CORPORATE. */
  segment?: InputMaybe<Scalars['String']['input']>;
  /** System the customer record came from (seed 004 findBySourceSystem). */
  sourceSystem?: InputMaybe<SourceSystem>;
  /** Relationship status. */
  status?: InputMaybe<CustomerStatus>;
  /** Person or company. */
  type?: InputMaybe<CustomerType>;
};

/** Whether the bank still has a relationship with the customer. */
export type CustomerStatus =
  /** The customer has an active relationship with the bank. */
  | 'ACTIVE'
  /** The customer's relationship with the bank has ended. */
  | 'INACTIVE';

/** Whether a customer is a person or a company. */
export type CustomerType =
  /** A natural person: `name`, `dateOfBirth`, `nationalId` and `gender` apply. */
  | 'INDIVIDUAL'
  /** A company or other legal entity: `companyName`, `registrationNumber` and `taxId` apply. */
  | 'ORGANIZATION';

/** The open loans whose days past due fall in one delinquency bucket. */
export type DelinquencyBucket = {
  __typename?: 'DelinquencyBucket';
  /** The bucket's name: CURRENT, 1-30, 31-60, 61-90, 91-180 or 181+. */
  label: Scalars['String']['output'];
  /** Open loans in the bucket. */
  loanCount: Scalars['Int']['output'];
  /** Most days past due of the bucket, inclusive; null for the open-ended 181+ bucket. */
  maxDpd?: Maybe<Scalars['Int']['output']>;
  /** Fewest days past due of the bucket, inclusive. */
  minDpd: Scalars['Int']['output'];
  /** Outstanding balance of the bucket's loans, per currency, by currency code; a currency without loans in the bucket is left out. */
  outstanding: Array<CurrencyAmount>;
  /**
   * The bucket's share of the filtered portfolio's outstanding, one entry per currency the portfolio holds (by
   * currency code), also when the bucket has no loan in it.
   */
  share: Array<CurrencyShare>;
};

/** The amount of a loan due on one date, split by what it repays. */
export type DueSegmentation = {
  __typename?: 'DueSegmentation';
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** User or system that created the record. */
  createdBy: Scalars['String']['output'];
  /** Date the amount falls due. */
  dueDate: Scalars['Date']['output'];
  /** Part of the due amount that pays fees. */
  feesAmount: Scalars['Decimal']['output'];
  /** Internal identifier of the record. */
  id: Scalars['ID']['output'];
  /** Part of the due amount that pays interest. */
  interestAmount: Scalars['Decimal']['output'];
  /** Whether the record may be modified in the CRM. */
  isEditable: Scalars['Boolean']['output'];
  /** When the record was last synchronized from its source system. */
  lastSyncedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Account number of the loan. */
  loanAccountNumber: Scalars['String']['output'];
  /** Part of the due amount that pays penalties. */
  penaltyAmount: Scalars['Decimal']['output'];
  /** Part of the due amount that repays principal. */
  principalAmount: Scalars['Decimal']['output'];
  /** System the record came from. */
  sourceSystem: SourceSystem;
  /** When the record was last updated. */
  updatedAt: Scalars['DateTime']['output'];
  /** User or system that last updated the record. */
  updatedBy: Scalars['String']['output'];
};

/** A customer's email address. */
export type Email = {
  __typename?: 'Email';
  /** Email address. */
  address: Scalars['String']['output'];
  /** CIF of the customer the address belongs to. */
  cif: Scalars['String']['output'];
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** User or system that created the record. */
  createdBy: Scalars['String']['output'];
  /** Internal identifier of the record. */
  id: Scalars['ID']['output'];
  /** Whether the record may be modified in the CRM. */
  isEditable: Scalars['Boolean']['output'];
  /** Whether this is the customer's primary email. */
  isPrimary: Scalars['Boolean']['output'];
  /** Whether the address has been verified. */
  isVerified: Scalars['Boolean']['output'];
  /** When the record was last synchronized from its source system. */
  lastSyncedAt?: Maybe<Scalars['DateTime']['output']>;
  /** System the record came from. */
  sourceSystem: SourceSystem;
  /** When the record was last updated. */
  updatedAt: Scalars['DateTime']['output'];
  /** User or system that last updated the record. */
  updatedBy: Scalars['String']['output'];
  /** When the address was verified. */
  verificationDate?: Maybe<Scalars['DateTime']['output']>;
};

/** A loan issued to a customer, with its current balances and delinquency. */
export type Loan = {
  __typename?: 'Loan';
  /** Loan account number in the core banking system (natural key). */
  accountNumber: Scalars['String']['output'];
  /** CIF of the borrowing customer. */
  cif: Scalars['String']['output'];
  /** When the loan was closed. */
  closeDate?: Maybe<Scalars['Date']['output']>;
  /** Links between the loan and its collaterals, with when and from where each was recorded; by collateral number. */
  collateralLinks: Array<LoanCollateral>;
  /** Collaterals securing the loan, by collateral number. */
  collaterals: Array<Collateral>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** User or system that created the record. */
  createdBy: Scalars['String']['output'];
  /** ISO 4217 currency code of every amount of the loan. */
  currency: Scalars['String']['output'];
  /** The borrowing customer. */
  customer: Customer;
  /** Delinquency bucket, e.g. CURRENT, BUCKET_1 (1-30 days past due) ... BUCKET_4, WRITE_OFF. */
  delinquencyStatus: Scalars['String']['output'];
  /** When the loan was paid out. */
  disbursementDate: Scalars['Date']['output'];
  /** Days past due. */
  dpd: Scalars['Int']['output'];
  /** Amount currently due. */
  dueAmount: Scalars['Decimal']['output'];
  /** Amounts due by due date, split into principal, interest, fees and penalties; earliest first. */
  dueSegmentations: Array<DueSegmentation>;
  /** Internal identifier of the record. */
  id: Scalars['ID']['output'];
  /** Interest rate, in percent a year. */
  interestRate: Scalars['Decimal']['output'];
  /** Whether the record may be modified in the CRM. */
  isEditable: Scalars['Boolean']['output'];
  /** When the record was last synchronized from its source system. */
  lastSyncedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Credit limit of overdrafts and cards. */
  limit?: Maybe<Scalars['Decimal']['output']>;
  /** When the loan is due in full. */
  maturityDate: Scalars['Date']['output'];
  /** Minimum payment of a card. */
  minPay?: Maybe<Scalars['Decimal']['output']>;
  /** When the next installment falls due. */
  nextPaymentDate: Scalars['Date']['output'];
  /** Amount originally lent. */
  originalAmount: Scalars['Decimal']['output'];
  /** Current outstanding balance. */
  outstanding: Scalars['Decimal']['output'];
  /** How often installments fall due, e.g. MONTHLY or QUARTERLY. */
  paymentFrequency: Scalars['String']['output'];
  /** Loan product, e.g. PERSONAL_LOAN, AUTO_LOAN, MORTGAGE, CREDIT_CARD, OVERDRAFT, BUSINESS_LOAN. */
  productType: Scalars['String']['output'];
  /** Amount still to be repaid. */
  remainingAmount: Scalars['Decimal']['output'];
  /** How the loan was resolved, e.g. PAID_OFF, SETTLED, WRITTEN_OFF, RESTRUCTURED. */
  resolutionCode?: Maybe<Scalars['String']['output']>;
  /** Notes on the resolution. */
  resolutionNotes?: Maybe<Scalars['String']['output']>;
  /** System the record came from. */
  sourceSystem: SourceSystem;
  /** Whether the loan is open or closed. */
  status: LoanStatus;
  /** Loan term in months. */
  term: Scalars['Int']['output'];
  /** When the record was last updated. */
  updatedAt: Scalars['DateTime']['output'];
  /** User or system that last updated the record. */
  updatedBy: Scalars['String']['output'];
};

/** The link saying that a collateral secures a loan. */
export type LoanCollateral = {
  __typename?: 'LoanCollateral';
  /** The securing collateral. */
  collateral: Collateral;
  /** Number of the securing collateral. */
  collateralNumber: Scalars['String']['output'];
  /** When the link was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Internal identifier of the record. */
  id: Scalars['ID']['output'];
  /** The secured loan. */
  loan: Loan;
  /** Account number of the secured loan. */
  loanAccountNumber: Scalars['String']['output'];
  /** System the link came from. */
  sourceSystem: SourceSystem;
  /** When the link was last updated. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of loans. */
export type LoanConnection = {
  __typename?: 'LoanConnection';
  /** The loans of this page, each with its cursor. */
  edges: Array<LoanEdge>;
  /** The loans of this page. */
  nodes: Array<Loan>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
};

/** A loan in a page of loans. */
export type LoanEdge = {
  __typename?: 'LoanEdge';
  /** Cursor of this loan; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The loan. */
  node: Loan;
};

/** Criteria for `loans`; a loan must meet every criterion given. */
export type LoanFilter = {
  /** CIF of the borrowing customer. */
  cif?: InputMaybe<Scalars['String']['input']>;
  /** Delinquency statuses to include, e.g. BUCKET_1 or WRITE_OFF; an empty list matches no loan. */
  delinquencyStatus?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Most days past due, inclusive; not negative and not below `dpdMin`. */
  dpdMax?: InputMaybe<Scalars['Int']['input']>;
  /** Fewest days past due, inclusive; not negative. */
  dpdMin?: InputMaybe<Scalars['Int']['input']>;
  /** Product types to include, e.g. PERSONAL_LOAN or CREDIT_CARD; an empty list matches no loan. */
  productType?: InputMaybe<Array<Scalars['String']['input']>>;
  /** System the loan record came from (seed 004 findBySourceSystem). */
  sourceSystem?: InputMaybe<SourceSystem>;
  /** Loan status. */
  status?: InputMaybe<LoanStatus>;
};

/** Order of the loans in a `loans` page. */
export type LoanOrder =
  /** By account number, ascending. */
  | 'ACCOUNT_NUMBER'
  /** Most days past due first; loans with equal days past due by account number, ascending. */
  | 'DPD_DESC';

/** Whether a loan is still running. */
export type LoanStatus =
  /** The loan is closed; `closeDate` and `resolutionCode` say when and how. */
  | 'CLOSED'
  /** The loan is running and may carry dues. */
  | 'OPEN';

/** Writes of bank-sync: synchronisation from the core banking systems. Each needs the ADMIN or SYSTEM role. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Applies up to 1,000 records of one entity type sent in the request, through the same validation and upsert as `runSync`. */
  pushSyncBatch: PushSyncBatchPayload;
  /**
   * Imports the exports of one source system waiting in the sync inbox (seed 004 POST /api/sync/run,
   * syncAllEntities / syncEntityType): every `<SOURCE>_<entity>_*.jsonl|csv` file of the chosen entity types, in
   * dependency order, each record validated and upserted by its natural key; rejected records are listed in the run's
   * `errors`. Processed files move to `processed/<run id>/`. Re-running an identical export changes no row.
   */
  runSync: RunSyncPayload;
};


/** Writes of bank-sync: synchronisation from the core banking systems. Each needs the ADMIN or SYSTEM role. */
export type MutationPushSyncBatchArgs = {
  input: PushSyncBatchInput;
};


/** Writes of bank-sync: synchronisation from the core banking systems. Each needs the ADMIN or SYSTEM role. */
export type MutationRunSyncArgs = {
  input: RunSyncInput;
};

/** Where a page of a connection ends and whether another follows. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** How far the loan-balance consumer (`bank-sync.loan-balances`) has applied the payment events. */
export type PaymentConsumerStatus = {
  __typename?: 'PaymentConsumerStatus';
  /** Name of the consumer. */
  consumer: Scalars['String']['output'];
  /** Sequence of the last payment event applied, a decimal string; null before the first. */
  lastSequence?: Maybe<Scalars['String']['output']>;
  /** When the checkpoint last moved. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A customer's phone number. */
export type Phone = {
  __typename?: 'Phone';
  /** CIF of the customer the number belongs to. */
  cif: Scalars['String']['output'];
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** User or system that created the record. */
  createdBy: Scalars['String']['output'];
  /** Internal identifier of the record. */
  id: Scalars['ID']['output'];
  /** Whether the record may be modified in the CRM. */
  isEditable: Scalars['Boolean']['output'];
  /** Whether this is the customer's primary phone. */
  isPrimary: Scalars['Boolean']['output'];
  /** Whether the number has been verified. */
  isVerified: Scalars['Boolean']['output'];
  /** When the record was last synchronized from its source system. */
  lastSyncedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Phone number. */
  number: Scalars['String']['output'];
  /** System the record came from. */
  sourceSystem: SourceSystem;
  /** Kind of phone, e.g. MOBILE, HOME, WORK; one number of each kind per customer. */
  type: Scalars['String']['output'];
  /** When the record was last updated. */
  updatedAt: Scalars['DateTime']['output'];
  /** User or system that last updated the record. */
  updatedBy: Scalars['String']['output'];
  /** When the number was verified. */
  verificationDate?: Maybe<Scalars['DateTime']['output']>;
};

/** The portfolio at risk of one group in one currency. */
export type PortfolioAtRisk = {
  __typename?: 'PortfolioAtRisk';
  /** Outstanding of the loans at risk. */
  atRisk: Scalars['Decimal']['output'];
  /** Open loans of the group in this currency more than `days` days past due. */
  atRiskLoanCount: Scalars['Int']['output'];
  /** ISO 4217 currency code of every amount here. */
  currency: Scalars['String']['output'];
  /** Days past due a loan must exceed to be at risk (the `days` asked for). */
  days: Scalars['Int']['output'];
  /** Which group: a product type or a segment, as `groupBy` says; null when not grouped. */
  key?: Maybe<Scalars['String']['output']>;
  /** Open loans of the group in this currency. */
  loanCount: Scalars['Int']['output'];
  /** Outstanding of all open loans of the group in this currency. */
  outstanding: Scalars['Decimal']['output'];
  /**
   * `atRisk` divided by `outstanding`, a fraction between 0 and 1 rounded half up to 6 decimal places ("0.083000"
   * is a PAR of 8.3 %); "0.000000" when `outstanding` is zero.
   */
  ratio: Scalars['Decimal']['output'];
};

/**
 * Which open loans an analytics field looks at; a loan must meet every criterion given. An absent criterion does
 * not filter; an empty list matches no loan.
 */
export type PortfolioFilter = {
  /** Product types to include, e.g. PERSONAL_LOAN or CREDIT_CARD. */
  productType?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Segments of the borrowing customer to include, e.g. RETAIL, PRIORITY, SME, CORPORATE. */
  segment?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Systems the loan records came from. */
  sourceSystem?: InputMaybe<Array<SourceSystem>>;
};

/** How `portfolioAtRisk` splits the portfolio; each answer's `key` says which part it is. */
export type PortfolioGroupBy =
  /** The whole portfolio; `key` is null. */
  | 'NONE'
  /** By the loan's product type; `key` is the product type, e.g. CREDIT_CARD. */
  | 'PRODUCT_TYPE'
  /** By the borrowing customer's segment; `key` is the segment, e.g. SME. */
  | 'SEGMENT';

/** What `pushSyncBatch` applies. */
export type PushSyncBatchInput = {
  /** Entity type of every record. */
  entityType: SyncEntityType;
  /** 1 to 1,000 records, each an object with the seed 000 column names in snake_case as fields. */
  records: Array<Scalars['JSONObject']['input']>;
  /** The core system the records come from: T24, W4 or OTHER. */
  sourceSystem: SourceSystem;
};

/** The result of `pushSyncBatch`. */
export type PushSyncBatchPayload = {
  __typename?: 'PushSyncBatchPayload';
  /** The finished run, with its counts and rejected records. */
  run: SyncRun;
};

/** Customers and loans synchronized from the core banking systems (T24, W4, others). */
export type Query = {
  __typename?: 'Query';
  /** Changes to bank-sync's data, newest first: who, when, which entity, before and after. Needs the ADMIN role. */
  bankSyncAuditLog: BankSyncAuditEntryConnection;
  /** The collateral with this number, or null when there is none. */
  collateral?: Maybe<Collateral>;
  /** The customer with this CIF, or null when there is none. */
  customer?: Maybe<Customer>;
  /** Customers matching every given filter, ordered by CIF. */
  customers: CustomerConnection;
  /**
   * Open loans by delinquency bucket (docs/value-sets.md): CURRENT (dpd 0), 1-30, 31-60, 61-90, 91-180 and 181+,
   * always all six in that order, each with its loan count, its outstanding per currency and its share of the
   * filtered portfolio's outstanding per currency. Closed loans are not counted. Computed by one SQL aggregation
   * over the loans as last synchronised.
   */
  delinquencyBuckets: Array<DelinquencyBucket>;
  /** The loan with this account number, or null when there is none. */
  loan?: Maybe<Loan>;
  /** Loans matching every given filter: the delinquency work queue. */
  loans: LoanConnection;
  /** How far the loan-balance consumer has applied the payment subgraph's events. */
  paymentConsumerStatus: PaymentConsumerStatus;
  /**
   * Portfolio at risk (seed 003's PAR): the outstanding of open loans more than `days` days past due divided by the
   * outstanding of all open loans, per currency (never added across currencies) and per group. Computed by one SQL
   * aggregation over the loans as last synchronised; closed loans are not counted. Groups are ordered by key, then
   * currency; a group or currency without open loans is left out.
   */
  portfolioAtRisk: Array<PortfolioAtRisk>;
  /**
   * Records of one entity type that no export has carried since `olderThan` (seed 004 findStaleRecords), by natural key.
   * A record never seen by a sync (created in the CRM) counts as stale.
   */
  staleRecords: StaleRecordConnection;
  /** Sync events after `after`, oldest first: the outbox as a page (seed 004 SyncEvent). */
  syncEvents: SyncEventConnection;
  /**
   * The cursor of the newest sync event (\"0\" when there is none). A subscription with this as `after` receives
   * every event committed from now on.
   */
  syncEventsHead: Scalars['String']['output'];
  /** The sync run with this id, or null when there is none. */
  syncRun?: Maybe<SyncRun>;
  /** Sync runs, newest first: the synchronisation history. */
  syncRuns: SyncRunConnection;
  /** The latest sync run of every source system for every entity type it has synchronised (seed 004 GET /api/sync/status). */
  syncStatus: Array<SyncStatus>;
};


/** Customers and loans synchronized from the core banking systems (T24, W4, others). */
export type QueryBankSyncAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityKey?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Customers and loans synchronized from the core banking systems (T24, W4, others). */
export type QueryCollateralArgs = {
  collateralNumber: Scalars['String']['input'];
};


/** Customers and loans synchronized from the core banking systems (T24, W4, others). */
export type QueryCustomerArgs = {
  cif: Scalars['String']['input'];
};


/** Customers and loans synchronized from the core banking systems (T24, W4, others). */
export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Customers and loans synchronized from the core banking systems (T24, W4, others). */
export type QueryDelinquencyBucketsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  filter?: InputMaybe<PortfolioFilter>;
};


/** Customers and loans synchronized from the core banking systems (T24, W4, others). */
export type QueryLoanArgs = {
  accountNumber: Scalars['String']['input'];
};


/** Customers and loans synchronized from the core banking systems (T24, W4, others). */
export type QueryLoansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LoanFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<LoanOrder>;
};


/** Customers and loans synchronized from the core banking systems (T24, W4, others). */
export type QueryPortfolioAtRiskArgs = {
  days: Scalars['Int']['input'];
  filter?: InputMaybe<PortfolioFilter>;
  groupBy?: InputMaybe<PortfolioGroupBy>;
};


/** Customers and loans synchronized from the core banking systems (T24, W4, others). */
export type QueryStaleRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityType: SyncEntityType;
  first?: InputMaybe<Scalars['Int']['input']>;
  olderThan: Scalars['DateTime']['input'];
  sourceSystem?: InputMaybe<SourceSystem>;
};


/** Customers and loans synchronized from the core banking systems (T24, W4, others). */
export type QuerySyncEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SyncEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Customers and loans synchronized from the core banking systems (T24, W4, others). */
export type QuerySyncRunArgs = {
  id: Scalars['ID']['input'];
};


/** Customers and loans synchronized from the core banking systems (T24, W4, others). */
export type QuerySyncRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SyncRunFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A party related to a customer (spouse, guarantor, employer, ...), a possible contact for collection. */
export type ReferenceCustomer = {
  __typename?: 'ReferenceCustomer';
  /** Organization's name. */
  companyName?: Maybe<Scalars['String']['output']>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** User or system that created the record. */
  createdBy: Scalars['String']['output'];
  /** Individual's date of birth. */
  dateOfBirth?: Maybe<Scalars['Date']['output']>;
  /** Individual's gender, e.g. MALE or FEMALE. */
  gender?: Maybe<Scalars['String']['output']>;
  /** Internal identifier of the record. */
  id: Scalars['ID']['output'];
  /** Whether the record may be modified in the CRM. */
  isEditable: Scalars['Boolean']['output'];
  /** When the record was last synchronized from its source system. */
  lastSyncedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Individual's name. */
  name?: Maybe<Scalars['String']['output']>;
  /** Individual's national ID number. */
  nationalId?: Maybe<Scalars['String']['output']>;
  /** CIF of the customer the party is related to. */
  primaryCif: Scalars['String']['output'];
  /** The related party's own CIF (natural key). */
  refCif: Scalars['String']['output'];
  /** Organization's registration number. */
  registrationNumber?: Maybe<Scalars['String']['output']>;
  /** How the party relates to the customer, e.g. SPOUSE, GUARANTOR, PARENT, SIBLING, EMPLOYER, BUSINESS_PARTNER. */
  relationshipType: Scalars['String']['output'];
  /** System the record came from. */
  sourceSystem: SourceSystem;
  /** Tax ID. */
  taxId?: Maybe<Scalars['String']['output']>;
  /** Person or company. */
  type: CustomerType;
  /** When the record was last updated. */
  updatedAt: Scalars['DateTime']['output'];
  /** User or system that last updated the record. */
  updatedBy: Scalars['String']['output'];
};

/** What `runSync` imports. */
export type RunSyncInput = {
  /** Entity types to import, at least one; omit to import every entity type. They are applied in dependency order. */
  entityTypes?: InputMaybe<Array<SyncEntityType>>;
  /** The core system whose exports to import: T24, W4 or OTHER (CRM records are not synchronised). */
  sourceSystem: SourceSystem;
};

/** The result of `runSync`. */
export type RunSyncPayload = {
  __typename?: 'RunSyncPayload';
  /** The finished run, with its counts and rejected records. */
  run: SyncRun;
};

/** The core or internal system a record came from. */
export type SourceSystem =
  /** Created in the CRM itself; never synchronised. */
  | 'CRM'
  /** Another core system. */
  | 'OTHER'
  /** Temenos T24 core banking. */
  | 'T24'
  /** Way4 card processing. */
  | 'W4';

/** A record no export has carried since a date. */
export type StaleRecord = {
  __typename?: 'StaleRecord';
  /** Its entity type. */
  entityType: SyncEntityType;
  /** Its natural key by field, e.g. {"cif": "CIF001", "type": "MOBILE"}. */
  key: Scalars['JSONObject']['output'];
  /** When an export last carried the record; null when none has since sightings were kept. */
  lastSeenAt?: Maybe<Scalars['DateTime']['output']>;
  /** When a sync last wrote the record (an identical record is not rewritten); null for loan-collateral links. */
  lastSyncedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Its natural key, parts joined by `/` (`CIF001/MOBILE`). */
  naturalKey: Scalars['String']['output'];
  /** System the record came from. */
  sourceSystem: SourceSystem;
};

/** A page of stale records, by natural key. */
export type StaleRecordConnection = {
  __typename?: 'StaleRecordConnection';
  /** The records of this page, each with its cursor. */
  edges: Array<StaleRecordEdge>;
  /** The records of this page. */
  nodes: Array<StaleRecord>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
};

/** A record in a page of stale records. */
export type StaleRecordEdge = {
  __typename?: 'StaleRecordEdge';
  /** Cursor of this record; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The record. */
  node: StaleRecord;
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Every sync event after `after` (replayed from the outbox), then live events, in sequence order, without gap
   * or duplicate. `after` omitted or null: live events only, from now.
   */
  syncEvents: SyncEvent;
};


export type SubscriptionSyncEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SyncEventFilter>;
};

/** An entity type core systems export; its files are named with the lower-case name, e.g. `T24_loan_collaterals_20260131.csv`. */
export type SyncEntityType =
  /** `addresses`, keyed by (`cif`, `type`); the customer must exist. */
  | 'ADDRESSES'
  /** `collaterals`, keyed by `collateral_number`; the customer must exist. */
  | 'COLLATERALS'
  /** `customers`, keyed by `cif`. */
  | 'CUSTOMERS'
  /** `due_segmentations`, keyed by (`loan_account_number`, `due_date`); the loan must exist. */
  | 'DUE_SEGMENTATIONS'
  /** `emails`, keyed by (`cif`, `address`); the customer must exist. */
  | 'EMAILS'
  /** `loans`, keyed by `account_number`; the customer must exist. */
  | 'LOANS'
  /** `loan_collaterals`, keyed by (`loan_account_number`, `collateral_number`); the loan and the collateral must exist. */
  | 'LOAN_COLLATERALS'
  /** `phones`, keyed by (`cif`, `type`); the customer must exist. */
  | 'PHONES'
  /** `reference_customers`, keyed by `ref_cif`; the customer `primary_cif` must exist. */
  | 'REFERENCE_CUSTOMERS';

/** Why a sync run rejected a record, in the codes GraphQL errors use. */
export type SyncErrorCode =
  /** A field is missing, unknown, of the wrong type, too long, out of range or not an allowed value. */
  | 'BAD_USER_INPUT'
  /** The record repeats a natural key of the same run, or names a source system other than the run's. */
  | 'CONFLICT'
  /** The record refers to a customer, loan or collateral that does not exist. */
  | 'NOT_FOUND';

/** One entry of the sync outbox, in commit order. */
export type SyncEvent = {
  __typename?: 'SyncEvent';
  /** ENTITY_UPDATED: natural keys of the records inserted or changed, parts joined by `/` (at most 1,000 per event); unchanged records are never listed. Empty for SYNC_*. */
  affectedRecords: Array<Scalars['String']['output']>;
  /** Opaque resume cursor; pass it as `after` to continue after this event. */
  cursor: Scalars['String']['output'];
  /** ENTITY_UPDATED: the entity type whose records changed; null for SYNC_COMPLETED and SYNC_FAILED. */
  entityType?: Maybe<SyncEntityType>;
  /** The entity types the event concerns: one for ENTITY_UPDATED, the run's for SYNC_COMPLETED and SYNC_FAILED. */
  entityTypes: Array<SyncEntityType>;
  /** SYNC_FAILED: why the run stopped. */
  failureReason?: Maybe<Scalars['String']['output']>;
  /** SYNC_*: records the run inserted. */
  insertedCount?: Maybe<Scalars['Int']['output']>;
  /** ENTITY_UPDATED of loans by a run: each listed loan's status and bucket before and after. */
  loanChanges: Array<SyncLoanChange>;
  /** When the event was written. */
  occurredAt: Scalars['DateTime']['output'];
  /** ENTITY_UPDATED by a payment: the payment's reference number. */
  paymentReferenceNumber?: Maybe<Scalars['String']['output']>;
  /** SYNC_*: records the run rejected. */
  rejectedCount?: Maybe<Scalars['Int']['output']>;
  /** The run that made the change or finished; null for a change a payment made. */
  run?: Maybe<SyncRun>;
  /** Position in the outbox; strictly increasing in commit order. A decimal string (it outgrows 32 bits). */
  sequence: Scalars['String']['output'];
  /** The run's source system; null for a change a payment made. */
  sourceSystem?: Maybe<SourceSystem>;
  /** SYNC_*: the run's final status. */
  status?: Maybe<SyncRunStatus>;
  /** What happened. */
  type: SyncEventType;
  /** SYNC_*: valid records the run found unchanged. */
  unchangedCount?: Maybe<Scalars['Int']['output']>;
  /** SYNC_*: records the run changed. */
  updatedCount?: Maybe<Scalars['Int']['output']>;
};

/** A page of sync events, oldest first. */
export type SyncEventConnection = {
  __typename?: 'SyncEventConnection';
  /** The events of this page with their cursors. */
  edges: Array<SyncEventEdge>;
  /** The events of this page, without cursors. */
  nodes: Array<SyncEvent>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
};

/** A sync event and its position in the outbox. */
export type SyncEventEdge = {
  __typename?: 'SyncEventEdge';
  /** The event's cursor; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: SyncEvent;
};

/** Narrows sync events; every given condition must hold. */
export type SyncEventFilter = {
  /** Only events concerning one of these entity types (a run's SYNC_* events concern every type it covered). Must not be empty. */
  entityTypes?: InputMaybe<Array<SyncEntityType>>;
  /** Only events of these types. Must not be empty. */
  types?: InputMaybe<Array<SyncEventType>>;
};

/** What synchronisation did (seed 004 SyncEvent). */
export type SyncEventType =
  /** Records of one entity type changed: a sync run's batch inserted or changed them, or a payment changed a loan's balances. */
  | 'ENTITY_UPDATED'
  /** A sync run finished (SUCCEEDED or PARTIAL), with its counts. */
  | 'SYNC_COMPLETED'
  /** A sync run stopped on an error, with its counts and reason; the batches it applied before stay applied. */
  | 'SYNC_FAILED';

/** A loan a sync run inserted or changed: its status and bucket before (null when inserted) and after. */
export type SyncLoanChange = {
  __typename?: 'SyncLoanChange';
  /** The loan's account number. */
  accountNumber: Scalars['String']['output'];
  /** The loan's customer. */
  cif: Scalars['String']['output'];
  /** Delinquency bucket after the change (docs/value-sets.md: CURRENT, BUCKET_1 ... WRITE_OFF). */
  delinquencyStatus?: Maybe<Scalars['String']['output']>;
  /** Delinquency bucket before the change; null when the run inserted the loan or it had none. */
  previousDelinquencyStatus?: Maybe<Scalars['String']['output']>;
  /** Status before the change; null when the run inserted the loan. */
  previousStatus?: Maybe<LoanStatus>;
  /** Status after the change. */
  status: LoanStatus;
};

/** One synchronisation run: a file import or a pushed batch, with what it did. */
export type SyncRun = {
  __typename?: 'SyncRun';
  /** The run's counts per entity type, in dependency order. */
  entities: Array<SyncRunEntity>;
  /** Entity types the run covered, in dependency order. */
  entityTypes: Array<SyncEntityType>;
  /** The problems of the rejected records, in the order they were found. */
  errors: SyncRunErrorConnection;
  /** Why the run stopped, when it FAILED. */
  failureReason?: Maybe<Scalars['String']['output']>;
  /** Names of the files the run read, in the order it read them; empty for a pushed batch. */
  files: Array<Scalars['String']['output']>;
  /** When the run finished; null while it runs. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Id of the run. */
  id: Scalars['ID']['output'];
  /** Records that created a row. */
  insertedCount: Scalars['Int']['output'];
  /** Records rejected; each has at least one entry in `errors` (at most 1,000 entries per entity type are kept). */
  rejectedCount: Scalars['Int']['output'];
  /** Core system the records came from. */
  sourceSystem: SourceSystem;
  /** When the run started. */
  startedAt: Scalars['DateTime']['output'];
  /** Where the run stands. */
  status: SyncRunStatus;
  /** What started the run. */
  trigger: SyncTrigger;
  /** User or system that started the run. */
  triggeredBy: Scalars['String']['output'];
  /** Valid records identical to their row, which was left untouched. */
  unchangedCount: Scalars['Int']['output'];
  /** Records that changed an existing row. */
  updatedCount: Scalars['Int']['output'];
};


/** One synchronisation run: a file import or a pushed batch, with what it did. */
export type SyncRunErrorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<SyncEntityType>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of sync runs. */
export type SyncRunConnection = {
  __typename?: 'SyncRunConnection';
  /** The runs of this page, each with its cursor. */
  edges: Array<SyncRunEdge>;
  /** The runs of this page. */
  nodes: Array<SyncRun>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
};

/** A run in a page of sync runs. */
export type SyncRunEdge = {
  __typename?: 'SyncRunEdge';
  /** Cursor of this run; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The run. */
  node: SyncRun;
};

/** A sync run's counts for one entity type. */
export type SyncRunEntity = {
  __typename?: 'SyncRunEntity';
  /** The entity type. */
  entityType: SyncEntityType;
  /** Files of this entity type the run read. */
  files: Array<Scalars['String']['output']>;
  /** Records that created a row. */
  insertedCount: Scalars['Int']['output'];
  /** Records rejected. */
  rejectedCount: Scalars['Int']['output'];
  /** Valid records identical to their row. */
  unchangedCount: Scalars['Int']['output'];
  /** Records that changed an existing row. */
  updatedCount: Scalars['Int']['output'];
};

/** A problem that made a sync run reject a record. */
export type SyncRunError = {
  __typename?: 'SyncRunError';
  /** Position of the record in a pushed batch, from 0. */
  batchIndex?: Maybe<Scalars['Int']['output']>;
  /** Kind of problem. */
  code: SyncErrorCode;
  /** Entity type of the record. */
  entityType: SyncEntityType;
  /** The record field at fault, as named in the export; null when the record could not be read at all. */
  field?: Maybe<Scalars['String']['output']>;
  /** File the record came from; null for a pushed batch. */
  file?: Maybe<Scalars['String']['output']>;
  /** Id of the entry. */
  id: Scalars['ID']['output'];
  /** Line of the file where the record ends (line 1 of a CSV file is its header). */
  line?: Maybe<Scalars['Int']['output']>;
  /** Natural key of the record, parts joined by `/` (`CIF001/MOBILE`), when it could be read. */
  naturalKey?: Maybe<Scalars['String']['output']>;
  /** What is wrong and what is expected. */
  reason: Scalars['String']['output'];
};

/** A page of a run's rejected-record problems. */
export type SyncRunErrorConnection = {
  __typename?: 'SyncRunErrorConnection';
  /** The problems of this page, each with its cursor. */
  edges: Array<SyncRunErrorEdge>;
  /** The problems of this page. */
  nodes: Array<SyncRunError>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
};

/** A problem in a page of a run's problems. */
export type SyncRunErrorEdge = {
  __typename?: 'SyncRunErrorEdge';
  /** Cursor of this problem; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The problem. */
  node: SyncRunError;
};

/** Which sync runs to list. */
export type SyncRunFilter = {
  /** Runs covering this entity type. */
  entityType?: InputMaybe<SyncEntityType>;
  /** Runs of this source system. */
  sourceSystem?: InputMaybe<SourceSystem>;
  /** Runs in this state. */
  status?: InputMaybe<SyncRunStatus>;
  /** Runs started this way. */
  trigger?: InputMaybe<SyncTrigger>;
};

/** Where a sync run stands. */
export type SyncRunStatus =
  /** The run stopped on an error (see `failureReason`); batches applied before it stay applied. */
  | 'FAILED'
  /** The run finished but rejected some records; see its `errors`. */
  | 'PARTIAL'
  /** The run is still applying records. */
  | 'RUNNING'
  /** Every record was applied. */
  | 'SUCCEEDED';

/** The latest sync run of one source system for one entity type, with its counts for that entity type. */
export type SyncStatus = {
  __typename?: 'SyncStatus';
  /** The entity type. */
  entityType: SyncEntityType;
  /** When that run finished; null while it runs. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Records of this entity type the run inserted. */
  insertedCount: Scalars['Int']['output'];
  /** Records of this entity type the run rejected. */
  rejectedCount: Scalars['Int']['output'];
  /** The run itself. */
  run: SyncRun;
  /** The source system. */
  sourceSystem: SourceSystem;
  /** When that run started. */
  startedAt: Scalars['DateTime']['output'];
  /** State of that run. */
  status: SyncRunStatus;
  /** Records of this entity type the run found unchanged. */
  unchangedCount: Scalars['Int']['output'];
  /** Records of this entity type the run updated. */
  updatedCount: Scalars['Int']['output'];
};

/** What started a sync run. */
export type SyncTrigger =
  /** Records pulled from a core system's API (no such connector yet). */
  | 'API'
  /** `runSync`: export files picked up from the sync inbox. */
  | 'FILE'
  /** `pushSyncBatch`: records sent in the request. */
  | 'PUSH';

/**
 * A team of agents (workflow's): the portfolio figures of the open loans of the customers its agents are assigned
 * to now. The gateway brings the team's CIFs from workflow; each figure is one SQL aggregation over those loans.
 */
export type Team = {
  __typename?: 'Team';
  /** The team's customers, as workflow lists them; bank-sync's figures take the loans of these customers. */
  customerCifs: Array<Scalars['String']['output']>;
  /**
   * `delinquencyBuckets` of the team's customers' open loans: all six buckets in order, shares of the team's
   * portfolio per currency. `asOf` and `filter` as for `Query.delinquencyBuckets`.
   */
  delinquencyBuckets: Array<DelinquencyBucket>;
  /** The team's name, e.g. CALL_TEAM_A. */
  name: Scalars['String']['output'];
  /** `portfolioAtRisk` of the team's customers' open loans, per currency and group, as `Query.portfolioAtRisk`. */
  portfolioAtRisk: Array<PortfolioAtRisk>;
};


/**
 * A team of agents (workflow's): the portfolio figures of the open loans of the customers its agents are assigned
 * to now. The gateway brings the team's CIFs from workflow; each figure is one SQL aggregation over those loans.
 */
export type TeamDelinquencyBucketsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  filter?: InputMaybe<PortfolioFilter>;
};


/**
 * A team of agents (workflow's): the portfolio figures of the open loans of the customers its agents are assigned
 * to now. The gateway brings the team's CIFs from workflow; each figure is one SQL aggregation over those loans.
 */
export type TeamPortfolioAtRiskArgs = {
  days: Scalars['Int']['input'];
  filter?: InputMaybe<PortfolioFilter>;
  groupBy?: InputMaybe<PortfolioGroupBy>;
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
  Collateral: Collateral;
  Customer: Customer;
  Loan: Loan;
  Team: Team;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Collateral:
    ( { __typename: 'Collateral' }
    & GraphQLRecursivePick<FederationTypes['Collateral'], {"collateralNumber":true}> );
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"cif":true}> );
  Loan:
    ( { __typename: 'Loan' }
    & GraphQLRecursivePick<FederationTypes['Loan'], {"accountNumber":true}> );
  Team:
    ( { __typename: 'Team' }
    & GraphQLRecursivePick<FederationTypes['Team'], {"name":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Team'], {"customerCifs":true}>
        | GraphQLRecursivePick<FederationTypes['Team'], {"customerCifs":true}>
        | GraphQLRecursivePick<FederationTypes['Team'], {"customerCifs":true}> ) );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Address: ResolverTypeWrapper<AddressRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BankSyncAuditEntry: ResolverTypeWrapper<AuditEntryRow>;
  BankSyncAuditEntryConnection: ResolverTypeWrapper<Omit<BankSyncAuditEntryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['BankSyncAuditEntryEdge']>, nodes: Array<ResolversTypes['BankSyncAuditEntry']> }>;
  BankSyncAuditEntryEdge: ResolverTypeWrapper<Omit<BankSyncAuditEntryEdge, 'node'> & { node: ResolversTypes['BankSyncAuditEntry'] }>;
  Collateral: ResolverTypeWrapper<CollateralRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CurrencyAmount: ResolverTypeWrapper<CurrencyAmount>;
  CurrencyShare: ResolverTypeWrapper<CurrencyShare>;
  Customer: ResolverTypeWrapper<CustomerRow>;
  CustomerConnection: ResolverTypeWrapper<Omit<CustomerConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CustomerEdge']>, nodes: Array<ResolversTypes['Customer']> }>;
  CustomerEdge: ResolverTypeWrapper<Omit<CustomerEdge, 'node'> & { node: ResolversTypes['Customer'] }>;
  CustomerFilter: CustomerFilter;
  CustomerStatus: CustomerStatus;
  CustomerType: CustomerType;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DelinquencyBucket: ResolverTypeWrapper<DelinquencyBucket>;
  DueSegmentation: ResolverTypeWrapper<DueSegmentationRow>;
  Email: ResolverTypeWrapper<EmailRow>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  Loan: ResolverTypeWrapper<LoanRow>;
  LoanCollateral: ResolverTypeWrapper<LoanCollateralRow>;
  LoanConnection: ResolverTypeWrapper<Omit<LoanConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['LoanEdge']>, nodes: Array<ResolversTypes['Loan']> }>;
  LoanEdge: ResolverTypeWrapper<Omit<LoanEdge, 'node'> & { node: ResolversTypes['Loan'] }>;
  LoanFilter: LoanFilter;
  LoanOrder: LoanOrder;
  LoanStatus: LoanStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PaymentConsumerStatus: ResolverTypeWrapper<PaymentConsumerStatusRow>;
  Phone: ResolverTypeWrapper<PhoneRow>;
  PortfolioAtRisk: ResolverTypeWrapper<PortfolioAtRisk>;
  PortfolioFilter: PortfolioFilter;
  PortfolioGroupBy: PortfolioGroupBy;
  PushSyncBatchInput: PushSyncBatchInput;
  PushSyncBatchPayload: ResolverTypeWrapper<Omit<PushSyncBatchPayload, 'run'> & { run: ResolversTypes['SyncRun'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReferenceCustomer: ResolverTypeWrapper<ReferenceCustomerRow>;
  RunSyncInput: RunSyncInput;
  RunSyncPayload: ResolverTypeWrapper<Omit<RunSyncPayload, 'run'> & { run: ResolversTypes['SyncRun'] }>;
  SourceSystem: SourceSystem;
  StaleRecord: ResolverTypeWrapper<StaleRecordRow>;
  StaleRecordConnection: ResolverTypeWrapper<Omit<StaleRecordConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['StaleRecordEdge']>, nodes: Array<ResolversTypes['StaleRecord']> }>;
  StaleRecordEdge: ResolverTypeWrapper<Omit<StaleRecordEdge, 'node'> & { node: ResolversTypes['StaleRecord'] }>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SyncEntityType: SyncEntityType;
  SyncErrorCode: SyncErrorCode;
  SyncEvent: ResolverTypeWrapper<SyncEventRow>;
  SyncEventConnection: ResolverTypeWrapper<Omit<SyncEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SyncEventEdge']>, nodes: Array<ResolversTypes['SyncEvent']> }>;
  SyncEventEdge: ResolverTypeWrapper<Omit<SyncEventEdge, 'node'> & { node: ResolversTypes['SyncEvent'] }>;
  SyncEventFilter: SyncEventFilter;
  SyncEventType: SyncEventType;
  SyncLoanChange: ResolverTypeWrapper<KeyState>;
  SyncRun: ResolverTypeWrapper<SyncRunRow>;
  SyncRunConnection: ResolverTypeWrapper<Omit<SyncRunConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SyncRunEdge']>, nodes: Array<ResolversTypes['SyncRun']> }>;
  SyncRunEdge: ResolverTypeWrapper<Omit<SyncRunEdge, 'node'> & { node: ResolversTypes['SyncRun'] }>;
  SyncRunEntity: ResolverTypeWrapper<SyncRunEntityRow>;
  SyncRunError: ResolverTypeWrapper<SyncRunErrorRow>;
  SyncRunErrorConnection: ResolverTypeWrapper<Omit<SyncRunErrorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SyncRunErrorEdge']>, nodes: Array<ResolversTypes['SyncRunError']> }>;
  SyncRunErrorEdge: ResolverTypeWrapper<Omit<SyncRunErrorEdge, 'node'> & { node: ResolversTypes['SyncRunError'] }>;
  SyncRunFilter: SyncRunFilter;
  SyncRunStatus: SyncRunStatus;
  SyncStatus: ResolverTypeWrapper<SyncStatusRow>;
  SyncTrigger: SyncTrigger;
  Team: ResolverTypeWrapper<TeamReference>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Address: AddressRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  BankSyncAuditEntry: AuditEntryRow;
  BankSyncAuditEntryConnection: Omit<BankSyncAuditEntryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['BankSyncAuditEntryEdge']>, nodes: Array<ResolversParentTypes['BankSyncAuditEntry']> };
  BankSyncAuditEntryEdge: Omit<BankSyncAuditEntryEdge, 'node'> & { node: ResolversParentTypes['BankSyncAuditEntry'] };
  Collateral: CollateralRow;
  Int: Scalars['Int']['output'];
  CurrencyAmount: CurrencyAmount;
  CurrencyShare: CurrencyShare;
  Customer: CustomerRow;
  CustomerConnection: Omit<CustomerConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CustomerEdge']>, nodes: Array<ResolversParentTypes['Customer']> };
  CustomerEdge: Omit<CustomerEdge, 'node'> & { node: ResolversParentTypes['Customer'] };
  CustomerFilter: CustomerFilter;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  DelinquencyBucket: DelinquencyBucket;
  DueSegmentation: DueSegmentationRow;
  Email: EmailRow;
  JSONObject: Scalars['JSONObject']['output'];
  Loan: LoanRow;
  LoanCollateral: LoanCollateralRow;
  LoanConnection: Omit<LoanConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['LoanEdge']>, nodes: Array<ResolversParentTypes['Loan']> };
  LoanEdge: Omit<LoanEdge, 'node'> & { node: ResolversParentTypes['Loan'] };
  LoanFilter: LoanFilter;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PaymentConsumerStatus: PaymentConsumerStatusRow;
  Phone: PhoneRow;
  PortfolioAtRisk: PortfolioAtRisk;
  PortfolioFilter: PortfolioFilter;
  PushSyncBatchInput: PushSyncBatchInput;
  PushSyncBatchPayload: Omit<PushSyncBatchPayload, 'run'> & { run: ResolversParentTypes['SyncRun'] };
  Query: Record<PropertyKey, never>;
  ReferenceCustomer: ReferenceCustomerRow;
  RunSyncInput: RunSyncInput;
  RunSyncPayload: Omit<RunSyncPayload, 'run'> & { run: ResolversParentTypes['SyncRun'] };
  StaleRecord: StaleRecordRow;
  StaleRecordConnection: Omit<StaleRecordConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['StaleRecordEdge']>, nodes: Array<ResolversParentTypes['StaleRecord']> };
  StaleRecordEdge: Omit<StaleRecordEdge, 'node'> & { node: ResolversParentTypes['StaleRecord'] };
  Subscription: Record<PropertyKey, never>;
  SyncEvent: SyncEventRow;
  SyncEventConnection: Omit<SyncEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SyncEventEdge']>, nodes: Array<ResolversParentTypes['SyncEvent']> };
  SyncEventEdge: Omit<SyncEventEdge, 'node'> & { node: ResolversParentTypes['SyncEvent'] };
  SyncEventFilter: SyncEventFilter;
  SyncLoanChange: KeyState;
  SyncRun: SyncRunRow;
  SyncRunConnection: Omit<SyncRunConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SyncRunEdge']>, nodes: Array<ResolversParentTypes['SyncRun']> };
  SyncRunEdge: Omit<SyncRunEdge, 'node'> & { node: ResolversParentTypes['SyncRun'] };
  SyncRunEntity: SyncRunEntityRow;
  SyncRunError: SyncRunErrorRow;
  SyncRunErrorConnection: Omit<SyncRunErrorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SyncRunErrorEdge']>, nodes: Array<ResolversParentTypes['SyncRunError']> };
  SyncRunErrorEdge: Omit<SyncRunErrorEdge, 'node'> & { node: ResolversParentTypes['SyncRunError'] };
  SyncRunFilter: SyncRunFilter;
  SyncStatus: SyncStatusRow;
  Team: TeamReference;
}>;

export type PersonalDataDirectiveArgs = { };

export type PersonalDataDirectiveResolver<Result, Parent, ContextType = Context, Args = PersonalDataDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AddressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = ResolversObject<{
  addressLine1?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  addressLine2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cif?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isEditable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isPrimary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isVerified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastSyncedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sourceSystem?: Resolver<ResolversTypes['SourceSystem'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verificationDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type BankSyncAuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BankSyncAuditEntry'] = ResolversParentTypes['BankSyncAuditEntry']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSONObject']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSONObject']>, ParentType, ContextType>;
  entityKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BankSyncAuditEntryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BankSyncAuditEntryConnection'] = ResolversParentTypes['BankSyncAuditEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['BankSyncAuditEntryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['BankSyncAuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type BankSyncAuditEntryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BankSyncAuditEntryEdge'] = ResolversParentTypes['BankSyncAuditEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BankSyncAuditEntry'], ParentType, ContextType>;
}>;

export type CollateralResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Collateral'] = ResolversParentTypes['Collateral'], FederationReferenceType extends FederationReferenceTypes['Collateral'] = FederationReferenceTypes['Collateral']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Collateral']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cif?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  collateralNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isEditable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastSyncedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  licensePlate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  loans?: Resolver<Array<ResolversTypes['Loan']>, ParentType, ContextType>;
  make?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  model?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  propertyType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  size?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  sourceSystem?: Resolver<ResolversTypes['SourceSystem'], ParentType, ContextType>;
  titleNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  valuationDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  vin?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type CurrencyAmountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CurrencyAmount'] = ResolversParentTypes['CurrencyAmount']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CurrencyShareResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CurrencyShare'] = ResolversParentTypes['CurrencyShare']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ratio?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  addresses?: Resolver<Array<ResolversTypes['Address']>, ParentType, ContextType>;
  cif?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  collaterals?: Resolver<Array<ResolversTypes['Collateral']>, ParentType, ContextType>;
  companyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dateOfBirth?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  emails?: Resolver<Array<ResolversTypes['Email']>, ParentType, ContextType>;
  gender?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isEditable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastSyncedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  loans?: Resolver<Array<ResolversTypes['Loan']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nationalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phones?: Resolver<Array<ResolversTypes['Phone']>, ParentType, ContextType>;
  referenceCustomers?: Resolver<Array<ResolversTypes['ReferenceCustomer']>, ParentType, ContextType>;
  registrationNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceSystem?: Resolver<ResolversTypes['SourceSystem'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CustomerStatus'], ParentType, ContextType>;
  taxId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CustomerType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CustomerConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerConnection'] = ResolversParentTypes['CustomerConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CustomerEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Customer']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type CustomerEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerEdge'] = ResolversParentTypes['CustomerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
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

export type DelinquencyBucketResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DelinquencyBucket'] = ResolversParentTypes['DelinquencyBucket']> = ResolversObject<{
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  loanCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxDpd?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minDpd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outstanding?: Resolver<Array<ResolversTypes['CurrencyAmount']>, ParentType, ContextType>;
  share?: Resolver<Array<ResolversTypes['CurrencyShare']>, ParentType, ContextType>;
}>;

export type DueSegmentationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DueSegmentation'] = ResolversParentTypes['DueSegmentation']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  feesAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interestAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  isEditable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastSyncedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  loanAccountNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  penaltyAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  principalAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  sourceSystem?: Resolver<ResolversTypes['SourceSystem'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EmailResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Email'] = ResolversParentTypes['Email']> = ResolversObject<{
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cif?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isEditable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isPrimary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isVerified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastSyncedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sourceSystem?: Resolver<ResolversTypes['SourceSystem'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verificationDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type LoanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Loan'] = ResolversParentTypes['Loan'], FederationReferenceType extends FederationReferenceTypes['Loan'] = FederationReferenceTypes['Loan']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Loan']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accountNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cif?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  closeDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  collateralLinks?: Resolver<Array<ResolversTypes['LoanCollateral']>, ParentType, ContextType>;
  collaterals?: Resolver<Array<ResolversTypes['Collateral']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  delinquencyStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disbursementDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dpd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dueAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  dueSegmentations?: Resolver<Array<ResolversTypes['DueSegmentation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interestRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  isEditable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastSyncedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  limit?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  maturityDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  minPay?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  nextPaymentDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  originalAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  outstanding?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  paymentFrequency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  productType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  remainingAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  resolutionCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolutionNotes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceSystem?: Resolver<ResolversTypes['SourceSystem'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LoanStatus'], ParentType, ContextType>;
  term?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LoanCollateralResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LoanCollateral'] = ResolversParentTypes['LoanCollateral']> = ResolversObject<{
  collateral?: Resolver<ResolversTypes['Collateral'], ParentType, ContextType>;
  collateralNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  loan?: Resolver<ResolversTypes['Loan'], ParentType, ContextType>;
  loanAccountNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceSystem?: Resolver<ResolversTypes['SourceSystem'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type LoanConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LoanConnection'] = ResolversParentTypes['LoanConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LoanEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Loan']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type LoanEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LoanEdge'] = ResolversParentTypes['LoanEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Loan'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  pushSyncBatch?: Resolver<ResolversTypes['PushSyncBatchPayload'], ParentType, ContextType, RequireFields<MutationPushSyncBatchArgs, 'input'>>;
  runSync?: Resolver<ResolversTypes['RunSyncPayload'], ParentType, ContextType, RequireFields<MutationRunSyncArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PaymentConsumerStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaymentConsumerStatus'] = ResolversParentTypes['PaymentConsumerStatus']> = ResolversObject<{
  consumer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastSequence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type PhoneResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Phone'] = ResolversParentTypes['Phone']> = ResolversObject<{
  cif?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isEditable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isPrimary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isVerified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastSyncedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceSystem?: Resolver<ResolversTypes['SourceSystem'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verificationDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type PortfolioAtRiskResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PortfolioAtRisk'] = ResolversParentTypes['PortfolioAtRisk']> = ResolversObject<{
  atRisk?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  atRiskLoanCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  loanCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outstanding?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  ratio?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type PushSyncBatchPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PushSyncBatchPayload'] = ResolversParentTypes['PushSyncBatchPayload']> = ResolversObject<{
  run?: Resolver<ResolversTypes['SyncRun'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  bankSyncAuditLog?: Resolver<ResolversTypes['BankSyncAuditEntryConnection'], ParentType, ContextType, Partial<QueryBankSyncAuditLogArgs>>;
  collateral?: Resolver<Maybe<ResolversTypes['Collateral']>, ParentType, ContextType, RequireFields<QueryCollateralArgs, 'collateralNumber'>>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerArgs, 'cif'>>;
  customers?: Resolver<ResolversTypes['CustomerConnection'], ParentType, ContextType, Partial<QueryCustomersArgs>>;
  delinquencyBuckets?: Resolver<Array<ResolversTypes['DelinquencyBucket']>, ParentType, ContextType, Partial<QueryDelinquencyBucketsArgs>>;
  loan?: Resolver<Maybe<ResolversTypes['Loan']>, ParentType, ContextType, RequireFields<QueryLoanArgs, 'accountNumber'>>;
  loans?: Resolver<ResolversTypes['LoanConnection'], ParentType, ContextType, RequireFields<QueryLoansArgs, 'orderBy'>>;
  paymentConsumerStatus?: Resolver<ResolversTypes['PaymentConsumerStatus'], ParentType, ContextType>;
  portfolioAtRisk?: Resolver<Array<ResolversTypes['PortfolioAtRisk']>, ParentType, ContextType, RequireFields<QueryPortfolioAtRiskArgs, 'days' | 'groupBy'>>;
  staleRecords?: Resolver<ResolversTypes['StaleRecordConnection'], ParentType, ContextType, RequireFields<QueryStaleRecordsArgs, 'entityType' | 'olderThan'>>;
  syncEvents?: Resolver<ResolversTypes['SyncEventConnection'], ParentType, ContextType, Partial<QuerySyncEventsArgs>>;
  syncEventsHead?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  syncRun?: Resolver<Maybe<ResolversTypes['SyncRun']>, ParentType, ContextType, RequireFields<QuerySyncRunArgs, 'id'>>;
  syncRuns?: Resolver<ResolversTypes['SyncRunConnection'], ParentType, ContextType, Partial<QuerySyncRunsArgs>>;
  syncStatus?: Resolver<Array<ResolversTypes['SyncStatus']>, ParentType, ContextType>;
}>;

export type ReferenceCustomerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReferenceCustomer'] = ResolversParentTypes['ReferenceCustomer']> = ResolversObject<{
  companyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dateOfBirth?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  gender?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isEditable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastSyncedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nationalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  primaryCif?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refCif?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registrationNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationshipType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceSystem?: Resolver<ResolversTypes['SourceSystem'], ParentType, ContextType>;
  taxId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CustomerType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RunSyncPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RunSyncPayload'] = ResolversParentTypes['RunSyncPayload']> = ResolversObject<{
  run?: Resolver<ResolversTypes['SyncRun'], ParentType, ContextType>;
}>;

export type StaleRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StaleRecord'] = ResolversParentTypes['StaleRecord']> = ResolversObject<{
  entityType?: Resolver<ResolversTypes['SyncEntityType'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  lastSeenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastSyncedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  naturalKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceSystem?: Resolver<ResolversTypes['SourceSystem'], ParentType, ContextType>;
}>;

export type StaleRecordConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StaleRecordConnection'] = ResolversParentTypes['StaleRecordConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StaleRecordEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['StaleRecord']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type StaleRecordEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StaleRecordEdge'] = ResolversParentTypes['StaleRecordEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StaleRecord'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  syncEvents?: SubscriptionResolver<ResolversTypes['SyncEvent'], "syncEvents", ParentType, ContextType, Partial<SubscriptionSyncEventsArgs>>;
}>;

export type SyncEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SyncEvent'] = ResolversParentTypes['SyncEvent']> = ResolversObject<{
  affectedRecords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityType?: Resolver<Maybe<ResolversTypes['SyncEntityType']>, ParentType, ContextType>;
  entityTypes?: Resolver<Array<ResolversTypes['SyncEntityType']>, ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  insertedCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  loanChanges?: Resolver<Array<ResolversTypes['SyncLoanChange']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  paymentReferenceNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rejectedCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  run?: Resolver<Maybe<ResolversTypes['SyncRun']>, ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceSystem?: Resolver<Maybe<ResolversTypes['SourceSystem']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['SyncRunStatus']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['SyncEventType'], ParentType, ContextType>;
  unchangedCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  updatedCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type SyncEventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SyncEventConnection'] = ResolversParentTypes['SyncEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SyncEventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SyncEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type SyncEventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SyncEventEdge'] = ResolversParentTypes['SyncEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SyncEvent'], ParentType, ContextType>;
}>;

export type SyncLoanChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SyncLoanChange'] = ResolversParentTypes['SyncLoanChange']> = ResolversObject<{
  accountNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cif?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  delinquencyStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  previousDelinquencyStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  previousStatus?: Resolver<Maybe<ResolversTypes['LoanStatus']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LoanStatus'], ParentType, ContextType>;
}>;

export type SyncRunResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SyncRun'] = ResolversParentTypes['SyncRun']> = ResolversObject<{
  entities?: Resolver<Array<ResolversTypes['SyncRunEntity']>, ParentType, ContextType>;
  entityTypes?: Resolver<Array<ResolversTypes['SyncEntityType']>, ParentType, ContextType>;
  errors?: Resolver<ResolversTypes['SyncRunErrorConnection'], ParentType, ContextType, Partial<SyncRunErrorsArgs>>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insertedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejectedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sourceSystem?: Resolver<ResolversTypes['SourceSystem'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SyncRunStatus'], ParentType, ContextType>;
  trigger?: Resolver<ResolversTypes['SyncTrigger'], ParentType, ContextType>;
  triggeredBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unchangedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SyncRunConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SyncRunConnection'] = ResolversParentTypes['SyncRunConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SyncRunEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SyncRun']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type SyncRunEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SyncRunEdge'] = ResolversParentTypes['SyncRunEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SyncRun'], ParentType, ContextType>;
}>;

export type SyncRunEntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SyncRunEntity'] = ResolversParentTypes['SyncRunEntity']> = ResolversObject<{
  entityType?: Resolver<ResolversTypes['SyncEntityType'], ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  insertedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejectedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchangedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SyncRunErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SyncRunError'] = ResolversParentTypes['SyncRunError']> = ResolversObject<{
  batchIndex?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['SyncErrorCode'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['SyncEntityType'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  file?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  naturalKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SyncRunErrorConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SyncRunErrorConnection'] = ResolversParentTypes['SyncRunErrorConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SyncRunErrorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SyncRunError']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type SyncRunErrorEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SyncRunErrorEdge'] = ResolversParentTypes['SyncRunErrorEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SyncRunError'], ParentType, ContextType>;
}>;

export type SyncStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SyncStatus'] = ResolversParentTypes['SyncStatus']> = ResolversObject<{
  entityType?: Resolver<ResolversTypes['SyncEntityType'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  insertedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejectedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  run?: Resolver<ResolversTypes['SyncRun'], ParentType, ContextType>;
  sourceSystem?: Resolver<ResolversTypes['SourceSystem'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SyncRunStatus'], ParentType, ContextType>;
  unchangedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TeamResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team'], FederationReferenceType extends FederationReferenceTypes['Team'] = FederationReferenceTypes['Team']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Team']> | FederationReferenceType, FederationReferenceType, ContextType>;
  delinquencyBuckets?: Resolver<Array<ResolversTypes['DelinquencyBucket']>, ParentType, ContextType, Partial<TeamDelinquencyBucketsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  portfolioAtRisk?: Resolver<Array<ResolversTypes['PortfolioAtRisk']>, ParentType, ContextType, RequireFields<TeamPortfolioAtRiskArgs, 'days' | 'groupBy'>>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Address?: AddressResolvers<ContextType>;
  BankSyncAuditEntry?: BankSyncAuditEntryResolvers<ContextType>;
  BankSyncAuditEntryConnection?: BankSyncAuditEntryConnectionResolvers<ContextType>;
  BankSyncAuditEntryEdge?: BankSyncAuditEntryEdgeResolvers<ContextType>;
  Collateral?: CollateralResolvers<ContextType>;
  CurrencyAmount?: CurrencyAmountResolvers<ContextType>;
  CurrencyShare?: CurrencyShareResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerConnection?: CustomerConnectionResolvers<ContextType>;
  CustomerEdge?: CustomerEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DelinquencyBucket?: DelinquencyBucketResolvers<ContextType>;
  DueSegmentation?: DueSegmentationResolvers<ContextType>;
  Email?: EmailResolvers<ContextType>;
  JSONObject?: GraphQLScalarType;
  Loan?: LoanResolvers<ContextType>;
  LoanCollateral?: LoanCollateralResolvers<ContextType>;
  LoanConnection?: LoanConnectionResolvers<ContextType>;
  LoanEdge?: LoanEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PaymentConsumerStatus?: PaymentConsumerStatusResolvers<ContextType>;
  Phone?: PhoneResolvers<ContextType>;
  PortfolioAtRisk?: PortfolioAtRiskResolvers<ContextType>;
  PushSyncBatchPayload?: PushSyncBatchPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReferenceCustomer?: ReferenceCustomerResolvers<ContextType>;
  RunSyncPayload?: RunSyncPayloadResolvers<ContextType>;
  StaleRecord?: StaleRecordResolvers<ContextType>;
  StaleRecordConnection?: StaleRecordConnectionResolvers<ContextType>;
  StaleRecordEdge?: StaleRecordEdgeResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SyncEvent?: SyncEventResolvers<ContextType>;
  SyncEventConnection?: SyncEventConnectionResolvers<ContextType>;
  SyncEventEdge?: SyncEventEdgeResolvers<ContextType>;
  SyncLoanChange?: SyncLoanChangeResolvers<ContextType>;
  SyncRun?: SyncRunResolvers<ContextType>;
  SyncRunConnection?: SyncRunConnectionResolvers<ContextType>;
  SyncRunEdge?: SyncRunEdgeResolvers<ContextType>;
  SyncRunEntity?: SyncRunEntityResolvers<ContextType>;
  SyncRunError?: SyncRunErrorResolvers<ContextType>;
  SyncRunErrorConnection?: SyncRunErrorConnectionResolvers<ContextType>;
  SyncRunErrorEdge?: SyncRunErrorEdgeResolvers<ContextType>;
  SyncStatus?: SyncStatusResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  personalData?: PersonalDataDirectiveResolver<any, any, ContextType>;
}>;
