/** The three read scenarios: one GraphQL operation each, with variables drawn at random from the data set. */
import type { ScenarioKeys } from './dataset';

export type ScenarioName = 'customer-360' | 'agent-worklist' | 'delinquent-loans';

export interface Scenario {
  name: ScenarioName;
  title: string;
  query: string;
  /** Variables of the next request. */
  variables(): Record<string, unknown>;
}

/** The README's Customer360 query, verbatim. */
export const CUSTOMER_360 = /* GraphQL */ `query Customer360($cif: String!) {
  customer(cif: $cif) {
    cif name companyName segment status
    phones { type number isPrimary }
    addresses { type addressLine1 city }
    loans {
      accountNumber productType outstanding dpd delinquencyStatus
      dueSegmentations { dueDate principalAmount interestAmount }
      collaterals { collateralNumber type value }
      payments(first: 5) { nodes { referenceNumber amount paymentDate status } }
    }
    case { customerStatus assignedCallAgent { name } assignedFieldAgent { name } }
    actions(first: 5) { nodes { type actionResult actionDate agent { name } } }
  }
}`;

export const AGENT_WORKLIST = /* GraphQL */ `query AgentWorklist($id: ID!) {
  agent(id: $id) {
    assignedCustomers(first: 50) {
      nodes { cif name loans { accountNumber dpd outstanding } case { customerStatus } }
    }
  }
}`;

export const DELINQUENT_LOANS = /* GraphQL */ `query DelinquentLoans {
  loans(filter: { dpdMin: 30, status: OPEN }, orderBy: DPD_DESC, first: 20) {
    nodes { accountNumber dpd outstanding customer { cif name } }
  }
}`;

function pick<T>(values: readonly T[], what: string): () => T {
  if (values.length === 0) throw new Error(`the data set has no ${what} to draw from`);
  return () => {
    const value = values[Math.floor(Math.random() * values.length)];
    if (value === undefined) throw new Error(`no ${what} at the drawn index`);
    return value;
  };
}

export function createScenarios(keys: ScenarioKeys): Scenario[] {
  const cif = pick(keys.cifs, 'customers');
  const agentId = pick(keys.agentIds, 'agents with current assignments');
  return [
    {
      name: 'customer-360',
      title: 'Customer 360 by random CIF',
      query: CUSTOMER_360,
      variables: () => ({ cif: cif() }),
    },
    {
      name: 'agent-worklist',
      title: "An agent's worklist (first 50 assigned customers with loans and case)",
      query: AGENT_WORKLIST,
      variables: () => ({ id: agentId() }),
    },
    {
      name: 'delinquent-loans',
      title: 'Delinquent loans, worst first (dpd >= 30, OPEN, first 20, with customer)',
      query: DELINQUENT_LOANS,
      variables: () => ({}),
    },
  ];
}

/** The JSON body of one request of the scenario. */
export function requestBody(scenario: Scenario): string {
  return JSON.stringify({ query: scenario.query, variables: scenario.variables() });
}
