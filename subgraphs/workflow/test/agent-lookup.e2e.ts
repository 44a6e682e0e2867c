import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentId, fillFixtures } from './support/fixtures';
import { type Harness, startHarness } from './support/harness';

const AGENT = /* GraphQL */ `
  query Agent($id: ID!) {
    agent(id: $id) { id employeeId name email phone type team isActive createdAt updatedAt }
  }
`;

describe('agent(id)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(fillFixtures);
  });
  afterAll(() => harness?.stop());

  it('returns every column of the agent', async () => {
    const response = await harness.query(AGENT, { id: agentId(2) });
    expect(response).toEqual({
      data: {
        agent: {
          id: agentId(2),
          employeeId: 'EMP0002',
          name: 'Bao Tran',
          email: 'agent2@bank.example',
          phone: null,
          type: 'AGENT',
          team: 'CALL_TEAM_A',
          isActive: false,
          createdAt: '2025-01-01T00:00:00.000Z',
          updatedAt: '2025-01-01T00:00:00.000Z',
        },
      },
    });
  });

  it('returns null for an id no agent has', async () => {
    const response = await harness.query(AGENT, { id: agentId(999) });
    expect(response).toEqual({ data: { agent: null } });
  });

  it('rejects an id that is not a UUID as BAD_USER_INPUT naming `id`, without asking the database', async () => {
    harness.statements.reset();
    const response = await harness.query(AGENT, { id: 'not-a-uuid' });
    expect(response.data).toEqual({ agent: null });
    expect(response.errors?.map((error) => error.extensions)).toEqual([
      { code: 'BAD_USER_INPUT', field: 'id' },
    ]);
    expect(harness.statements.count()).toBe(0);
  });
});
