/**
 * The split floor's three parts: the Customer 360 fields each subgraph owns, read with the floor's statements
 * and shaped straight into the answer's JSON, with no GraphQL between the rows and the bytes.
 */
import type { TokenVerifier } from '@collexis/platform/graphql';
import type { RunningServer } from '@collexis/platform/http';
import { groupBy } from '../floor/batch';
import { optional, text, timestamp } from '../floor/columns';
import type { Row, Sql } from '../floor/sql';
import * as q from '../floor/sql';

export const partNames = ['bank-sync', 'payment', 'workflow'] as const;
export type PartName = (typeof partNames)[number];

/** The env variable that tells the front where a part answers: `BANK_SYNC_URL`, `PAYMENT_URL`, `WORKFLOW_URL`. */
export const partUrlVariable = (part: PartName) => `${part.toUpperCase().replace('-', '_')}_URL`;

/** Starts the part `name` of one kind of split floor; `onStop` runs once it has stopped (its pool's end). */
export type StartPart = (
  name: PartName,
  port: number,
  verifier: TokenVerifier,
  sql: Sql,
  onStop: () => Promise<void>,
) => Promise<RunningServer>;

/** What the front asks a part for: a customer's CIF, or its loans' account numbers. */
export interface PartInput {
  cif?: string;
  accountNumbers?: string[];
}

/** The page size of `payments(first: 5)` and `actions(first: 5)` in the bench's Customer 360 query. */
const PAGE = 5;
/** As the floor and the subgraphs do, one row more than the page, to tell whether another page follows. */
const PAGE_READ = PAGE + 1;

const loanFields = (loan: Row, dueSegmentations: Row[], collaterals: Row[]) => ({
  accountNumber: text(loan, 'account_number'),
  productType: text(loan, 'product_type'),
  outstanding: optional(loan, 'outstanding'),
  dpd: typeof loan.dpd === 'number' ? loan.dpd : null,
  delinquencyStatus: optional(loan, 'delinquency_status'),
  dueSegmentations: dueSegmentations.map((segment) => ({
    dueDate: text(segment, 'due_date'),
    principalAmount: optional(segment, 'principal_amount'),
    interestAmount: optional(segment, 'interest_amount'),
  })),
  collaterals: collaterals.map((collateral) => ({
    collateralNumber: text(collateral, 'collateral_number'),
    type: text(collateral, 'type'),
    value: optional(collateral, 'value'),
  })),
});

/** bank-sync's part: the customer, its phones, addresses and loans with their due segments and collaterals. */
async function bankSync(sql: Sql, cif: string) {
  const cifs = [cif];
  const [customers, phones, addresses, loans] = await Promise.all([
    q.customersByCifs(sql, cifs),
    q.phonesByCifs(sql, cifs),
    q.addressesByCifs(sql, cifs),
    q.loansByCifs(sql, cifs),
  ]);
  const customer = customers[0];
  if (!customer) return null;
  const accountNumbers = loans.map((loan) => text(loan, 'account_number'));
  const [dueSegmentations, collaterals] =
    accountNumbers.length === 0
      ? [[], []]
      : await Promise.all([
          q.dueSegmentationsByLoans(sql, accountNumbers),
          q.collateralsOfLoans(sql, accountNumbers),
        ]);
  const segmentsOf = groupBy(dueSegmentations, (row) => text(row, 'loan_account_number'));
  const collateralsOf = groupBy(collaterals, (row) => text(row, 'loan_account_number'));
  return {
    cif: text(customer, 'cif'),
    name: optional(customer, 'name'),
    companyName: optional(customer, 'company_name'),
    segment: optional(customer, 'segment'),
    status: text(customer, 'status'),
    phones: phones.map((phone) => ({
      type: text(phone, 'type'),
      number: text(phone, 'number'),
      isPrimary: phone.is_primary === true,
    })),
    addresses: addresses.map((address) => ({
      type: text(address, 'type'),
      addressLine1: optional(address, 'address_line1'),
      city: optional(address, 'city'),
    })),
    loans: loans.map((loan) => {
      const accountNumber = text(loan, 'account_number');
      return loanFields(loan, segmentsOf.get(accountNumber) ?? [], collateralsOf.get(accountNumber) ?? []);
    }),
  };
}

/** payment's part: each loan's newest payments, by account number. */
async function payment(sql: Sql, accountNumbers: string[]) {
  const rows =
    accountNumbers.length === 0 ? [] : await q.newestPaymentsOfLoans(sql, accountNumbers, PAGE_READ);
  const byLoan = groupBy(rows, (row) => text(row, 'loan_account_number'));
  return Object.fromEntries(
    accountNumbers.map((accountNumber) => [
      accountNumber,
      {
        nodes: (byLoan.get(accountNumber) ?? []).slice(0, PAGE).map((row) => ({
          referenceNumber: text(row, 'reference_number'),
          amount: text(row, 'amount'),
          paymentDate: timestamp(row, 'payment_date'),
          status: text(row, 'status'),
        })),
      },
    ]),
  );
}

/** workflow's part: the customer's case with its agents, and its newest actions with theirs. */
async function workflow(sql: Sql, cif: string) {
  const [cases, actions] = await Promise.all([
    q.casesByCifs(sql, [cif]),
    q.newestActionsOfCustomers(sql, [cif], PAGE_READ),
  ]);
  const customerCase = cases[0];
  const page = actions.slice(0, PAGE);
  const agentIds = [
    optional(customerCase ?? {}, 'assigned_call_agent_id'),
    optional(customerCase ?? {}, 'assigned_field_agent_id'),
    ...page.map((action) => optional(action, 'agent_id')),
  ].filter((id) => id !== null);
  const agents = agentIds.length === 0 ? [] : await q.agentsByIds(sql, [...new Set(agentIds)]);
  const names = new Map(agents.map((agent) => [text(agent, 'id'), { name: text(agent, 'name') }]));
  const agent = (row: Row, column: string) => {
    const id = optional(row, column);
    return id === null ? null : (names.get(id) ?? null);
  };
  return {
    case: customerCase
      ? {
          customerStatus: optional(customerCase, 'customer_status'),
          assignedCallAgent: agent(customerCase, 'assigned_call_agent_id'),
          assignedFieldAgent: agent(customerCase, 'assigned_field_agent_id'),
        }
      : null,
    actions: {
      nodes: page.map((action) => ({
        type: text(action, 'type'),
        actionResult: optional(action, 'action_result'),
        actionDate: timestamp(action, 'action_date'),
        agent: agent(action, 'agent_id'),
      })),
    },
  };
}

export type BankSyncPart = Awaited<ReturnType<typeof bankSync>>;
export type PaymentPart = Awaited<ReturnType<typeof payment>>;
export type WorkflowPart = Awaited<ReturnType<typeof workflow>>;

/** Answers one request to the part `name`. */
export function readPart(name: PartName, sql: Sql, input: PartInput): Promise<unknown> {
  switch (name) {
    case 'bank-sync':
      return bankSync(sql, input.cif ?? '');
    case 'payment':
      return payment(sql, input.accountNumbers ?? []);
    case 'workflow':
      return workflow(sql, input.cif ?? '');
  }
}
