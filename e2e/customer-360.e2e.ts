import { startTestStack, type TestStack } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CUSTOMER_360 = /* GraphQL */ `
  query Customer360($cif: String!) {
    customer(cif: $cif) {
      cif
      type
      name
      companyName
      segment
      status
      phones { type number isPrimary }
      addresses { type addressLine1 city }
      emails { address }
      referenceCustomers { refCif relationshipType }
      collaterals { collateralNumber type value }
      loans {
        accountNumber
        productType
        outstanding
        dpd
        delinquencyStatus
        dueSegmentations { dueDate principalAmount interestAmount feesAmount penaltyAmount }
        collaterals { collateralNumber }
        payments(first: 3) { nodes { referenceNumber amount paymentDate status } }
        actions(first: 2) { nodes { id } }
      }
      payments(first: 5) { nodes { referenceNumber loan { accountNumber } } }
      case {
        customerStatus
        collateralStatus
        assignedCallAgent { id name }
        assignedFieldAgent { id name }
      }
      currentAssignment { startDate assignedCallAgent { name } }
      assignments { startDate endDate isCurrent }
      actions(first: 3) { nodes { type actionResult actionDate agent { name } loan { accountNumber dpd } } }
      caseActions(first: 3) { nodes { actionDate customerStatus agent { name } } }
    }
  }
`;

interface Customer360 {
  customer: {
    cif: string;
    phones: unknown[];
    addresses: unknown[];
    emails: unknown[];
    referenceCustomers: unknown[];
    collaterals: { collateralNumber: string; value: string }[];
    loans: {
      accountNumber: string;
      outstanding: string;
      dueSegmentations: { dueDate: string; principalAmount: string }[];
      payments: { nodes: { referenceNumber: string; amount: string; paymentDate: string }[] };
    }[];
    payments: { nodes: { referenceNumber: string; loan: { accountNumber: string } | null }[] };
    case: { customerStatus: string; assignedCallAgent: { id: string; name: string } | null } | null;
    assignments: { isCurrent: boolean }[];
    actions: {
      nodes: { actionDate: string; agent: { name: string } | null; loan: { accountNumber: string } }[];
    };
  } | null;
}

describe('Customer 360 through the gateway', () => {
  let stack: TestStack;
  let cif: string;

  beforeAll(async () => {
    stack = await startTestStack({ demo: { customers: 150 } });
    const { rows } = await stack.sql.query<{ cif: string }>(`
      SELECT c.cif FROM workflow_service.customer_cases c
      JOIN bank_sync_service.loans l ON l.cif = c.cif
      JOIN payment_service.payments p ON p.loan_account_number = l.account_number
      JOIN workflow_service.action_records a ON a.cif = c.cif
      WHERE c.assigned_call_agent_id IS NOT NULL
      GROUP BY c.cif ORDER BY count(DISTINCT l.account_number) DESC, c.cif LIMIT 1`);
    cif = rows[0]?.cif ?? '';
    expect(cif).not.toBe('');
  });
  afterAll(() => stack?.stop());

  async function load() {
    const response = await stack.query<Customer360>(CUSTOMER_360, { cif });
    expect(response.errors).toBeUndefined();
    const customer = response.data?.customer;
    if (!customer) throw new Error(`customer ${cif} not returned`);
    return customer;
  }

  it('returns the bank-sync view: contacts, loans with due segments and collaterals', async () => {
    const customer = await load();
    const count = async (table: string, column = 'cif') =>
      Number(
        (await stack.sql.query(`SELECT count(*) FROM bank_sync_service.${table} WHERE ${column} = $1`, [cif]))
          .rows[0].count,
      );
    expect(customer.phones).toHaveLength(await count('phones'));
    expect(customer.addresses).toHaveLength(await count('addresses'));
    expect(customer.emails).toHaveLength(await count('emails'));
    expect(customer.referenceCustomers).toHaveLength(await count('reference_customers', 'primary_cif'));
    const loans = await stack.sql.query<{ account_number: string; outstanding: string }>(
      'SELECT account_number, outstanding FROM bank_sync_service.loans WHERE cif = $1',
      [cif],
    );
    expect(customer.loans.map((l) => [l.accountNumber, l.outstanding]).sort()).toEqual(
      loans.rows.map((l) => [l.account_number, l.outstanding]).sort(),
    );
    for (const loan of customer.loans) {
      const dues = await stack.sql.query<{ due_date: string }>(
        `SELECT to_char(due_date, 'YYYY-MM-DD') AS due_date FROM bank_sync_service.due_segmentations
         WHERE loan_account_number = $1 ORDER BY due_date`,
        [loan.accountNumber],
      );
      expect(loan.dueSegmentations.map((d) => d.dueDate)).toEqual(dues.rows.map((d) => d.due_date));
    }
  });

  it("returns each loan's last payments from the payment subgraph, newest first, amounts exact", async () => {
    const customer = await load();
    for (const loan of customer.loans) {
      const expected = await stack.sql.query<{ reference_number: string; amount: string }>(
        `SELECT reference_number, amount FROM payment_service.payments WHERE loan_account_number = $1
         ORDER BY payment_date DESC, id DESC LIMIT 3`,
        [loan.accountNumber],
      );
      expect(loan.payments.nodes.map((p) => [p.referenceNumber, p.amount])).toEqual(
        expected.rows.map((p) => [p.reference_number, p.amount]),
      );
    }
    expect(customer.payments.nodes.length).toBeGreaterThan(0);
    for (const payment of customer.payments.nodes) {
      expect(customer.loans.map((l) => l.accountNumber)).toContain(payment.loan?.accountNumber);
    }
  });

  it('returns the workflow view: case with assigned agents, assignment history, last actions', async () => {
    const customer = await load();
    const expectedCase = await stack.sql.query<{ customer_status: string; name: string }>(
      `SELECT c.customer_status, a.name FROM workflow_service.customer_cases c
       JOIN workflow_service.agents a ON a.id = c.assigned_call_agent_id WHERE c.cif = $1`,
      [cif],
    );
    expect(customer.case?.customerStatus).toBe(expectedCase.rows[0]?.customer_status);
    expect(customer.case?.assignedCallAgent?.name).toBe(expectedCase.rows[0]?.name);
    expect(customer.assignments.filter((a) => a.isCurrent)).toHaveLength(1);
    const actions = customer.actions.nodes;
    expect(actions.length).toBeGreaterThan(0);
    expect([...actions].sort((a, b) => b.actionDate.localeCompare(a.actionDate))).toEqual(actions);
    for (const action of actions) {
      expect(action.agent?.name).toBeTruthy();
      expect(customer.loans.map((l) => l.accountNumber)).toContain(action.loan.accountNumber);
    }
  });

  it('answers null for a customer that does not exist', async () => {
    const response = await stack.query<Customer360>(CUSTOMER_360, { cif: 'NO_SUCH_CIF' });
    expect(response.errors).toBeUndefined();
    expect(response.data?.customer).toBeNull();
  });
});
