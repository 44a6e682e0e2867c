import { startTestStack, type TestStack } from '@collexis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const WORKLIST = /* GraphQL */ `
  query Worklist($first: Int!) {
    customers(first: $first) {
      nodes {
        cif
        loans {
          accountNumber
          dpd
          payments(first: 5) {
            edges { cursor node { referenceNumber amount paymentDate } }
            pageInfo { hasNextPage endCursor }
          }
        }
        case { customerStatus assignedCallAgent { name } }
        currentAssignment { assignedCallAgent { name team } assignedFieldAgent { name } }
      }
    }
  }
`;

interface WorklistData {
  customers: { nodes: { cif: string; loans: { payments: { edges: unknown[] } }[] }[] };
}

describe('no N+1: the SQL count of one query does not grow with the number of parents', () => {
  let stack: TestStack;

  beforeAll(async () => {
    // No consumers: their background statements would blur the count.
    stack = await startTestStack({ demo: { customers: 60 }, consumers: false });
  });
  afterAll(() => stack?.stop());

  async function statementsFor(first: number) {
    stack.statements.reset();
    const response = await stack.query<WorklistData>(WORKLIST, { first });
    expect(response.errors).toBeUndefined();
    const customers = response.data?.customers.nodes ?? [];
    expect(customers).toHaveLength(first);
    return { bySubgraph: stack.statements.bySubgraph(), customers };
  }

  it('runs the same statements per subgraph for 5 and for 50 customers with loans, last 5 payments, case and agents', async () => {
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    const paymentsSeen = fifty.customers.flatMap((c) => c.loans).flatMap((l) => l.payments.edges).length;
    expect(paymentsSeen).toBeGreaterThan(50);
    expect(fifty.bySubgraph).toEqual(five.bySubgraph);
    expect(five.bySubgraph['bank-sync']).toBeLessThanOrEqual(2);
    expect(five.bySubgraph.payment).toBe(1);
  });
});
