import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomerRow, PhoneRow, AddressRow, EmailRow, LoanRow, CollateralRow, LoanCollateralRow, DueSegmentationRow, ReferenceCustomerRow } from '../models';
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
  /** Part of the individual's name or of the company name, ignoring case. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Exact national ID number of an individual. */
  nationalId?: InputMaybe<Scalars['String']['input']>;
  /** Exact registration number of an organization. */
  registrationNumber?: InputMaybe<Scalars['String']['input']>;
  /** Exact customer segment, e.g. RETAIL, PRIORITY, SME, CORPORATE. */
  segment?: InputMaybe<Scalars['String']['input']>;
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

/** Where a page of a connection ends and whether another follows. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
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

/** Customers and loans synchronized from the core banking systems (T24, W4, others). */
export type Query = {
  __typename?: 'Query';
  /** The collateral with this number, or null when there is none. */
  collateral?: Maybe<Collateral>;
  /** The customer with this CIF, or null when there is none. */
  customer?: Maybe<Customer>;
  /** Customers matching every given filter, ordered by CIF. */
  customers: CustomerConnection;
  /** The loan with this account number, or null when there is none. */
  loan?: Maybe<Loan>;
  /** Loans matching every given filter: the delinquency work queue. */
  loans: LoanConnection;
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

/** The core or internal system a record came from. */
export type SourceSystem =
  | 'CRM'
  | 'OTHER'
  | 'T24'
  | 'W4';

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
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Address: ResolverTypeWrapper<AddressRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Collateral: ResolverTypeWrapper<CollateralRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Customer: ResolverTypeWrapper<CustomerRow>;
  CustomerConnection: ResolverTypeWrapper<Omit<CustomerConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CustomerEdge']>, nodes: Array<ResolversTypes['Customer']> }>;
  CustomerEdge: ResolverTypeWrapper<Omit<CustomerEdge, 'node'> & { node: ResolversTypes['Customer'] }>;
  CustomerFilter: CustomerFilter;
  CustomerStatus: CustomerStatus;
  CustomerType: CustomerType;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DueSegmentation: ResolverTypeWrapper<DueSegmentationRow>;
  Email: ResolverTypeWrapper<EmailRow>;
  Loan: ResolverTypeWrapper<LoanRow>;
  LoanCollateral: ResolverTypeWrapper<LoanCollateralRow>;
  LoanConnection: ResolverTypeWrapper<Omit<LoanConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['LoanEdge']>, nodes: Array<ResolversTypes['Loan']> }>;
  LoanEdge: ResolverTypeWrapper<Omit<LoanEdge, 'node'> & { node: ResolversTypes['Loan'] }>;
  LoanFilter: LoanFilter;
  LoanOrder: LoanOrder;
  LoanStatus: LoanStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Phone: ResolverTypeWrapper<PhoneRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReferenceCustomer: ResolverTypeWrapper<ReferenceCustomerRow>;
  SourceSystem: SourceSystem;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Address: AddressRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  Collateral: CollateralRow;
  Int: Scalars['Int']['output'];
  Customer: CustomerRow;
  CustomerConnection: Omit<CustomerConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CustomerEdge']>, nodes: Array<ResolversParentTypes['Customer']> };
  CustomerEdge: Omit<CustomerEdge, 'node'> & { node: ResolversParentTypes['Customer'] };
  CustomerFilter: CustomerFilter;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  DueSegmentation: DueSegmentationRow;
  Email: EmailRow;
  Loan: LoanRow;
  LoanCollateral: LoanCollateralRow;
  LoanConnection: Omit<LoanConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['LoanEdge']>, nodes: Array<ResolversParentTypes['Loan']> };
  LoanEdge: Omit<LoanEdge, 'node'> & { node: ResolversParentTypes['Loan'] };
  LoanFilter: LoanFilter;
  PageInfo: PageInfo;
  Phone: PhoneRow;
  Query: Record<PropertyKey, never>;
  ReferenceCustomer: ReferenceCustomerRow;
}>;

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

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  collateral?: Resolver<Maybe<ResolversTypes['Collateral']>, ParentType, ContextType, RequireFields<QueryCollateralArgs, 'collateralNumber'>>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerArgs, 'cif'>>;
  customers?: Resolver<ResolversTypes['CustomerConnection'], ParentType, ContextType, Partial<QueryCustomersArgs>>;
  loan?: Resolver<Maybe<ResolversTypes['Loan']>, ParentType, ContextType, RequireFields<QueryLoanArgs, 'accountNumber'>>;
  loans?: Resolver<ResolversTypes['LoanConnection'], ParentType, ContextType, RequireFields<QueryLoansArgs, 'orderBy'>>;
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

export type Resolvers<ContextType = Context> = ResolversObject<{
  Address?: AddressResolvers<ContextType>;
  Collateral?: CollateralResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerConnection?: CustomerConnectionResolvers<ContextType>;
  CustomerEdge?: CustomerEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DueSegmentation?: DueSegmentationResolvers<ContextType>;
  Email?: EmailResolvers<ContextType>;
  Loan?: LoanResolvers<ContextType>;
  LoanCollateral?: LoanCollateralResolvers<ContextType>;
  LoanConnection?: LoanConnectionResolvers<ContextType>;
  LoanEdge?: LoanEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Phone?: PhoneResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReferenceCustomer?: ReferenceCustomerResolvers<ContextType>;
}>;

