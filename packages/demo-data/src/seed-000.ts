/**
 * Test helper: the columns of seed 000, table by table, with what the tests check about them
 * (VARCHAR lengths, DECIMAL precision/scale, DATE and TIMESTAMP columns, nullability).
 */

export type Column =
  | { name: string; kind: 'uuid' | 'text' | 'boolean' | 'integer'; nullable?: true }
  | { name: string; kind: 'varchar'; length: number; nullable?: true }
  | { name: string; kind: 'decimal'; precision: number; scale: number; nullable?: true }
  | { name: string; kind: 'date' | 'timestamp'; nullable?: true };

const uuid = (name: string, nullable?: true): Column => ({
  name,
  kind: 'uuid',
  ...(nullable && { nullable }),
});
const varchar = (name: string, length: number, nullable?: true): Column => ({
  name,
  kind: 'varchar',
  length,
  ...(nullable && { nullable }),
});
const decimal = (name: string, precision: number, scale: number, nullable?: true): Column => ({
  name,
  kind: 'decimal',
  precision,
  scale,
  ...(nullable && { nullable }),
});
const date = (name: string, nullable?: true): Column => ({
  name,
  kind: 'date',
  ...(nullable && { nullable }),
});
const timestamp = (name: string, nullable?: true): Column => ({
  name,
  kind: 'timestamp',
  ...(nullable && { nullable }),
});
const text = (name: string, nullable?: true): Column => ({
  name,
  kind: 'text',
  ...(nullable && { nullable }),
});
const boolean = (name: string): Column => ({ name, kind: 'boolean' });
const integer = (name: string, nullable?: true): Column => ({
  name,
  kind: 'integer',
  ...(nullable && { nullable }),
});

/** "SynchronizedEntity Base Fields" (id comes first in every table). */
const SYNCHRONIZED: Column[] = [
  varchar('source_system', 10),
  varchar('created_by', 50),
  varchar('updated_by', 50),
  timestamp('created_at'),
  timestamp('updated_at'),
  boolean('is_editable'),
  timestamp('last_synced_at', true),
];

const PERSON_OR_COMPANY: Column[] = [
  varchar('type', 20),
  varchar('name', 100, true),
  date('date_of_birth', true),
  varchar('national_id', 20, true),
  varchar('gender', 10, true),
  varchar('company_name', 100, true),
  varchar('registration_number', 20, true),
  varchar('tax_id', 20, true),
];

const CASE_STATUSES = (nullable?: true): Column[] => [
  varchar('customer_status', 30, nullable),
  varchar('collateral_status', 30, nullable),
  varchar('processing_state_status', 30, nullable),
  varchar('lending_violation_status', 30, nullable),
  varchar('recovery_ability_status', 30, nullable),
];

