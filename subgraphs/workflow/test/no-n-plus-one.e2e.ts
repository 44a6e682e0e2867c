import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cifOf, fillFixtures, loanOf } from './support/fixtures';
import { type Harness, startHarness } from './support/harness';

const CUSTOMER_WORKFLOW = /* GraphQL */ `
  query CustomerWorkflow($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Customer {
        case { customerStatus assignedCallAgent { name } }
        currentAssignment { startDate }
        actions(first: 3) { edges { node { type actionDate agent { name } } } }
      }
    }
  }
`;

const CUSTOMER_HISTORY = /* GraphQL */ `
  query CustomerHistory($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Customer {
        assignments { startDate assignedCallAgent { name } }
        caseActions(first: 2) { nodes { customerStatus agent { name } } }
      }
    }
  }
`;

const LOAN_ACTIONS = /* GraphQL */ `
  query LoanActions($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Loan { actions(first: 2) { nodes { actionResult agent { name } } } }
    }
  }
`;

const WORKLISTS = /* GraphQL */ `
  query Worklists($first: Int!) {
    agents(first: $first) {
      nodes { name assignedCustomers(first: 5) { edges { node { cif } assignment { startDate assignedFieldAgent { name } } } } }
    }
  }
`;

describe('no N+1: statements per request do not grow with the number of parents', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(fillFixtures);
  });
  afterAll(() => harness?.stop());

  async function statementsFor(query: string, variables: Record<string, unknown>) {
    harness.statements.reset();
    const response = await harness.query(query, variables);
    expect(response.errors).toBeUndefined();
    return harness.statements.count();
  }

  const customers = (count: number) =>
    Array.from({ length: count }, (_, k) => ({ __typename: 'Customer', cif: cifOf(k + 1) }));
  const loans = (count: number) =>
    Array.from({ length: count }, (_, k) => ({ __typename: 'Loan', accountNumber: loanOf(k + 1, k % 2) }));

  it('resolves 50 Customer stubs with case, agents, current assignment and last 3 actions in as many statements as 5', async () => {
    const five = await statementsFor(CUSTOMER_WORKFLOW, { representations: customers(5) });
    const fifty = await statementsFor(CUSTOMER_WORKFLOW, { representations: customers(50) });
    expect(fifty).toBe(five);
    // cases and pages of actions, each with the agents it names (one round), and current assignments
    expect(five).toBe(3);
  });

  it('resolves the assignment history and last case actions of 50 Customer stubs in as many statements as 5', async () => {
    const five = await statementsFor(CUSTOMER_HISTORY, { representations: customers(5) });
    const fifty = await statementsFor(CUSTOMER_HISTORY, { representations: customers(50) });
    expect(fifty).toBe(five);
    expect(five).toBe(3);
  });

  it('resolves the last actions of 50 Loan stubs in as many statements as 5', async () => {
    const five = await statementsFor(LOAN_ACTIONS, { representations: loans(5) });
    const fifty = await statementsFor(LOAN_ACTIONS, { representations: loans(50) });
    expect(fifty).toBe(five);
    // the pages of actions with their agents
    expect(five).toBe(1);
  });

  it('resolves the worklists of 8 agents in as many statements as 2', async () => {
    const two = await statementsFor(WORKLISTS, { first: 2 });
    const eight = await statementsFor(WORKLISTS, { first: 8 });
    expect(eight).toBe(two);
    expect(two).toBe(3);
  });
});
