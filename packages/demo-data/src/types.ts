/** The generator's options, and the chunks it yields: every row of a range of customers, grouped by domain. */
import type {
  ActionRecordRow,
  AddressRow,
  CollateralRow,
  CustomerAgentRow,
  CustomerCaseActionRow,
  CustomerCaseRow,
  CustomerRow,
  DueSegmentationRow,
  EmailRow,
  LoanCollateralRow,
  LoanRow,
  PaymentRow,
  PhoneRow,
  ReferenceCustomerRow,
} from './rows';

export interface DemoOptions {
  /**
   * Customers in the universe; each brings on average ~2.5 loans, ~20 payments and ~5 actions.
   * @default 2000
   */
  customers: number;
  /**
   * Same seed and options, byte-identical data.
   * @default 1
   */
  seed: number;
  /**
   * The reference "today" as 'YYYY-MM-DD' (Vietnam time): everything happened before it. The clock is
   * never read.
   * @default '2026-11-01'
   */
  asOf: string;
  /**
   * Collection agents (at least 5: an admin and one agent in each call and field team).
   * @default 20
   */
  agents: number;
}

/** bank_sync_service's share of a chunk. */
export interface BankSyncRows {
  customers: CustomerRow[];
  phones: PhoneRow[];
  addresses: AddressRow[];
  emails: EmailRow[];
  referenceCustomers: ReferenceCustomerRow[];
  loans: LoanRow[];
  collaterals: CollateralRow[];
  loanCollaterals: LoanCollateralRow[];
  dueSegmentations: DueSegmentationRow[];
}

/** payment_service's share of a chunk. */
export interface PaymentRows {
  payments: PaymentRow[];
}

/** workflow_service's share of a chunk (agents come from demoAgents, once). */
export interface WorkflowRows {
  actionRecords: ActionRecordRow[];
  customerAgents: CustomerAgentRow[];
  customerCases: CustomerCaseRow[];
  customerCaseActions: CustomerCaseActionRow[];
}

/**
 * Every row of the customers [from, to), grouped by the domain that owns the tables: a domain inserts
 * its own part only.
 */
export interface DemoChunk {
  /** Customer indexes covered, `from` included, `to` excluded. */
  range: { from: number; to: number };
  bankSync: BankSyncRows;
  payment: PaymentRows;
  workflow: WorkflowRows;
}
