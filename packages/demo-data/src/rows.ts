/**
 * Row shapes, one per table of seed 000. Property names are the camelCase of the column names, as in
 * the subgraphs' Drizzle tables: DECIMAL → string with the column's scale, DATE → 'YYYY-MM-DD',
 * TIMESTAMP → Date (UTC), nullable column → `T | null`. Rows go to `db.insert(table).values(rows)` as is.
 */
import type {
  ActionResult,
  ActionSubtype,
  ActionType,
  AddressType,
  AgentTeam,
  AgentType,
  CaseCustomerStatus,
  CollateralStatus,
  CollateralType,
  Currency,
  CustomerStatus,
  CustomerType,
  DelinquencyStatus,
  Gender,
  LendingViolationStatus,
  LoanStatus,
  PaymentFrequency,
  PaymentMethod,
  PaymentStatus,
  PhoneType,
  ProcessingStateStatus,
  ProductType,
  PropertyType,
  RecoveryAbilityStatus,
  RelationshipType,
  ResolutionCode,
  Segment,
  SourceSystem,
} from './vocabulary';

/** Columns every synchronized table carries (seed 000, "SynchronizedEntity Base Fields"). */
export interface SynchronizedColumns {
  id: string;
  sourceSystem: SourceSystem;
  createdBy: string;
  updatedBy: string;
  createdAt: Date;
  updatedAt: Date;
  isEditable: boolean;
  lastSyncedAt: Date | null;
}

/** bank_sync_service.customers */
export interface CustomerRow extends SynchronizedColumns {
  cif: string;
  type: CustomerType;
  name: string | null;
  dateOfBirth: string | null;
  nationalId: string | null;
  gender: Gender | null;
  companyName: string | null;
  registrationNumber: string | null;
  taxId: string | null;
  segment: Segment;
  status: CustomerStatus;
}

/** bank_sync_service.phones */
export interface PhoneRow extends SynchronizedColumns {
  cif: string;
  type: PhoneType;
  number: string;
  isPrimary: boolean;
  isVerified: boolean;
  verificationDate: Date | null;
}

/** bank_sync_service.addresses */
export interface AddressRow extends SynchronizedColumns {
  cif: string;
  type: AddressType;
  addressLine1: string;
  addressLine2: string | null;
  city: string;
  state: string;
  district: string;
  country: string;
  isPrimary: boolean;
  isVerified: boolean;
  verificationDate: Date | null;
}

/** bank_sync_service.emails */
export interface EmailRow extends SynchronizedColumns {
  cif: string;
  address: string;
  isPrimary: boolean;
  isVerified: boolean;
  verificationDate: Date | null;
}

/** bank_sync_service.reference_customers */
export interface ReferenceCustomerRow extends SynchronizedColumns {
  refCif: string;
  primaryCif: string;
  relationshipType: RelationshipType;
  type: CustomerType;
  name: string | null;
  dateOfBirth: string | null;
  nationalId: string | null;
  gender: Gender | null;
  companyName: string | null;
  registrationNumber: string | null;
  taxId: string | null;
}

/** bank_sync_service.loans */
export interface LoanRow extends SynchronizedColumns {
  accountNumber: string;
  cif: string;
  productType: ProductType;
  originalAmount: string;
  currency: Currency;
  disbursementDate: string;
  maturityDate: string;
  interestRate: string;
  term: number;
  paymentFrequency: PaymentFrequency;
  limit: string | null;
  outstanding: string;
  remainingAmount: string;
  dueAmount: string;
  minPay: string | null;
  nextPaymentDate: string;
  dpd: number;
  delinquencyStatus: DelinquencyStatus;
  status: LoanStatus;
  closeDate: string | null;
  resolutionCode: ResolutionCode | null;
  resolutionNotes: string | null;
}

/** bank_sync_service.collaterals */
export interface CollateralRow extends SynchronizedColumns {
  collateralNumber: string;
  cif: string;
  type: CollateralType;
  description: string;
  value: string;
  valuationDate: string;
  make: string | null;
  model: string | null;
  year: number | null;
  vin: string | null;
  licensePlate: string | null;
  propertyType: PropertyType | null;
  address: string | null;
  size: string | null;
  titleNumber: string | null;
}

/** bank_sync_service.loan_collaterals */
export interface LoanCollateralRow {
  id: string;
  loanAccountNumber: string;
  collateralNumber: string;
  createdAt: Date;
  updatedAt: Date;
  sourceSystem: SourceSystem;
}

/** bank_sync_service.due_segmentations */
export interface DueSegmentationRow extends SynchronizedColumns {
  loanAccountNumber: string;
  dueDate: string;
  principalAmount: string;
  interestAmount: string;
  feesAmount: string;
  penaltyAmount: string;
}

/** payment_service.payments */
export interface PaymentRow extends SynchronizedColumns {
  referenceNumber: string;
  loanAccountNumber: string;
  cif: string;
  amount: string;
  currency: Currency;
  paymentDate: Date;
  paymentMethod: PaymentMethod;
  status: PaymentStatus;
  statusReason: string | null;
}

/** workflow_service.agents */
export interface AgentRow {
  id: string;
  employeeId: string;
  name: string;
  email: string;
  phone: string | null;
  type: AgentType;
  team: AgentTeam;
  isActive: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** workflow_service.action_records */
export interface ActionRecordRow {
  id: string;
  cif: string;
  loanAccountNumber: string;
  agentId: string;
  type: ActionType;
  subtype: ActionSubtype;
  actionResult: ActionResult;
  actionDate: Date;
  notes: string | null;
  callTraceId: string | null;
  visitLatitude: string | null;
  visitLongitude: string | null;
  visitAddress: string | null;
  createdAt: Date;
  updatedAt: Date;
  createdBy: string;
  updatedBy: string;
}

/** workflow_service.customer_agents (SCD type 2: [startDate, endDate), one isCurrent row per cif). */
export interface CustomerAgentRow {
  id: string;
  cif: string;
  assignedCallAgentId: string | null;
  assignedFieldAgentId: string | null;
  startDate: string;
  endDate: string | null;
  isCurrent: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** workflow_service.customer_cases */
export interface CustomerCaseRow {
  id: string;
  cif: string;
  assignedCallAgentId: string | null;
  assignedFieldAgentId: string | null;
  fUpdate: Date | null;
  customerStatus: CaseCustomerStatus;
  collateralStatus: CollateralStatus;
  processingStateStatus: ProcessingStateStatus;
  lendingViolationStatus: LendingViolationStatus;
  recoveryAbilityStatus: RecoveryAbilityStatus;
  createdAt: Date;
  updatedAt: Date;
}

/** workflow_service.customer_case_actions (a null status column means "unchanged by this action"). */
export interface CustomerCaseActionRow {
  id: string;
  cif: string;
  agentId: string;
  actionDate: Date;
  notes: string | null;
  customerStatus: CaseCustomerStatus | null;
  collateralStatus: CollateralStatus | null;
  processingStateStatus: ProcessingStateStatus | null;
  lendingViolationStatus: LendingViolationStatus | null;
  recoveryAbilityStatus: RecoveryAbilityStatus | null;
  createdAt: Date;
  updatedAt: Date;
  createdBy: string;
  updatedBy: string;
}
