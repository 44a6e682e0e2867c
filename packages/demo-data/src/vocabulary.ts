/**
 * The value sets of docs/value-sets.md, exactly. Closed enums and open vocabularies alike are typed as
 * literal unions so that a misspelt value cannot compile.
 */

export const SOURCE_SYSTEMS = ['T24', 'W4', 'OTHER', 'CRM'] as const;
export type SourceSystem = (typeof SOURCE_SYSTEMS)[number];

export const CUSTOMER_TYPES = ['INDIVIDUAL', 'ORGANIZATION'] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

export const CUSTOMER_STATUSES = ['ACTIVE', 'INACTIVE'] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

export const LOAN_STATUSES = ['OPEN', 'CLOSED'] as const;
export type LoanStatus = (typeof LOAN_STATUSES)[number];

export const AGENT_TYPES = ['AGENT', 'SUPERVISOR', 'ADMIN'] as const;
export type AgentType = (typeof AGENT_TYPES)[number];

export const PAYMENT_STATUSES = ['PENDING', 'COMPLETED', 'FAILED', 'REVERSED'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const SEGMENTS = ['RETAIL', 'PRIORITY', 'SME', 'CORPORATE'] as const;
export type Segment = (typeof SEGMENTS)[number];

export const GENDERS = ['MALE', 'FEMALE'] as const;
export type Gender = (typeof GENDERS)[number];

export const PHONE_TYPES = ['MOBILE', 'HOME', 'WORK'] as const;
export type PhoneType = (typeof PHONE_TYPES)[number];

export const ADDRESS_TYPES = ['HOME', 'WORK', 'BILLING'] as const;
export type AddressType = (typeof ADDRESS_TYPES)[number];

export const PRODUCT_TYPES = [
  'PERSONAL_LOAN',
  'AUTO_LOAN',
  'MORTGAGE',
  'CREDIT_CARD',
  'OVERDRAFT',
  'BUSINESS_LOAN',
] as const;
export type ProductType = (typeof PRODUCT_TYPES)[number];

export const PAYMENT_FREQUENCIES = ['MONTHLY', 'QUARTERLY'] as const;
export type PaymentFrequency = (typeof PAYMENT_FREQUENCIES)[number];

export const DELINQUENCY_STATUSES = [
  'CURRENT',
  'BUCKET_1',
  'BUCKET_2',
  'BUCKET_3',
  'BUCKET_4',
  'WRITE_OFF',
] as const;
export type DelinquencyStatus = (typeof DELINQUENCY_STATUSES)[number];

export const RESOLUTION_CODES = ['PAID_OFF', 'SETTLED', 'WRITTEN_OFF', 'RESTRUCTURED'] as const;
export type ResolutionCode = (typeof RESOLUTION_CODES)[number];

export const COLLATERAL_TYPES = ['VEHICLE', 'PROPERTY'] as const;
export type CollateralType = (typeof COLLATERAL_TYPES)[number];

export const PROPERTY_TYPES = ['APARTMENT', 'HOUSE', 'LAND', 'COMMERCIAL'] as const;
export type PropertyType = (typeof PROPERTY_TYPES)[number];

export const PAYMENT_METHODS = ['BANK_TRANSFER', 'CASH', 'CARD', 'DIRECT_DEBIT', 'MOBILE_WALLET'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const RELATIONSHIP_TYPES = [
  'SPOUSE',
  'GUARANTOR',
  'PARENT',
  'SIBLING',
  'EMPLOYER',
  'BUSINESS_PARTNER',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const AGENT_TEAMS = [
  'CALL_TEAM_A',
  'CALL_TEAM_B',
  'FIELD_TEAM_NORTH',
  'FIELD_TEAM_SOUTH',
  'OPERATIONS',
] as const;
export type AgentTeam = (typeof AGENT_TEAMS)[number];
export const CALL_TEAMS = ['CALL_TEAM_A', 'CALL_TEAM_B'] as const satisfies readonly AgentTeam[];
export const FIELD_TEAMS = ['FIELD_TEAM_NORTH', 'FIELD_TEAM_SOUTH'] as const satisfies readonly AgentTeam[];

export const ACTION_TYPES = ['CALL', 'VISIT', 'SMS', 'EMAIL', 'LETTER'] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export const ACTION_SUBTYPES = [
  'OUTBOUND_CALL',
  'INBOUND_CALL',
  'FIELD_VISIT',
  'OFFICE_VISIT',
  'PAYMENT_REMINDER',
  'DEMAND_LETTER',
] as const;
export type ActionSubtype = (typeof ACTION_SUBTYPES)[number];

export const ACTION_RESULTS = [
  'PROMISE_TO_PAY',
  'PAID',
  'NO_ANSWER',
  'LEFT_MESSAGE',
  'WRONG_NUMBER',
  'REFUSED',
  'NOT_AT_HOME',
  'CALLBACK_REQUESTED',
  'DISPUTE',
] as const;
export type ActionResult = (typeof ACTION_RESULTS)[number];

export const CASE_CUSTOMER_STATUSES = [
  'NEW',
  'CONTACTED',
  'PROMISE_TO_PAY',
  'BROKEN_PROMISE',
  'UNREACHABLE',
  'PAYING',
  'SETTLED',
] as const;
export type CaseCustomerStatus = (typeof CASE_CUSTOMER_STATUSES)[number];

export const COLLATERAL_STATUSES = ['NONE', 'SECURED', 'UNDER_REVIEW', 'REPOSSESSION', 'SOLD'] as const;
export type CollateralStatus = (typeof COLLATERAL_STATUSES)[number];

export const PROCESSING_STATE_STATUSES = ['NEW', 'IN_PROGRESS', 'ESCALATED', 'LEGAL', 'CLOSED'] as const;
export type ProcessingStateStatus = (typeof PROCESSING_STATE_STATUSES)[number];

export const LENDING_VIOLATION_STATUSES = ['NONE', 'SUSPECTED', 'CONFIRMED'] as const;
export type LendingViolationStatus = (typeof LENDING_VIOLATION_STATUSES)[number];

export const RECOVERY_ABILITY_STATUSES = ['HIGH', 'MEDIUM', 'LOW', 'NONE'] as const;
export type RecoveryAbilityStatus = (typeof RECOVERY_ABILITY_STATUSES)[number];

/** Currencies of the demo book: mostly VND, some USD. */
export type Currency = 'VND' | 'USD';

/** The delinquency bucket of a days-past-due count (docs/value-sets.md). */
export function delinquencyStatusOf(dpd: number): DelinquencyStatus {
  if (dpd <= 0) return 'CURRENT';
  if (dpd <= 30) return 'BUCKET_1';
  if (dpd <= 60) return 'BUCKET_2';
  if (dpd <= 90) return 'BUCKET_3';
  if (dpd <= 180) return 'BUCKET_4';
  return 'WRITE_OFF';
}
