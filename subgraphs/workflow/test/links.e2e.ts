import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentId, cifOf, fillFixtures, loanOf } from './support/fixtures';
import { type Harness, startHarness } from './support/harness';

const LINKS = /* GraphQL */ `
  query Links($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Customer {
        actions(first: 1) { nodes { agent { id } customer { cif } loan { accountNumber } } }
        caseActions(first: 1) { nodes { agent { id } customer { cif } } }
        currentAssignment { customer { cif } assignedCallAgent { id } assignedFieldAgent { id } }
      }
    }
  }
`;

describe('links from workflow rows to agents and to the stubs of other subgraphs', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(fillFixtures);
  });
  afterAll(() => harness?.stop());

  it('resolves agents by id and customers and loans as key stubs', async () => {
    const response = await harness.query(LINKS, {
      representations: [{ __typename: 'Customer', cif: cifOf(3) }],
    });
    expect(response).toEqual({
      data: {
        _entities: [
          {
            actions: {
              nodes: [
                {
                  agent: { id: agentId(1) },
                  customer: { cif: cifOf(3) },
                  loan: { accountNumber: loanOf(3, 0) },
                },
              ],
            },
            caseActions: { nodes: [{ agent: { id: agentId(1) }, customer: { cif: cifOf(3) } }] },
            currentAssignment: {
              customer: { cif: cifOf(3) },
              assignedCallAgent: { id: agentId(3) },
              assignedFieldAgent: { id: agentId(4) },
            },
          },
        ],
      },
    });
  });
});
