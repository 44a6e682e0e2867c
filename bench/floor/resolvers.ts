/**
 * The floor's resolvers: rows straight from SQL, snake_case columns read by name. Pages fetch one row more
 * than asked, as the subgraphs do to tell whether another page follows.
 */
import { optional, text, timestamp } from './columns';
import type { Loaders } from './loaders';
import { delinquentLoanPage, type Row, type Sql } from './sql';

export interface FloorContext {
  sql: Sql;
  loaders: Loaders;
}

type Args = Record<string, unknown>;

const first = (args: Args, fallback: number) =>
  typeof args.first === 'number' ? Math.min(Math.max(args.first, 0), 100) : fallback;
/** The first `size` rows of a page fetched with one row more. */
const page = async (rows: Promise<Row[]>, size: number) => ({ nodes: (await rows).slice(0, size) });

export const resolvers = {
  Query: {
    customer: (_: unknown, args: Args, { loaders }: FloorContext) => loaders.customer(String(args.cif)),
    agent: (_: unknown, args: Args, { loaders }: FloorContext) => loaders.agent(String(args.id)),
    loans: async (_: unknown, args: Args, { sql }: FloorContext) => {
      const size = first(args, 20);
      const filter: Record<string, unknown> =
        typeof args.filter === 'object' && args.filter !== null ? { ...args.filter } : {};
      const dpdMin = typeof filter.dpdMin === 'number' ? filter.dpdMin : 0;
      const status = typeof filter.status === 'string' ? filter.status : 'OPEN';
      // Only the bench's filter is served: DPD_DESC order with dpdMin and status.
      return page(delinquentLoanPage(sql, dpdMin, status, size + 1), size);
    },
  },
  Customer: {
    cif: (row: Row) => text(row, 'cif'),
    // Companies have no person's name.
    name: (row: Row) => optional(row, 'name'),
    companyName: (row: Row) => optional(row, 'company_name'),
    segment: (row: Row) => optional(row, 'segment'),
    status: (row: Row) => text(row, 'status'),
    phones: (row: Row, _: Args, { loaders }: FloorContext) => loaders.phones(text(row, 'cif')),
    addresses: (row: Row, _: Args, { loaders }: FloorContext) => loaders.addresses(text(row, 'cif')),
    loans: (row: Row, _: Args, { loaders }: FloorContext) => loaders.loans(text(row, 'cif')),
    case: (row: Row, _: Args, { loaders }: FloorContext) => loaders.customerCase(text(row, 'cif')),
    actions: (row: Row, args: Args, { loaders }: FloorContext) => {
      const size = first(args, 20);
      return page(loaders.actions(size + 1)(text(row, 'cif')), size);
    },
  },
  Phone: {
    type: (row: Row) => text(row, 'type'),
    number: (row: Row) => text(row, 'number'),
    isPrimary: (row: Row) => row.is_primary === true,
  },
  Address: {
    type: (row: Row) => text(row, 'type'),
    addressLine1: (row: Row) => optional(row, 'address_line1'),
    city: (row: Row) => optional(row, 'city'),
  },
  Loan: {
    accountNumber: (row: Row) => text(row, 'account_number'),
    productType: (row: Row) => text(row, 'product_type'),
    outstanding: (row: Row) => optional(row, 'outstanding'),
    dpd: (row: Row) => (typeof row.dpd === 'number' ? row.dpd : null),
    delinquencyStatus: (row: Row) => optional(row, 'delinquency_status'),
    dueSegmentations: (row: Row, _: Args, { loaders }: FloorContext) =>
      loaders.dueSegmentations(text(row, 'account_number')),
    collaterals: (row: Row, _: Args, { loaders }: FloorContext) =>
      loaders.collaterals(text(row, 'account_number')),
    payments: (row: Row, args: Args, { loaders }: FloorContext) => {
      const size = first(args, 20);
      return page(loaders.payments(size + 1)(text(row, 'account_number')), size);
    },
    customer: (row: Row, _: Args, { loaders }: FloorContext) => loaders.customer(text(row, 'cif')),
  },
  DueSegmentation: {
    dueDate: (row: Row) => text(row, 'due_date'),
    principalAmount: (row: Row) => optional(row, 'principal_amount'),
    interestAmount: (row: Row) => optional(row, 'interest_amount'),
  },
  Collateral: {
    collateralNumber: (row: Row) => text(row, 'collateral_number'),
    type: (row: Row) => text(row, 'type'),
    value: (row: Row) => optional(row, 'value'),
  },
  Payment: {
    referenceNumber: (row: Row) => text(row, 'reference_number'),
    amount: (row: Row) => text(row, 'amount'),
    paymentDate: (row: Row) => timestamp(row, 'payment_date'),
    status: (row: Row) => text(row, 'status'),
  },
  CustomerCase: {
    customerStatus: (row: Row) => optional(row, 'customer_status'),
    assignedCallAgent: (row: Row, _: Args, { loaders }: FloorContext) => {
      const id = optional(row, 'assigned_call_agent_id');
      return id ? loaders.agent(id) : null;
    },
    assignedFieldAgent: (row: Row, _: Args, { loaders }: FloorContext) => {
      const id = optional(row, 'assigned_field_agent_id');
      return id ? loaders.agent(id) : null;
    },
  },
  ActionRecord: {
    type: (row: Row) => text(row, 'type'),
    actionResult: (row: Row) => optional(row, 'action_result'),
    actionDate: (row: Row) => timestamp(row, 'action_date'),
    agent: (row: Row, _: Args, { loaders }: FloorContext) => {
      const id = optional(row, 'agent_id');
      return id ? loaders.agent(id) : null;
    },
  },
  Agent: {
    id: (row: Row) => text(row, 'id'),
    name: (row: Row) => text(row, 'name'),
    assignedCustomers: async (row: Row, args: Args, { loaders }: FloorContext) => {
      const size = first(args, 20);
      const assignments = (await loaders.worklist(size + 1)(text(row, 'id'))).slice(0, size);
      const customers = await Promise.all(
        assignments.map((assignment) => loaders.customer(text(assignment, 'cif'))),
      );
      return { nodes: customers.filter((customer) => customer !== null) };
    },
  },
};
