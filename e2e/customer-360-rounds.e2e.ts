import { startTestStack, type TestStack } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CUSTOMER_360 } from '../bench/scenarios';

const LOAN_DETAILS = /* GraphQL */ `
  query Loan($accountNumber: String!) {
    loan(accountNumber: $accountNumber) {
      dueSegmentations { dueDate principalAmount interestAmount }
      collaterals { collateralNumber type value }
    }
  }
`;

interface Customer360 {
  customer: {
    loans: { accountNumber: string; dueSegmentations: unknown[]; collaterals: unknown[] }[];
    case: { assignedCallAgent: { name: string } | null; assignedFieldAgent: { name: string } | null } | null;
    actions: { nodes: { agent: { name: string } }[] };
  };
}

/**
 * Decision 0039: bank-sync answers a Customer 360 in one round of statements, workflow in one, payment in
 * one; what each subgraph sends per request does not depend on the customer's loans, actions or agents.
 */
describe('Customer 360: statements per subgraph, whatever the customer', () => {
  let stack: TestStack;
  let cifs: string[];

  beforeAll(async () => {
    // No consumers: their background statements would blur the count.
    stack = await startTestStack({ demo: { customers: 60 }, consumers: false });
    const { rows } = await stack.sql.query<{ cif: string }>(
      'SELECT DISTINCT cif FROM bank_sync_service.loans ORDER BY cif LIMIT 50',
    );
    cifs = rows.map((row) => row.cif);
    expect(cifs).toHaveLength(50);
  });
  afterAll(() => stack?.stop());

  async function customer360(cif: string) {
    stack.statements.reset();
    const response = await stack.query<Customer360>(CUSTOMER_360, { cif });
    expect(response.errors).toBeUndefined();
    const customer = response.data?.customer;
    if (!customer) throw new Error(`customer ${cif} not returned`);
    return { customer, statements: stack.statements.bySubgraph() };
  }

  it.each([5, 50])(
    'sends bank-sync 6, workflow 2 and payment 1 statements for each of %i customers',
    async (count) => {
      for (const cif of cifs.slice(0, count)) {
        // bank-sync: customer, phones, addresses, loans, due segments and collaterals by CIF, all at once;
        // workflow: the case and the actions, each with its agents.
        expect((await customer360(cif)).statements).toEqual({ 'bank-sync': 6, workflow: 2, payment: 1 });
      }
    },
  );

  it("answers each loan's details as the loan's own lookup does, and the agents as the database names them", async () => {
    for (const cif of cifs.slice(0, 10)) {
      const { customer } = await customer360(cif);
      for (const { accountNumber, dueSegmentations, collaterals } of customer.loans) {
        const loan = await stack.query(LOAN_DETAILS, { accountNumber });
        expect(loan).toEqual({ data: { loan: { dueSegmentations, collaterals } } });
      }
      const agents = await stack.sql.query<{ call: string | null; field: string | null }>(
        `SELECT ca.name AS call, fa.name AS field FROM workflow_service.customer_cases c
         LEFT JOIN workflow_service.agents ca ON ca.id = c.assigned_call_agent_id
         LEFT JOIN workflow_service.agents fa ON fa.id = c.assigned_field_agent_id WHERE c.cif = $1`,
        [cif],
      );
      const [expectedCase] = agents.rows;
      expect(customer.case?.assignedCallAgent?.name ?? null).toBe(expectedCase?.call ?? null);
      expect(customer.case?.assignedFieldAgent?.name ?? null).toBe(expectedCase?.field ?? null);
      const actionAgents = await stack.sql.query<{ name: string }>(
        `SELECT ag.name FROM workflow_service.action_records a
         JOIN workflow_service.agents ag ON ag.id = a.agent_id
         WHERE a.cif = $1 ORDER BY a.action_date DESC, a.id DESC LIMIT 5`,
        [cif],
      );
      expect(customer.actions.nodes.map((action) => action.agent.name)).toEqual(
        actionAgents.rows.map((row) => row.name),
      );
    }
  });
});
