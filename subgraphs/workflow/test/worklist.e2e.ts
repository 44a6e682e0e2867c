import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agentId,
  CUSTOMER_COUNT,
  cifOf,
  currentCallAgentOf,
  currentFieldAgentOf,
  fillFixtures,
  fixtureAssignments,
} from './support/fixtures';
import { type Harness, startHarness } from './support/harness';

const WORKLIST = /* GraphQL */ `
  query Worklist($id: ID!, $first: Int, $after: String) {
    agent(id: $id) {
      assignedCustomers(first: $first, after: $after) {
        edges { cursor node { cif } assignment { id cif isCurrent } }
        nodes { cif }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`;

interface Worklist {
  edges: {
    cursor: string;
    node: { cif: string };
    assignment: { id: string; cif: string; isCurrent: boolean };
  }[];
  nodes: { cif: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const customerIndexes = Array.from({ length: CUSTOMER_COUNT }, (_, k) => k + 1);

describe('Agent.assignedCustomers: the worklist', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(fillFixtures);
  });
  afterAll(() => harness?.stop());

  async function worklist(agent: number, page: { first?: number; after?: string | null } = {}) {
    const response = await harness.query<{ agent: { assignedCustomers: Worklist } }>(WORKLIST, {
      id: agentId(agent),
      ...page,
    });
    expect(response.errors).toBeUndefined();
    if (!response.data) throw new Error('no data');
    return response.data.agent.assignedCustomers;
  }

  async function wholeWorklist(agent: number, first: number): Promise<string[]> {
    const cifs: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await worklist(agent, { first, after });
      cifs.push(...page.nodes.map((node) => node.cif));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return cifs;
  }

  it('lists the customers whose current assignment names the agent as call agent, by CIF, with that assignment', async () => {
    const page = await worklist(1, { first: 100 });
    const expected = customerIndexes.filter((i) => currentCallAgentOf(i) === 1).map(cifOf);
    expect(page.nodes.map((node) => node.cif)).toEqual(expected);
    for (const edge of page.edges) {
      const current = fixtureAssignments.find((a) => a.cif === edge.node.cif && a.isCurrent);
      expect(edge.assignment).toEqual({ id: current?.id, cif: edge.node.cif, isCurrent: true });
    }
  });

  it('lists the customers whose current assignment names the agent as field agent', async () => {
    const expected = customerIndexes.filter((i) => currentFieldAgentOf(i) === 4).map(cifOf);
    expect(await wholeWorklist(4, 100)).toEqual(expected);
  });

  it('leaves out customers the agent was assigned to only in the past', async () => {
    expect(await wholeWorklist(2, 100)).toEqual([]);
    expect(await wholeWorklist(5, 100)).toEqual([]);
  });

  it('walks the worklist page by page via endCursor without duplicates or gaps', async () => {
    const expected = customerIndexes.filter((i) => currentCallAgentOf(i) === 3).map(cifOf);
    expect(await wholeWorklist(3, 7)).toEqual(expected);
  });
});
