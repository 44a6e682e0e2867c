import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentId, fillFixtures, fixtureAgents } from './support/fixtures';
import { type Harness, startHarness } from './support/harness';

const AGENTS = /* GraphQL */ `
  query Agents($filter: AgentFilter, $first: Int, $after: String) {
    agents(filter: $filter, first: $first, after: $after) {
      edges { cursor node { id } }
      nodes { id name }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

interface AgentsPage {
  agents: {
    edges: { cursor: string; node: { id: string } }[];
    nodes: { id: string; name: string }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** The fixture agents in the order the API promises: name, then id. */
const byNameThenId = [...fixtureAgents]
  .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  .map((agent) => agent.id);

describe('agents(filter, first, after)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(fillFixtures);
  });
  afterAll(() => harness?.stop());

  async function page(variables: Record<string, unknown>) {
    const response = await harness.query<AgentsPage>(AGENTS, variables);
    expect(response.errors).toBeUndefined();
    if (!response.data) throw new Error('no data');
    return response.data.agents;
  }

  it('lists every agent by name then id when neither filter nor first is given', async () => {
    const agents = await page({});
    expect(agents.nodes.map((agent) => agent.id)).toEqual(byNameThenId);
    expect(agents.edges.map((edge) => edge.node.id)).toEqual(byNameThenId);
    expect(agents.pageInfo).toEqual({ hasNextPage: false, endCursor: agents.edges.at(-1)?.cursor });
  });

  it('walks all agents page by page via endCursor without duplicates or gaps', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const agents = await page({ first: 3, after });
      pages += 1;
      seen.push(...agents.nodes.map((agent) => agent.id));
      if (!agents.pageInfo.hasNextPage) break;
      after = agents.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(byNameThenId);
  });

  it('filters by team, type and active flag, each alone and combined', async () => {
    const ids = async (filter: Record<string, unknown>) =>
      (await page({ filter })).nodes.map((agent) => agent.id).sort();
    expect(await ids({ team: 'CALL_TEAM_A' })).toEqual([agentId(1), agentId(2), agentId(6)]);
    expect(await ids({ type: 'SUPERVISOR' })).toEqual([agentId(6)]);
    expect(await ids({ isActive: false })).toEqual([agentId(2)]);
    expect(await ids({ team: 'CALL_TEAM_A', type: 'AGENT', isActive: true })).toEqual([agentId(1)]);
    expect(await ids({ team: 'NO_SUCH_TEAM' })).toEqual([]);
  });

  it('refuses first over 100 as BAD_USER_INPUT naming `first`', async () => {
    const response = await harness.query(AGENTS, { first: 101 });
    expect(response.data).toBeNull();
    expect(response.errors?.map((error) => error.extensions)).toEqual([
      { code: 'BAD_USER_INPUT', field: 'first' },
    ]);
  });

  it('refuses an after that is not one of its cursors as BAD_USER_INPUT naming `after`', async () => {
    const response = await harness.query(AGENTS, { after: 'garbage' });
    expect(response.errors?.map((error) => error.extensions)).toEqual([
      { code: 'BAD_USER_INPUT', field: 'after' },
    ]);
  });
});
