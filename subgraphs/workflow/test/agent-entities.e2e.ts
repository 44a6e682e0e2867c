import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentId, fillFixtures } from './support/fixtures';
import { type Harness, startHarness } from './support/harness';

const AGENT_ENTITIES = /* GraphQL */ `
  query AgentEntities($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Agent { id name team } }
  }
`;

describe('_entities for Agent', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(fillFixtures);
  });
  afterAll(() => harness?.stop());

  it('resolves agents in the order of the representations, null for unknown and malformed ids, in one statement', async () => {
    harness.statements.reset();
    const response = await harness.query(AGENT_ENTITIES, {
      representations: [
        { __typename: 'Agent', id: agentId(4) },
        { __typename: 'Agent', id: agentId(999) },
        { __typename: 'Agent', id: 'not-a-uuid' },
        { __typename: 'Agent', id: agentId(1) },
      ],
    });
    expect(response).toEqual({
      data: {
        _entities: [
          { id: agentId(4), name: 'Dung Pham', team: 'FIELD_TEAM_NORTH' },
          null,
          null,
          { id: agentId(1), name: 'Alice Nguyen', team: 'CALL_TEAM_A' },
        ],
      },
    });
    expect(harness.statements.count()).toBe(1);
  });
});