export const SEED_000 = {
  customers: [
    uuid('id'),
    varchar('cif', 20),
    ...PERSON_OR_COMPANY,
    varchar('segment', 50),
    varchar('status', 10),
    ...SYNCHRONIZED,
  ],
  phones: [
    uuid('id'),
    varchar('cif', 20),
    varchar('type', 20),
    varchar('number', 20),
    boolean('is_primary'),
    boolean('is_verified'),
    timestamp('verification_date', true),
    ...SYNCHRONIZED,
  ],
  addresses: [
    uuid('id'),
    varchar('cif', 20),
    varchar('type', 20),
    varchar('address_line1', 100),
    varchar('address_line2', 100, true),
    varchar('city', 50),
    varchar('state', 50),
    varchar('district', 50),
    varchar('country', 50),
    boolean('is_primary'),
    boolean('is_verified'),
    timestamp('verification_date', true),
    ...SYNCHRONIZED,
  ],
  emails: [
    uuid('id'),
    varchar('cif', 20),
    varchar('address', 100),
    boolean('is_primary'),
    boolean('is_verified'),
    timestamp('verification_date', true),
    ...SYNCHRONIZED,
  ],
  loans: [
    uuid('id'),
    varchar('account_number', 20),
    varchar('cif', 20),
    varchar('product_type', 20),
    decimal('original_amount', 18, 2),
    varchar('currency', 3),
    date('disbursement_date'),
    date('maturity_date'),
    decimal('interest_rate', 8, 4),
    integer('term'),
    varchar('payment_frequency', 20),
    decimal('limit', 18, 2, true),
    decimal('outstanding', 18, 2),
    decimal('remaining_amount', 18, 2),
    decimal('due_amount', 18, 2),
    decimal('min_pay', 18, 2, true),
    date('next_payment_date'),
    integer('dpd'),
    varchar('delinquency_status', 20),
    varchar('status', 10),
    date('close_date', true),
    varchar('resolution_code', 20, true),
    text('resolution_notes', true),
    ...SYNCHRONIZED,
  ],
  collaterals: [
    uuid('id'),
    varchar('collateral_number', 20),
    varchar('cif', 20),
    varchar('type', 20),
    text('description'),
    decimal('value', 18, 2),
    date('valuation_date'),
    varchar('make', 50, true),
    varchar('model', 50, true),
    integer('year', true),
    varchar('vin', 20, true),
    varchar('license_plate', 20, true),
    varchar('property_type', 20, true),
    text('address', true),
    decimal('size', 10, 2, true),
    varchar('title_number', 20, true),
    ...SYNCHRONIZED,
  ],
  loanCollaterals: [
    uuid('id'),
    varchar('loan_account_number', 20),
    varchar('collateral_number', 20),
    timestamp('created_at'),
    timestamp('updated_at'),
    varchar('source_system', 10),
  ],
  dueSegmentations: [
    uuid('id'),
    varchar('loan_account_number', 20),
    date('due_date'),
    decimal('principal_amount', 18, 2),
    decimal('interest_amount', 18, 2),
    decimal('fees_amount', 18, 2),
    decimal('penalty_amount', 18, 2),
    ...SYNCHRONIZED,
  ],
  referenceCustomers: [
    uuid('id'),
    varchar('ref_cif', 20),
    varchar('primary_cif', 20),
    varchar('relationship_type', 30),
    ...PERSON_OR_COMPANY,
    ...SYNCHRONIZED,
  ],
  payments: [
    uuid('id'),
    varchar('reference_number', 20),
    varchar('loan_account_number', 20),
    varchar('cif', 20),
    decimal('amount', 18, 2),
    varchar('currency', 3),
    timestamp('payment_date'),
    varchar('payment_method', 20),
    varchar('status', 20),
    text('status_reason', true),
    ...SYNCHRONIZED,
  ],
  agents: [
    uuid('id'),
    varchar('employee_id', 20),
    varchar('name', 100),
    varchar('email', 100),
    varchar('phone', 20, true),
    varchar('type', 20),
    varchar('team', 30),
    boolean('is_active'),
    timestamp('created_at'),
    timestamp('updated_at'),
  ],
  actionRecords: [
    uuid('id'),
    varchar('cif', 20),
    varchar('loan_account_number', 20),
    uuid('agent_id'),
    varchar('type', 20),
    varchar('subtype', 30),
    varchar('action_result', 30),
    timestamp('action_date'),
    text('notes', true),
    varchar('call_trace_id', 20, true),
    decimal('visit_latitude', 10, 8, true),
    decimal('visit_longitude', 11, 8, true),
    text('visit_address', true),
    timestamp('created_at'),
    timestamp('updated_at'),
    varchar('created_by', 50),
    varchar('updated_by', 50),
  ],
  customerAgents: [
    uuid('id'),
    varchar('cif', 20),
    uuid('assigned_call_agent_id', true),
    uuid('assigned_field_agent_id', true),
    date('start_date'),
    date('end_date', true),
    boolean('is_current'),
    timestamp('created_at'),
    timestamp('updated_at'),
  ],
  customerCases: [
    uuid('id'),
    varchar('cif', 20),
    uuid('assigned_call_agent_id', true),
    uuid('assigned_field_agent_id', true),
    timestamp('f_update', true),
    ...CASE_STATUSES(),
    timestamp('created_at'),
    timestamp('updated_at'),
  ],
  customerCaseActions: [
    uuid('id'),
    varchar('cif', 20),
    uuid('agent_id'),
    timestamp('action_date'),
    text('notes', true),
    ...CASE_STATUSES(true),
    timestamp('created_at'),
    timestamp('updated_at'),
    varchar('created_by', 50),
    varchar('updated_by', 50),
  ],
} satisfies Record<string, Column[]>;

export type TableName = keyof typeof SEED_000;

/** next_payment_date → nextPaymentDate, address_line1 → addressLine1. */
export function camelCase(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}
